import { BusinessDate, dayOfYear, daysInYear, fiscalYearOf, monthOf } from './shared/business-date';
import { Money } from './shared/money';

/** Basis of 序时进度: by month (a report in July counts 7/12) or by day (days elapsed incl. d ÷ days in year). */
export type TimeProgressBasis = 'month' | 'day';

/** 序时进度 as an exact fraction: months elapsed of 12, or days elapsed of the year's 365 or 366. */
export interface TimeProgressFraction { readonly numerator: number; readonly denominator: number }

export function timeProgressFraction(date: BusinessDate, basis: TimeProgressBasis): TimeProgressFraction {
  return basis === 'month' ? { numerator: monthOf(date), denominator: 12 } : { numerator: dayOfYear(date), denominator: daysInYear(fiscalYearOf(date)) };
}

/**
 * 序时进度: elapsed share of the fiscal year at `date`, as a fraction in [0, 1] (to 40 digits: 64/366 is not
 * finite). A ratio that divides by it must use the exact fraction instead (`overTimeProgress`), or a shown
 * figure can come out a cent low (0.01 of 0.01 on 2024-03-04: 100 × 366/64 = 571.875, shown 571.88).
 */
export function timeProgress(date: BusinessDate, basis: TimeProgressBasis): Money {
  const { numerator, denominator } = timeProgressFraction(date, basis);
  return new Money(numerator).div(denominator);
}

/** `value ÷ 序时进度`, computed from the exact fraction (one division, correctly rounded). */
export function overTimeProgress(value: Money, date: BusinessDate, basis: TimeProgressBasis): Money {
  const { numerator, denominator } = timeProgressFraction(date, basis);
  return value.mul(denominator).div(numerator);
}
