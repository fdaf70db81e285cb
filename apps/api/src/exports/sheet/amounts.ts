import { Money, toWanYuanString, toYuanString } from '@app/domain';
import { AMOUNT_FORMAT, Cell } from './sheet';

/** 金额单位 of an export: 元 (exact, the default) or 万元 (two decimals, as budget documents print). */
export type AmountUnit = '元' | '万元';

/**
 * An amount cell in the export's unit from a 元 decimal string. 万元 figures are rounded half up to 2
 * decimals row by row from exact 元, like the published tables, so a 万元 total may differ from the sum of
 * its printed rows by a few 0.01.
 */
export function amountIn(unit: AmountUnit) {
  return (yuan: string | null | undefined): Cell => {
    if (yuan === null || yuan === undefined) return null;
    const m = new Money(yuan);
    return { t: 'num', v: unit === '万元' ? toWanYuanString(m) : toYuanString(m), fmt: AMOUNT_FORMAT };
  };
}

/**
 * The JS number for a decimal string, only when it converts exactly (its shortest representation reads
 * back as the same decimal): then a spreadsheet shows and sums what we computed. Otherwise null, and the
 * writer keeps the value as text rather than let binary floating point alter it.
 */
export function exactNumber(v: string): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(v)) return null;
  const n = Number(v);
  if (!Number.isFinite(n) || !Number.isSafeInteger(Math.trunc(n * 100))) return null;
  return new Money(String(n)).eq(new Money(v)) ? n : null;
}
