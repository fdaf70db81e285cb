import { AlertEvent, NOTIFYING_ALERT_EVENTS } from '@app/domain';
import type { StoredEvent } from '@app/event-store';
import type { NotificationKind } from '@app/platform';
import { recorded } from '@app/kernel';

/** Events that change what a rule sees: they trigger an evaluation of the unit they belong to. */
const UNIT_TRIGGERS = new Set([
  'AppropriationEstablished.v1', 'AppropriationIncreased.v1', 'AppropriationDecreased.v1', 'AppropriationTransferredIn.v1', 'AppropriationTransferredOut.v1',
  'DisbursementRecorded.v1', 'DisbursementReversed.v1', 'FundAdvancePaid.v1', 'FundAdvanceRecovered.v1',
  'IndicatorDefined.v1', 'IndicatorTargetRevised.v1', 'IndicatorProgressReported.v1', 'WageArrearsCaseReported.v1', 'WageArrearsCaseResolved.v1',
  'SanGongCapRevised.v1',
]);
const INCIDENTS = new Set(['OverspendBlocked.v1', 'OverspendWarned.v1', 'PlanExceededWarned.v1']);

export const KIND_OF: Readonly<Record<string, NotificationKind>> = {
  'AlertRaised.v1': 'raised', 'AlertEscalated.v1': 'escalated', 'AlertReminded.v1': 'reminder', 'AlertResolved.v1': 'resolved',
};

/** What a page of events asks for: evaluations per unit (null = department-level only), incidents, notifications, completed runs. */
export interface Triggers {
  readonly units: Set<string | null>;
  full: boolean;
  readonly incidents: string[];
  readonly notifications: StoredEvent[];
  /** evaluation runs that recorded their completion in this page: their notices can go out */
  readonly completedRuns: string[];
}

export function collectTriggers(events: readonly StoredEvent[]): Triggers {
  const t: Triggers = { units: new Set(), full: false, incidents: [], notifications: [], completedRuns: [] };
  for (const e of recorded(events)) {
    // a pending disbursement import's rows count from its last event on (ADR 0022): that event wakes every rule
    if (typeof e.metadata.disbursementImport === 'string') continue;
    if (e.type === 'BudgetDocumentImported.v1' || e.type === 'DisbursementsImported.v1') t.full = true;
    else if (UNIT_TRIGGERS.has(e.type)) t.units.add(typeof e.metadata.unit === 'string' ? e.metadata.unit : null);
    else if (INCIDENTS.has(e.type)) t.incidents.push(e.id);
    else if (NOTIFYING_ALERT_EVENTS.has(e.type)) t.notifications.push(e);
    else if (e.type === 'AlertEvaluationCompleted.v1') t.completedRuns.push(e.data.runId);
  }
  return t;
}

export type NotifyingAlertEvent = Extract<AlertEvent, { type: 'AlertRaised.v1' | 'AlertEscalated.v1' | 'AlertReminded.v1' | 'AlertResolved.v1' }>;
