import { Money, shanghaiDate } from '@app/domain';
import type { StoredEvent } from '@app/event-store';

/** What one event changed, for people (`summary`, Chinese) and for programs (`change`, as recorded). */
export interface Described {
  /** Chinese label of the event type: 支付, 冲销, 追加, 调减, 调剂调出 … */
  readonly label: string;
  /** machine-readable: amounts as 元 decimal strings, ids, voucher numbers, reasons */
  readonly change: Readonly<Record<string, string | number | boolean | null>>;
  /** one Chinese sentence: "支付 12,000.00 元，凭证号 记-0001" */
  readonly summary: string;
}

/** One figure of the folded state after an event, with its export column header. */
export interface StateColumn {
  readonly key: string;
  readonly header: string;
  /** a 元 amount: exported as a number with two decimals */
  readonly money?: boolean;
}

/**
 * How to tell the history of one kind of stream (line, case, indicator): fold each stored event with the
 * aggregate's own `evolve` (plus what a history needs beside it), describe it, and summarise the state.
 */
export interface HistoryModel<S> {
  readonly initial: () => S;
  readonly evolve: (state: S, event: StoredEvent) => S;
  /** `before` is the state before the event, for context (the voucher of the payment a reversal undoes) */
  readonly describe: (event: StoredEvent, before: S) => Described;
  readonly stateAfter: (state: S) => Readonly<Record<string, string | number | boolean | null>>;
  readonly stateColumns: readonly StateColumn[];
}

/** One row of an audit trail (审计轨迹). */
export interface AuditEntry {
  readonly position: number;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly label: string;
  readonly actor: string | null;
  readonly recordedAt: string | null;
  /** recordedAt as an Asia/Shanghai calendar date (what the `from`/`to` filters compare) */
  readonly recordedDate: string | null;
  readonly effectiveDate: string | null;
  readonly correlationId: string | null;
  readonly causationId: string | null;
  readonly change: Described['change'];
  readonly summary: string;
  readonly stateAfter: ReturnType<HistoryModel<unknown>['stateAfter']>;
}

const meta = (e: StoredEvent, key: string): string | null => {
  const v = e.metadata[key];
  return typeof v === 'string' && v !== '' ? v : null;
};

export const actorOf = (e: StoredEvent) => meta(e, 'actor');
export const effectiveDateOf = (e: StoredEvent) => meta(e, 'effectiveDate');

/** The Asia/Shanghai date an event was recorded on (the store's commit time when the metadata lacks it). */
export function recordedDateOf(e: StoredEvent): string | null {
  const at = meta(e, 'recordedAt') ?? e.storedAt;
  const instant = new Date(at);
  return Number.isNaN(instant.getTime()) ? null : shanghaiDate(instant);
}

export function toEntry<S>(e: StoredEvent, described: Described, after: S, model: HistoryModel<S>): AuditEntry {
  return {
    position: e.position, revision: e.revision, eventId: e.id, type: e.type, label: described.label,
    actor: actorOf(e), recordedAt: meta(e, 'recordedAt') ?? e.storedAt, recordedDate: recordedDateOf(e),
    effectiveDate: effectiveDateOf(e), correlationId: meta(e, 'correlationId'), causationId: meta(e, 'causationId'),
    change: described.change, summary: described.summary, stateAfter: model.stateAfter(after),
  };
}

/** 12,000.00: 元 with thousands separators, as finance offices write amounts in prose. */
export function yuan(amount: string | Money): string {
  const fixed = new Money(amount).toFixed(2, Money.ROUND_HALF_UP);
  const [int, frac] = fixed.replace('-', '').split('.');
  return `${fixed.startsWith('-') ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** Joins the present parts of a Chinese sentence with 、/，, skipping empty ones. */
export function sentence(...parts: readonly (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('，');
}

/** An event type this version does not know (a newer writer): shown as stored rather than hidden. */
export function describeUnknown(e: StoredEvent): Described {
  return { label: e.type, change: {}, summary: `未识别的事件类型 ${e.type}` };
}
