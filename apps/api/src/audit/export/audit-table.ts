import { AuditEntry, StateColumn } from '../history/history-model';

/** One export cell: text, or a 元 amount kept as its exact decimal string. */
export type AuditCell =
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'money'; readonly v: string }
  /** positions, revisions, counts of payments or workers */
  | { readonly t: 'count'; readonly v: number }
  | null;

export interface AuditTable {
  /** e.g. "审计轨迹 · 预算指标 426001-2023-P01" */
  readonly title: string;
  /** filters and export time, under the title */
  readonly info: string;
  readonly header: readonly string[];
  readonly widths: readonly number[];
  readonly row: (entry: AuditEntry) => readonly AuditCell[];
}

const SHANGHAI_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});

/** 2023-03-01 10:00:00: the recorded instant in Beijing time, as people read it. */
export function shanghaiDateTime(iso: string | null): string {
  if (iso === null) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : SHANGHAI_TIME.format(d);
}

const text = (v: string | number | boolean | null | undefined): AuditCell => {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return { t: 'count', v };
  return { t: 'text', v: typeof v === 'boolean' ? (v ? '是' : '否') : String(v) };
};

/** The columns of an audit trail export: who, when, what, and the subject's figures after each event. */
export function auditTable(title: string, info: string, stateColumns: readonly StateColumn[]): AuditTable {
  return {
    title, info,
    header: ['序号', '版本', '事件', '操作人', '记录时间（北京时间）', '生效日期', '变更内容', ...stateColumns.map((c) => c.header), '事件类型', '事件ID', '关联号'],
    widths: [10, 7, 14, 18, 20, 12, 60, ...stateColumns.map((c) => (c.money ? 16 : 12)), 30, 38, 38],
    row: (e) => [
      text(e.position), text(e.revision), text(e.label), text(e.actor), text(shanghaiDateTime(e.recordedAt)), text(e.effectiveDate), text(e.summary),
      ...stateColumns.map((c) => {
        const v = e.stateAfter[c.key];
        return c.money && typeof v === 'string' ? { t: 'money' as const, v } : text(v);
      }),
      text(e.type), text(e.eventId), text(e.correlationId),
    ],
  };
}
