import { ref } from 'vue';
import { get } from './api';

/** 年终结账 and 决算 as the API answers them (amounts 元 decimal strings, rates percent strings). */
export type YearStatus = 'open' | 'closing' | 'closed';
export const STATUS_TEXT: Readonly<Record<YearStatus, string>> = { open: '未结账', closing: '结账中', closed: '已结账' };
export type Fate = 'carry' | 'lapse';

export interface FiscalYearView {
  fiscalYear: number; status: YearStatus; reason: string | null; early: boolean; lockedOn: string | null; closedOn: string | null;
  closedAt: string | null; closedBy: string | null; asOf: string | null;
  totals: { appropriated: string; disbursed: string; unspent: string; carriedForward: string; lapsed: string; advancesOutstanding: string } | null;
}
export interface YearHistory { kind: 'locked' | 'closed' | 'abandoned' | 'reopened'; actor: string | null; recordedAt: string | null; reason: string | null }
export const HISTORY_TEXT: Readonly<Record<YearHistory['kind'], string>> = { locked: '开始结账', closed: '结账完成', abandoned: '结账中止', reopened: '反结账' };

export interface FinalRow {
  key: string; name: string; lines: number; initial: string; appropriated: string; disbursed: string; unspent: string;
  carriedForward: string; lapsed: string; advancesOutstanding: string; executionRate: string | null;
}
export interface FrozenScore { scope: 'project' | 'department'; code: string; name: string; score: string; outOf: string; grade: string; goalLight: string | null; executionRate: string | null }
export interface Supplement { key: string; title: string; available: boolean; note?: string; rows: Record<string, string | null>[] }
export interface FinalAccounts {
  fiscalYear: number; closedOn: string; closedBy: string; reason: string; asOf: string; early: boolean;
  total: FinalRow; rows: FinalRow[]; scores: FrozenScore[]; supplements: Supplement[];
}

export interface CompareYear {
  fiscalYear: number; asOf: string; lines: number; lineIds: string[] | null; appropriated: string; disbursed: string; executionRate: string | null;
  timeProgress: string; light: string | null; bySource: { source: string; appropriated: string; disbursed: string; executionRate: string | null }[];
}
export interface Comparison { asOf: string; lineKey?: string; years: CompareYear[]; changes: { from: number; to: number; appropriated: string; disbursed: string; executionRatePoints: string | null }[] }

/** The fiscal years with a budget or a close, side by side (loaded once per page). */
export const fiscalYears = ref<FiscalYearView[]>([]);
export async function loadFiscalYears(minPosition?: number): Promise<FiscalYearView[]> {
  fiscalYears.value = (await get<{ years: FiscalYearView[] }>('/fiscal-years', { minPosition })).years;
  return fiscalYears.value;
}

/** 上年结转: the funding source of the lines a close carried into a year. */
export const CARRIED_SOURCE = '上年结转';
