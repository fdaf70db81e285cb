/** Shapes of the API's answers the pages use (amounts are 元 decimal strings, rates percent strings). */
export interface ExecRow {
  key: string | null; name: string; appropriated: string; disbursed: string; balance: string; executionRate: string | null;
  timeProgress: string; lagPoints: string | null; light: string | null; lines: number; disbursementCount: number;
}
export interface Execution { asOf: string; fiscalYear: number; timeProgress: string; position: number; rows: ExecRow[] }
export interface CurvePoint { month: string; executionRate: string; timeProgress: string; netDisbursed: string }
export interface IndicatorReport { asOf: string; value: string | null; grade: string | null; deviationReason: string | null; note: string | null; recordedAt: string | null; actor: string | null; actorName?: string | null }
export interface Indicator {
  indicatorId: string; scope: string; project: string | null; unit: string | null; level1: string; level2: string; name: string;
  comparatorSymbol: string; kind: string; measureUnit: string; weight: string; target: string; targetText: string; actual: string | null;
  grade: string | null; actualAsOf: string | null; derived: boolean; derivedNote?: string | null; completion: string | null; expectedByNow: string | null;
  light: string | null; status: string | null; deviationReason: string | null; points?: string; history?: IndicatorReport[];
}
export interface Person { username: string; displayName: string | null }
export interface AlertFigures { summary: string; target: string | null; actual: string | null; expected: string | null; measureUnit: string | null; asOf: string | null; details?: { label: string; value: string }[]; holds?: boolean; severity?: string }
/** One alert as the pages use it (the API's item, older shapes normalised by alerts.ts). */
export interface Alert {
  alertId: string; rule: string; ruleName: string; subjectKind: string | null; subjectKey: string | null; subjectName: string; unit: string | null; unitName: string | null;
  drivingUnits: { code: string; name: string }[]; fiscalYear: number | null; severity: 'red' | 'yellow'; status: 'open' | 'resolved';
  acknowledged: boolean; acknowledgedBy: Person | null; acknowledgedAt: string | null; acknowledgementNote: string | null;
  raisedAt: string; escalatedAt: string | null; resolvedAt: string | null; resolvedHow: string | null; link: string | null;
  atRaise: AlertFigures; now: AlertFigures | null;
  silencedBy: { silenceId: string; endsAt: string; reason: string; by: Person } | null; inhibitedBy: { alertId: string; subjectName: string } | null;
}
export interface Accepted { position: number; eventIds: string[]; revision: number; replayed: boolean }
