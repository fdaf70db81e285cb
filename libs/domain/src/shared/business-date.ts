import { DomainError } from './domain-error';

/**
 * Business dates (effective dates, report dates) are calendar dates in Asia/Shanghai, carried as
 * 'YYYY-MM-DD' strings: they have no time of day and must not shift with the server's timezone.
 * China's fiscal year is the calendar year.
 */
export type BusinessDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const SHANGHAI = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function isValidBusinessDate(value: unknown): value is BusinessDate {
  if (typeof value !== 'string') return false;
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** The years a fiscal year or business date may name, as budget documents allow: anything else is a typo, not a fact. */
export const EARLIEST_FISCAL_YEAR = 2000;
export const LATEST_FISCAL_YEAR = 2100;

export function isPlausibleFiscalYear(year: number): boolean {
  return Number.isInteger(year) && year >= EARLIEST_FISCAL_YEAR && year <= LATEST_FISCAL_YEAR;
}

/** A calendar date (2023-02-30 is none) in a plausible fiscal year (0000-01-01 is none either). */
export function isPlausibleBusinessDate(value: unknown): value is BusinessDate {
  return isValidBusinessDate(value) && isPlausibleFiscalYear(fiscalYearOf(value));
}

export function parseBusinessDate(value: unknown, field: string): BusinessDate {
  if (!isValidBusinessDate(value)) {
    throw DomainError.invalid('INVALID_DATE', field, `${field} must be a calendar date written YYYY-MM-DD`);
  }
  return value;
}

/** Today's date in Asia/Shanghai for the given instant. */
export function shanghaiDate(instant: Date): BusinessDate {
  return SHANGHAI.format(instant);
}

export function fiscalYearOf(date: BusinessDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: BusinessDate): number {
  return Number(date.slice(5, 7));
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** 1-based day of the year: 1 January is 1. */
export function dayOfYear(date: BusinessDate): number {
  const year = fiscalYearOf(date);
  let days = Number(date.slice(8, 10));
  for (let m = 1; m < monthOf(date); m++) days += daysInMonth(year, m);
  return days;
}

/** Last day of the month of `date`. */
export function monthEnd(date: BusinessDate): BusinessDate {
  const year = fiscalYearOf(date);
  const month = monthOf(date);
  return `${date.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/**
 * Guards that a business date is a real calendar date (an event keeps it forever), falls inside the fiscal
 * year and is not after today (both in Asia/Shanghai).
 */
export function assertInFiscalYear(date: BusinessDate, fiscalYear: number, field: string, today?: BusinessDate): void {
  parseBusinessDate(date, field);
  if (fiscalYearOf(date) !== fiscalYear) {
    throw DomainError.invalid('DATE_OUTSIDE_FISCAL_YEAR', field, `${field} ${date} is outside fiscal year ${fiscalYear}`, { fiscalYear });
  }
  if (today !== undefined && date > today) {
    throw DomainError.invalid('DATE_IN_FUTURE', field, `${field} ${date} is after today (${today}, Asia/Shanghai)`);
  }
}
