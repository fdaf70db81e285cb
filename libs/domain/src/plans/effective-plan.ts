import { BusinessDate, monthOf } from '../shared/business-date';
import { Money } from '../shared/money';

/**
 * Plans are computed in integer 分 (bigint): a plan is twelve amounts to the cent that add up exactly, and a
 * difference spread over months must stay to the cent too.
 */
export type Fen = bigint;

const CANONICAL = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

export const fenOf = (amount: Money | string): Fen => {
  // the event format ("-1234.5"): digits only, no Decimal per event (a line may fold 100,000 payments)
  const m = typeof amount === 'string' ? CANONICAL.exec(amount) : null;
  if (m) return BigInt(`${m[1]}${m[2]}${(m[3] ?? '').padEnd(2, '0')}`);
  const fen = new Money(amount).mul(100);
  if (!fen.isInteger()) throw new RangeError(`${String(amount)} 元 is not a whole number of 分`);
  return BigInt(fen.toFixed(0));
};
export const yuanOf = (fen: Fen): string => new Money(fen.toString()).div(100).toFixed(2);

export const sumFen = (values: Iterable<Fen>): Fen => {
  let total = 0n;
  for (const v of values) total += v;
  return total;
};

/**
 * Splits `amount` 分 over months in proportion to `weights`, to the cent and exactly: each month gets the floor of
 * its share, and the cents left go one each to the months with the largest remainders (the earlier month first on
 * a tie). A negative amount is split as its opposite. All-zero weights split evenly.
 */
export function allocate(amount: Fen, weights: readonly number[]): Fen[] {
  const w = weights.every((x) => x === 0) ? weights.map(() => 1) : weights;
  const total = BigInt(w.reduce((a, b) => a + b, 0));
  const sign = amount < 0n ? -1n : 1n;
  const abs = amount * sign;
  const shares = w.map((x) => (abs * BigInt(x)) / total);
  const remainders = w.map((x, i) => ({ i, r: (abs * BigInt(x)) % total }));
  let left = abs - sumFen(shares);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    shares[i] += 1n;
    left -= 1n;
  }
  return shares.map((s) => s * sign);
}

/** What the plan of a line as of a date is computed from. */
export interface PlanBasis {
  /** the default profile of the line: twelve weights, January first */
  readonly weights: readonly number[];
  /** appropriation (年初预算 and every 追加/调减/调剂) by effective month, 分, counting what is in force on the date */
  readonly appropriatedByMonth: readonly Fen[];
  /** the revision in force on the date, or none: the default profile applies */
  readonly filed: { readonly effectiveDate: BusinessDate; readonly months: readonly Fen[] } | null;
}

export interface EffectivePlan {
  readonly source: 'filed' | 'default';
  /** the twelve months the line is measured against, 分, January first: they add up to `appropriated` */
  readonly months: readonly Fen[];
  readonly appropriated: Fen;
  /** appropriation not covered by the filed plan (计划待调整 when not 0); 0 for the default profile */
  readonly difference: Fen;
}

/**
 * The plan a line is measured against (docs/spending-plans.md):
 * - without a filed plan, the appropriation spread over the year by the line's default profile;
 * - with one, its months as filed; appropriation it does not cover (a 追加/调减/调剂 after it, 计划待调整) is spread
 *   by the default profile over the months after the month the change took effect in (December's own changes stay
 *   in December), until a revision is filed. Months already past keep their plan; the year still adds up to the
 *   appropriation.
 * Only changes of months before a date's month reach that month's cumulative plan, so the cumulative plan of a
 * month is the same on every day of it (December's, the whole appropriation, excepted): a payment is judged against it
 * however late in the month it is recorded.
 */
export function effectivePlan(basis: PlanBasis): EffectivePlan {
  const appropriated = sumFen(basis.appropriatedByMonth);
  if (basis.filed === null) return { source: 'default', months: allocate(appropriated, basis.weights), appropriated, difference: 0n };
  const months = [...basis.filed.months];
  const filedTotal = sumFen(months);
  const from = monthOf(basis.filed.effectiveDate);
  for (let month = from; month <= 12; month++) {
    // what the filing month leaves uncovered (changes before the filing, not in its total), then each later month's changes
    const change = month === from ? sumFen(basis.appropriatedByMonth.slice(0, from)) - filedTotal : basis.appropriatedByMonth[month - 1];
    if (change === 0n) continue;
    const after = month < 12 ? month : 11; // December's changes stay in December
    const spread = allocate(change, basis.weights.slice(after));
    spread.forEach((fen, i) => { months[after + i] += fen; });
  }
  return { source: 'filed', months, appropriated, difference: appropriated - filedTotal };
}

/** 累计计划: the plan from January through `month` (1–12). */
export const plannedThrough = (months: readonly Fen[], month: number): Fen => sumFen(months.slice(0, month));

/** 累计计划 to a date: by month, as 序时进度 counts July as 7/12 on every day of July. */
export const plannedToDate = (months: readonly Fen[], asOf: BusinessDate): Fen => plannedThrough(months, monthOf(asOf));
