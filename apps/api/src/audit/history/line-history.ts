import { Map as ImmutableMap } from 'immutable';
import {
  AppropriationEvent, LineState, assertNever, available, lineDecider, money, toYuanString,
} from '@app/domain';
import type { StoredEvent } from '@app/event-store';
import { toDomainEvent, recorded } from '@app/kernel';
import { Described, HistoryModel, StateColumn, describeUnknown, sentence, yuan } from './history-model';

/** The line as `lineDecider.evolve` folds it, plus the 凭证号 of each payment (to name what a 冲销 undoes). */
export interface LineHistoryState {
  readonly line: LineState;
  readonly vouchers: ImmutableMap<string, string>;
  /** the one payment a disbursement's history follows (the line's state keeps totals only) */
  readonly payment?: { readonly amount: string; readonly reversed: boolean; readonly importId?: string };
}

const LINE_TYPES = new Set<string>([
  'AppropriationEstablished.v1', 'AppropriationIncreased.v1', 'AppropriationDecreased.v1', 'AppropriationTransferredOut.v1',
  'AppropriationTransferredIn.v1', 'DisbursementRecorded.v1', 'OverspendWarned.v1', 'OverspendBlocked.v1',
  'DisbursementReversed.v1', 'FundAdvancePaid.v1', 'FundAdvanceRecovered.v1', 'SpendingPlanFiled.v1', 'PlanExceededWarned.v1',
  'DisbursementImportApplied.v1', 'DisbursementImportWithdrawn.v1',
]);

const isLineEvent = (e: StoredEvent) => LINE_TYPES.has(e.type);
const doc = (documentNo: string | null) => (documentNo ? `文号 ${documentNo}` : null);
const reason = (r: string | null) => (r ? `原因：${r}` : null);

