import { FileSpendingPlan } from '../plans/commands';
import { PlanExceededWarned, SpendingPlanFiled } from '../plans/events';
import { LINE } from './appropriation-fixtures';

/** Small factories for spending-plan (用款计划) tests, on the 1000.00 元 line of appropriation-fixtures. */

/** 1000.00 元 as 100 a month from January to October, nothing in November and December */
export const TEN_MONTHS = ['100', '100', '100', '100', '100', '100', '100', '100', '100', '100', '0', '0'];
export const TEN_MONTHS_STORED = ['100.00', '100.00', '100.00', '100.00', '100.00', '100.00', '100.00', '100.00', '100.00', '100.00', '0.00', '0.00'];

export const fileSpendingPlan = (months: readonly unknown[] = TEN_MONTHS, overrides: Partial<FileSpendingPlan> = {}): FileSpendingPlan =>
  ({ type: 'FileSpendingPlan', months, reason: null, effectiveDate: '2023-01-05', ...overrides });

export const planFiled = (months: readonly string[] = TEN_MONTHS_STORED, effectiveDate = '2023-01-05', revision = 1, total = '1000.00', reason: string | null = null): SpendingPlanFiled =>
  ({ type: 'SpendingPlanFiled.v1', effectiveDate, data: { lineId: LINE, revision, months, total, reason } });

export const planExceeded = (disbursementId: string, data: Omit<PlanExceededWarned['data'], 'lineId' | 'disbursementId'>, effectiveDate = '2023-06-15'): PlanExceededWarned =>
  ({ type: 'PlanExceededWarned.v1', effectiveDate, data: { lineId: LINE, disbursementId, ...data } });
