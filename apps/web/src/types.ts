/** Shapes of the API's answers the pages use (amounts are 元 decimal strings, rates percent strings). */
export interface ExecRow {
  key: string | null; name: string; appropriated: string; disbursed: string; balance: string; executionRate: string | null;
  timeProgress: string; lagPoints: string | null; light: string | null; lines: number; disbursementCount: number;
  /** 用款计划: the cumulative plan to date, 计划执行率 = disbursed ÷ it (percent), its light, lines with a filed plan, of those 计划待调整 */
  plannedToDate?: string; planExecutionRate?: string | null; planLight?: string | null; planFiled?: number; planNeedsRevision?: number;
}
export interface Execution { asOf: string; fiscalYear: number; timeProgress: string; position: number; rows: ExecRow[] }
export interface CurvePoint { month: string; executionRate: string; timeProgress: string; netDisbursed: string; plannedToDate?: string; planProgress?: string | null }
export interface IndicatorReport { asOf: string; value: string | null; grade: string | null; deviationReason: string | null; note: string | null; recordedAt: string | null; actor: string | null; actorName?: string | null }
export interface Indicator {
  indicatorId: string; scope: string; project: string | null; unit: string | null; level1: string; level2: string; name: string;
  comparatorSymbol: string; kind: string; measureUnit: string; weight: string; target: string; targetText: string; actual: string | null;
  grade: string | null; actualAsOf: string | null; derived: boolean; derivedNote?: string | null; completion: string | null; expectedByNow: string | null;
  light: string | null; status: string | null; deviationReason: string | null; points?: string; history?: IndicatorReport[];
}
export interface Person { username: string; displayName: string | null }
/** An alert's figures: when it was raised (`atRaise`) or as they stand now (`now`, with whether the condition still holds). */
export interface AlertFigures { summary: string; target: string | null; actual: string | null; expected: string | null; measureUnit: string | null; asOf: string | null; details: { label: string; value: string }[] }
export interface NowFigures extends AlertFigures { holds: boolean; severity: string | null }
export type Severity = 'red' | 'yellow';
/** One alert as GET /api/v1/alerts answers it (people and units by name; ids only for links and requests). */
export interface Alert {
  alertId: string; rule: string; ruleName: string; subjectKind: string; subjectKey: string; subjectName: string; unit: string | null; unitName: string | null;
  drivingUnits: { code: string; name: string }[]; fiscalYear: number; severity: Severity; status: 'open' | 'resolved';
  acknowledged: boolean; acknowledgedBy: Person | null; acknowledgedAt: string | null; acknowledgementNote: string | null;
  raisedAt: string; escalatedAt: string | null; resolvedAt: string | null; resolvedHow: string | null; link: string | null;
  atRaise: AlertFigures; now: NowFigures | null;
  silencedBy: { silenceId: string; endsAt: string; reason: string; by: Person | null } | null; inhibitedBy: { alertId: string; subjectName: string } | null;
}
export interface AlertList {
  position: number; total: number; limit: number; offset: number; open: { red: number; yellow: number };
  openByRule: { rule: string; ruleName: string; red: number; yellow: number }[]; rules: { rule: string; ruleName: string }[]; alerts: Alert[];
}
/** 静默 as GET /api/v1/alert-silences answers it: listed subjects, or a unit (optionally one rule); `endsAt` is an instant. */
export interface Silence {
  silenceId: string; status: 'active' | 'pending' | 'expired' | 'lifted'; subjects: { rule: string; subjectKey: string; subjectName: string }[];
  unit: string | null; rule: string | null; startsAt: string; endsAt: string; reason: string; createdBy: Person | null;
  liftedAt: string | null; liftedBy: Person | null; liftReason: string | null;
}
/** POST /alerts/acknowledgements: what was acknowledged, what was skipped (already acknowledged). */
export interface AckResult { acknowledged: string[]; skipped: { alertId: string; code: string }[]; position: number }
export interface Accepted { position: number; eventIds: string[]; revision: number; replayed: boolean }
