import Decimal from 'decimal.js';
import { Money, ZERO } from '@app/domain';

/** An amount rounded down to the cent (分). */
export const cents = (amount: Money): Money => amount.toDecimalPlaces(2, Decimal.ROUND_DOWN);

/** `share` basis points (1/10,000) of an amount, down to the cent. */
export const basisPoints = (amount: Money, share: number): Money => cents(amount.mul(share).div(10_000));

/**
 * Splits `total` into parts proportional to whole-number `weights`, each rounded down to the cent; the last
 * part takes what rounding left, so the parts add up to the total exactly. Parts of a zero weight are zero.
 */
export function splitByWeights(total: Money, weights: readonly number[]): Money[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  if (sum <= 0) throw new RangeError('weights must add up to more than 0');
  const parts = weights.map((w) => cents(total.mul(w).div(sum)));
  const last = weights.reduce((at, w, i) => (w > 0 ? i : at), -1);
  const others = parts.reduce((a, p, i) => (i === last ? a : a.plus(p)), ZERO);
  parts[last] = total.minus(others);
  return parts;
}

/** 万元 (as budget documents print) to 元. */
export const wan = (amount: string): Money => new Money(amount).mul(10_000);
