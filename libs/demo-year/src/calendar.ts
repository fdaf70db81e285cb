import { BusinessDate, daysInMonth } from '@app/domain';

const pad = (n: number) => String(n).padStart(2, '0');

export const dateOf = (year: number, month: number, day: number): BusinessDate =>
  `${year}-${pad(month)}-${pad(Math.min(day, daysInMonth(year, month)))}`;

const utc = (date: BusinessDate) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromUtc = (ms: number): BusinessDate => new Date(ms).toISOString().slice(0, 10);

/** `days` calendar days after `date` (negative: before). */
export const addDays = (date: BusinessDate, days: number): BusinessDate => fromUtc(utc(date) + days * 86_400_000);

/** Whole days from `from` to `to`. */
export const daysBetween = (from: BusinessDate, to: BusinessDate): number => Math.round((utc(to) - utc(from)) / 86_400_000);

const weekday = (date: BusinessDate) => new Date(utc(date)).getUTCDay();

/**
 * The working day a payment or report falls on: a Saturday or Sunday moves to the Friday before, unless that
 * leaves the month, then to the Monday after (the ledger stays in its month).
 */
export function workingDay(date: BusinessDate): BusinessDate {
  const d = weekday(date);
  if (d !== 0 && d !== 6) return date;
  const before = addDays(date, d === 6 ? -1 : -2);
  return before.slice(0, 7) === date.slice(0, 7) ? before : addDays(date, d === 6 ? 2 : 1);
}