/** Label, machine-readable change and Chinese sentence of one line event. */
export function describeLineEvent(stored: StoredEvent, before: LineHistoryState): Described {
  if (!isLineEvent(stored)) return describeUnknown(stored);
  const e = toDomainEvent<AppropriationEvent>(stored);
  switch (e.type) {
    case 'AppropriationEstablished.v1': {
      const d = e.data;
      return {
        label: '下达预算指标',
        change: { amount: d.amount, unit: d.unit, type: d.type, project: d.project, functional: d.functional, economic: d.economic, fundingSource: d.fundingSource, importId: d.importId },
        summary: sentence(`下达预算指标 ${yuan(d.amount)} 元`, `单位 ${d.unit}`, d.project ? `项目 ${d.project}${d.projectName ? ` ${d.projectName}` : ''}` : '基本支出',
          `功能科目 ${d.functional}`, d.economic ? `经济科目 ${d.economic}` : null, d.fundingSource),
      };
    }
    case 'AppropriationIncreased.v1':
    case 'AppropriationDecreased.v1': {
      const label = e.type === 'AppropriationIncreased.v1' ? '追加' : '调减';
      const d = e.data;
      return { label, change: { amount: d.amount, reason: d.reason, documentNo: d.documentNo }, summary: sentence(`${label} ${yuan(d.amount)} 元`, doc(d.documentNo), reason(d.reason)) };
    }
    case 'AppropriationTransferredOut.v1': {
      const d = e.data;
      return {
        label: '调剂（调出）', change: { amount: d.amount, toLineId: d.toLineId, transferId: d.transferId, reason: d.reason, documentNo: d.documentNo },
        summary: sentence(`调剂调出 ${yuan(d.amount)} 元至 ${d.toLineId}`, doc(d.documentNo), reason(d.reason)),
      };
    }
    case 'AppropriationTransferredIn.v1': {
      const d = e.data;
      return {
        label: '调剂（调入）', change: { amount: d.amount, fromLineId: d.fromLineId, transferId: d.transferId, reason: d.reason, documentNo: d.documentNo },
        summary: sentence(`调剂调入 ${yuan(d.amount)} 元，来自 ${d.fromLineId}`, doc(d.documentNo), reason(d.reason)),
      };
    }
    case 'DisbursementRecorded.v1': {
      const d = e.data;
      return {
        label: '支付',
        change: { disbursementId: d.disbursementId, amount: d.amount, voucherNo: d.voucherNo, payee: d.payee, summary: d.summary, subsidyCategory: d.subsidyCategory, beneficiaries: d.beneficiaries, economic: d.economic },
        summary: sentence(`支付 ${yuan(d.amount)} 元`, `凭证号 ${d.voucherNo}`, d.payee ? `收款人 ${d.payee}` : null, d.subsidyCategory ? `补助类别 ${d.subsidyCategory}` : null,
          d.beneficiaries !== null ? `人数 ${d.beneficiaries}` : null, d.summary ? `摘要：${d.summary}` : null),
      };
    }
    case 'DisbursementReversed.v1': {
      const d = e.data;
      const voucherNo = before.vouchers.get(d.disbursementId) ?? null;
      return {
        label: '冲销', change: { disbursementId: d.disbursementId, amount: d.amount, voucherNo, reason: d.reason },
        summary: sentence(`冲销 ${yuan(d.amount)} 元`, voucherNo ? `原凭证号 ${voucherNo}` : `原支付 ${d.disbursementId}`, reason(d.reason)),
      };
    }
    case 'OverspendWarned.v1': {
      const d = e.data;
      return {
        label: '超支预警', change: { disbursementId: d.disbursementId, requested: d.requested, available: d.available, shortfall: d.shortfall },
        summary: `超支预警：支付 ${yuan(d.requested)} 元，可用余额 ${yuan(d.available)} 元，超出 ${yuan(d.shortfall)} 元`,
      };
    }
    case 'OverspendBlocked.v1': {
      const d = e.data;
      return {
        label: '超支拦截', change: { voucherNo: d.voucherNo, requested: d.requested, available: d.available, shortfall: d.shortfall },
        summary: `超支拦截：凭证号 ${d.voucherNo} 申请支付 ${yuan(d.requested)} 元，可用余额 ${yuan(d.available)} 元，超出 ${yuan(d.shortfall)} 元，未支付`,
      };
    }
    case 'FundAdvancePaid.v1': {
      const d = e.data;
      return {
        label: '垫付', change: { advanceId: d.advanceId, caseId: d.caseId, amount: d.amount, workers: d.workers, note: d.note },
        summary: sentence(`应急周转金垫付 ${yuan(d.amount)} 元`, `欠薪案件 ${d.caseId}`, `工人 ${d.workers} 人`, d.note ? `备注：${d.note}` : null),
      };
    }
    case 'FundAdvanceRecovered.v1': {
      const d = e.data;
      return {
        label: '追偿回收', change: { recoveryId: d.recoveryId, caseId: d.caseId, amount: d.amount, note: d.note },
        summary: sentence(`追偿回收 ${yuan(d.amount)} 元`, `欠薪案件 ${d.caseId}`, d.note ? `备注：${d.note}` : null),
      };
    }
    case 'SpendingPlanFiled.v1': {
      const d = e.data;
      const label = d.revision === 1 ? '报送用款计划' : '调整用款计划';
      return {
        label, change: { revision: d.revision, months: d.months.join(','), total: d.total, reason: d.reason },
        summary: sentence(`${label}（第 ${d.revision} 版）合计 ${yuan(d.total)} 元`, d.months.map((m, i) => `${i + 1}月 ${yuan(m)}`).join('，'), reason(d.reason)),
      };
    }
    case 'PlanExceededWarned.v1': {
      const d = e.data;
      return {
        label: '超计划支付预警', change: { disbursementId: d.disbursementId, month: d.month, plannedToDate: d.plannedToDate, paidToDate: d.paidToDate, requested: d.requested, excess: d.excess },
        summary: `超计划支付：截至 ${d.month} 累计用款计划 ${yuan(d.plannedToDate)} 元，已支付 ${yuan(d.paidToDate)} 元，本笔 ${yuan(d.requested)} 元，超出 ${yuan(d.excess)} 元`,
      };
    }
    case 'DisbursementImportApplied.v1':
      return { label: '批量导入完成', change: { importId: e.data.importId }, summary: `批量导入 ${e.data.importId} 的支付记入本指标` };
    case 'DisbursementImportWithdrawn.v1':
      return { label: '批量导入放弃', change: { importId: e.data.importId }, summary: `批量导入 ${e.data.importId} 未完成，其暂存支付从本指标撤回` };
    default: return assertNever(e);
  }
}

