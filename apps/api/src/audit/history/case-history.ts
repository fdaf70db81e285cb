import { CaseState, Resolution, WageArrearsEvent, assertNever, caseDecider } from '@app/domain';
import type { StoredEvent } from '@app/event-store';
import { toDomainEvent } from '@app/kernel';
import { Described, HistoryModel, describeUnknown, sentence, yuan } from './history-model';

/** 处置方式 of a wage-arrears case. */
export const RESOLUTION_LABELS: Readonly<Record<Resolution, string>> = {
  employer_paid: '用人单位清偿', fund_advance: '应急周转金垫付', arbitration: '劳动仲裁', court: '司法诉讼',
};

/** The case as `caseDecider.evolve` folds it, plus how it was settled (the decider does not need to keep that). */
export interface CaseHistoryState {
  readonly case: CaseState;
  readonly resolution: Resolution | null;
  readonly amountSettled: string | null;
}

const CASE_TYPES = new Set<string>(['WageArrearsCaseReported.v1', 'WageArrearsCaseResolved.v1']);

export function describeCaseEvent(stored: StoredEvent): Described {
  if (!CASE_TYPES.has(stored.type)) return describeUnknown(stored);
  const e = toDomainEvent<WageArrearsEvent>(stored);
  switch (e.type) {
    case 'WageArrearsCaseReported.v1': {
      const d = e.data;
      return {
        label: '欠薪案件登记',
        change: { caseId: d.caseId, unit: d.unit, employer: d.employer, workersAffected: d.workersAffected, amountOwed: d.amountOwed, description: d.description },
        summary: sentence(`登记欠薪案件：${d.employer} 拖欠 ${d.workersAffected} 名工人工资 ${yuan(d.amountOwed)} 元`, d.description ? `情况：${d.description}` : null),
      };
    }
    case 'WageArrearsCaseResolved.v1': {
      const d = e.data;
      const how = RESOLUTION_LABELS[d.resolution] ?? d.resolution;
      return {
        label: '欠薪案件处置',
        change: { caseId: d.caseId, resolution: d.resolution, resolutionLabel: how, amountSettled: d.amountSettled, note: d.note },
        summary: sentence(`处置欠薪案件：${how}`, d.amountSettled !== null ? `清偿 ${yuan(d.amountSettled)} 元` : null, d.note ? `备注：${d.note}` : null),
      };
    }
    default: return assertNever(e);
  }
}

function evolveCaseHistory(s: CaseHistoryState, stored: StoredEvent): CaseHistoryState {
  if (!CASE_TYPES.has(stored.type)) return s;
  const e = toDomainEvent<WageArrearsEvent>(stored);
  const next = caseDecider.evolve(s.case, e);
  return e.type === 'WageArrearsCaseResolved.v1' && next.status === 'resolved'
    ? { case: next, resolution: e.data.resolution, amountSettled: e.data.amountSettled }
    : { ...s, case: next };
}

const STATUS_LABELS = { absent: '未登记', open: '未处置', resolved: '已处置' } as const;

/** 欠薪案件 history: the state after each event is the case's status and amounts. */
export const caseHistory: HistoryModel<CaseHistoryState> = {
  initial: () => ({ case: caseDecider.initialState(), resolution: null, amountSettled: null }),
  evolve: evolveCaseHistory,
  describe: (e) => describeCaseEvent(e),
  stateAfter: (s) => ({
    status: s.case.status,
    statusLabel: STATUS_LABELS[s.case.status],
    amountOwed: s.case.status === 'absent' ? null : s.case.reported.amountOwed,
    workersAffected: s.case.status === 'absent' ? null : s.case.reported.workersAffected,
    resolution: s.resolution,
    amountSettled: s.amountSettled,
  }),
  stateColumns: [
    { key: 'statusLabel', header: '案件状态' },
    { key: 'amountOwed', header: '欠薪金额（元）', money: true },
    { key: 'workersAffected', header: '涉及人数' },
    { key: 'resolution', header: '处置方式' },
    { key: 'amountSettled', header: '清偿金额（元）', money: true },
  ],
};
