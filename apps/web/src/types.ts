/** Shapes of the API's answers the pages use (amounts are 元 decimal strings, rates percent strings). */
export interface ExecRow {
  key: string | null; name: string; appropriated: string; disbursed: string; balance: string; executionRate: string;
  timeProgress: string; lagPoints: string; light: string | null; lines: number; disbursementCount: number;
}
export interface Execution { asOf: string; fiscalYear: number; timeProgress: string; position: number; rows: ExecRow[] }
export interface CurvePoint { month: string; executionRate: string; timeProgress: string; netDisbursed: string }
export interface Indicator {
  indicatorId: string; scope: string; project: string | null; unit: string | null; level1: string; level2: string; name: string;
  comparatorSymbol: string; kind: string; measureUnit: string; weight: string; target: string; targetText: string; actual: string | null;
  grade: string | null; actualAsOf: string | null; derived: boolean; completion: string | null; expectedByNow: string | null;
  light: string | null; status: string | null; deviationReason: string | null; points?: string;
}
export interface Alert {
  alertId: string; rule: string; subjectKey: string; subjectName: string; unit: string | null; severity: 'red' | 'yellow'; status: string;
  acknowledged: boolean; acknowledgedBy: string | null; acknowledgedAt: string | null; acknowledgementNote: string | null;
  raisedAt: string; resolvedAt: string | null; summary: string; asOf: string | null;
}
export interface Accepted { position: number; eventIds: string[]; revision: number; replayed: boolean }
