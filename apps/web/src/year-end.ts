import { ref } from 'vue';
import { get } from './api';
import type { FiscalYear, YearHistory, YearStatus } from './types';

/** 年终结账 and 决算: the answers are the generated API types (types.ts); the words the pages show for them. */
export const STATUS_TEXT: Readonly<Record<YearStatus, string>> = { open: '未结账', closing: '结账中', closed: '已结账' };
export const HISTORY_TEXT: Readonly<Record<YearHistory['kind'], string>> = { locked: '开始结账', closed: '结账完成', abandoned: '结账中止', reopened: '反结账' };

/** The fiscal years with a budget or a close, side by side (loaded once per page). */
export const fiscalYears = ref<FiscalYear[]>([]);
export async function loadFiscalYears(minPosition?: number): Promise<FiscalYear[]> {
  fiscalYears.value = (await get('/fiscal-years', { minPosition })).years;
  return fiscalYears.value;
}

/** 上年结转: the funding source of the lines a close carried into a year. */
export const CARRIED_SOURCE = '上年结转';
