import { BusinessDate, dayOfYear, daysInYear, fiscalYearOf, monthOf } from './shared/business-date';
import { Money } from './shared/money';

/** Basis of 序时进度: by month (a report in July counts 7/12) or by day (days elapsed incl. d ÷ days in year). */
export type TimeProgressBasis = 'month' | 'day';

/** 序时进度: elapsed share of the fiscal year at `date`, as a fraction in [0, 1]. */
export function timeProgress(date: BusinessDate, basis: TimeProgressBasis): Money {
  if (basis === 'month') return new Money(monthOf(date)).div(12);
  return new Money(dayOfYear(date)).div(daysInYear(fiscalYearOf(date)));
}
