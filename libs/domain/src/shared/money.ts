import Decimal from 'decimal.js';
import { DomainError } from './domain-error';

/**
 * Money is decimal.js, never a JS number. A dedicated clone so that no other code's Decimal settings
 * can change ours: 40 significant digits covers any plausible budget with cents to spare.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Money = Decimal;

/**
 * 元 amounts as they travel in events and the API: digits, optional 1–2 decimals, no sign, no exponent.
 * No cap on the digits here: a number that is too long is AMOUNT_TOO_LARGE (below), not a malformed string.
 */
const AMOUNT_PATTERN = /^\d+(\.\d{1,2})?$/;
/** A ceiling no single budget line of a district department comes near (1 万亿元): catches typos in units. */
const MAX_AMOUNT = new Money('1e12');

export const ZERO: Money = new Money(0);

/**
 * Parses a positive 元 amount given as a decimal string with at most two decimals.
 * Throws a DomainError naming `field`.
 */
export function parseAmount(value: unknown, field = 'amount'): Money {
  if (typeof value !== 'string') {
    throw DomainError.invalid('AMOUNT_NOT_A_DECIMAL_STRING', field, `${field} must be a decimal string in 元 such as "1234.56"`);
  }
  const text = value.trim();
  if (/^-/.test(text)) {
    throw DomainError.invalid('AMOUNT_NOT_POSITIVE', field, `${field} must be greater than 0`);
  }
  if (/^\d+\.\d{3,}$/.test(text)) {
    throw DomainError.invalid('AMOUNT_TOO_MANY_DECIMALS', field, `${field} has more than 2 decimals (分 is the smallest unit)`);
  }
  if (!AMOUNT_PATTERN.test(text)) {
    throw DomainError.invalid('AMOUNT_NOT_A_DECIMAL_STRING', field, `${field} must be a decimal string in 元 such as "1234.56"`);
  }
  const amount = new Money(text);
  if (amount.lte(0)) throw DomainError.invalid('AMOUNT_NOT_POSITIVE', field, `${field} must be greater than 0`);
  if (amount.gt(MAX_AMOUNT)) throw DomainError.invalid('AMOUNT_TOO_LARGE', field, `${field} exceeds 1,000,000,000,000 元`);
  return amount;
}

/** Parses an amount already validated and stored (event payloads): any sign, at most 2 decimals. */
export function money(value: string): Money {
  return new Money(value);
}

/** Canonical 元 string with exactly two decimals, as stored in events and answered by the API. */
export function toYuanString(amount: Money): string {
  return amount.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** 万元 (ten thousand 元) with two decimals, as printed in budget documents. */
export function toWanYuanString(amount: Money): string {
  return amount.div(10000).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** `1234567.891` → `1,234,567.891`: thousands separators on the integer part, sign and decimals kept. */
export function groupThousands(fixed: string): string {
  const negative = fixed.startsWith('-');
  const [int, frac] = fixed.replace(/^-/, '').split('.');
  return `${negative ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac !== undefined ? `.${frac}` : ''}`;
}

/** 元 as people read it: `1,234,567.89` (the unit is the caller's to add). */
export const formatYuan = (amount: Money): string => groupThousands(toYuanString(amount));

/** 万元 as people read it: `9,209.73`. */
export const formatWanYuan = (amount: Money): string => groupThousands(toWanYuanString(amount));

/** Converts an amount written in 万元 (budget documents) to 元, exactly. */
export function wanYuanToYuan(amount: Money): Money {
  return amount.mul(10000);
}

export function sum(amounts: Iterable<Money>): Money {
  let total: Money = ZERO;
  for (const a of amounts) total = total.plus(a);
  return total;
}
