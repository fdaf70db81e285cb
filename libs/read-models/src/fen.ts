import { Money } from '@app/domain';

/**
 * Amounts are stored as integer 分 (fen, 1/100 元) in BIGINT columns so that SQL sums are exact on both
 * dialects. Events and answers carry 元 as decimal strings; this is the only place the two meet, through
 * decimal.js (never a JS float) and bigint.
 */

const CANONICAL = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** "1234.56" 元 → 123456n 分. Throws on anything finer than 1 分: a 元 string with 3 decimals is a bug upstream. */
export function yuanToFen(yuan: string): bigint {
  // fast path for the canonical event format ("1234.56"): digits only, exact, no Decimal allocation per event
  const m = CANONICAL.exec(yuan);
  if (m) return BigInt(`${m[1]}${m[2]}${(m[3] ?? '').padEnd(2, '0')}`);
  const fen = new Money(yuan).mul(100);
  if (!fen.isInteger()) throw new RangeError(`amount ${yuan} 元 is not a whole number of 分`);
  return BigInt(fen.toFixed(0));
}

/** A 分 amount as a driver returns it (number from SQLite, string from pg, text from CAST(SUM(…) AS TEXT)) → bigint. */
export function toFen(value: string | number | bigint | null | undefined): bigint {
  if (value === null || value === undefined || value === '') return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`分 amount ${value} is not a safe integer`);
    return BigInt(value);
  }
  return BigInt(value);
}

/** 123456n 分 → "1234.56" 元, exactly two decimals (negative amounts keep their sign). */
export function fenToYuan(value: string | number | bigint | null | undefined): string {
  return new Money(toFen(value).toString()).div(100).toFixed(2);
}

/** Counts and positions come back as number (SQLite) or string (pg int8 / numeric). */
export function toInt(value: string | number | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return Number(value);
}