const LINE_COLUMNS: readonly StateColumn[] = [
  { key: 'appropriated', header: '指标数（元）', money: true },
  { key: 'disbursed', header: '已支付（元）', money: true },
  { key: 'advancesOutstanding', header: '垫付未收回（元）', money: true },
  { key: 'available', header: '可用余额（元）', money: true },
  { key: 'disbursementCount', header: '支付笔数' },
];

function lineFigures(s: LineHistoryState) {
  if (s.line.status !== 'open') return { appropriated: null, disbursed: null, advancesOutstanding: null, available: null, disbursementCount: 0 };
  const l = s.line;
  return {
    appropriated: toYuanString(l.appropriated), disbursed: toYuanString(l.disbursed),
    advancesOutstanding: toYuanString(l.advancesOutstanding), available: toYuanString(available(l)), disbursementCount: l.disbursementCount,
  };
}

function evolveLineHistory(s: LineHistoryState, stored: StoredEvent): LineHistoryState {
  if (!isLineEvent(stored)) return s;
  const e = toDomainEvent<AppropriationEvent>(stored);
  const vouchers = e.type === 'DisbursementRecorded.v1' ? s.vouchers.set(e.data.disbursementId, e.data.voucherNo) : s.vouchers;
  return { ...s, line: lineDecider.evolve(s.line, e), vouchers };
}

/** 预算指标 history: the state after each event is the line's appropriated, disbursed, available, advances, count. */
export const lineHistory: HistoryModel<LineHistoryState> = {
  initial: () => ({ line: lineDecider.initialState(), vouchers: ImmutableMap() }),
  evolve: evolveLineHistory,
  describe: describeLineEvent,
  stateAfter: lineFigures,
  stateColumns: LINE_COLUMNS,
};

/** Events of the line stream about one disbursement (支付, 冲销, 超支预警). */
export const isAboutDisbursement = (disbursementId: string) => (stored: StoredEvent): boolean => {
  const e = recorded(stored);
  switch (e.type) {
    case 'DisbursementRecorded.v1': case 'DisbursementReversed.v1': case 'OverspendWarned.v1': case 'PlanExceededWarned.v1': return e.data.disbursementId === disbursementId;
    default: return false;
  }
};

/** The history of one payment: the line's figures plus the payment's own amount and whether it was reversed. */
export function disbursementHistory(disbursementId: string): HistoryModel<LineHistoryState> {
  return {
    ...lineHistory,
    evolve: (s, stored) => {
      const next = evolveLineHistory(s, stored);
      const e = isLineEvent(stored) ? toDomainEvent<AppropriationEvent>(stored) : null;
      if (e?.type === 'DisbursementRecorded.v1' && e.data.disbursementId === disbursementId) {
        return { ...next, payment: { amount: e.data.amount, reversed: false, ...(e.data.importId ? { importId: e.data.importId } : {}) } };
      }
      // staged by an import that was abandoned: the payment left the line (ADR 0022)
      if (e?.type === 'DisbursementImportWithdrawn.v1' && s.payment?.importId === e.data.importId) return { ...next, payment: undefined };
      if (e?.type === 'DisbursementReversed.v1' && e.data.disbursementId === disbursementId && s.payment) return { ...next, payment: { ...s.payment, reversed: true } };
      return next;
    },
    stateAfter: (s) => ({ ...lineFigures(s), disbursementAmount: s.payment ? toYuanString(money(s.payment.amount)) : null, disbursementReversed: s.payment?.reversed ?? false }),
    stateColumns: [...LINE_COLUMNS, { key: 'disbursementAmount', header: '本笔支付（元）', money: true }, { key: 'disbursementReversed', header: '已冲销' }],
  };
}
