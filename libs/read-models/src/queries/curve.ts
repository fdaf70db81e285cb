import { daysInMonth } from '@app/domain';
import type { ReadModelKysely } from '../database';
import { fenToYuan } from '../fen';
import { asOfRows, type LineFilters, readSums, sumsOf } from './filters';

export interface CurvePoint {
  /** YYYY-MM */
  readonly month: string;
  /** the date the figures are at: the month end, or asOf for the month containing it */
  readonly through: string;
  /** cumulative current appropriation */
  readonly appropriated: string;
  /** cumulative gross disbursements, reversals, and their difference */
  readonly disbursed: string;
  readonly reversed: string;
  readonly netDisbursed: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * 执行进度曲线: cumulative appropriation and disbursement at each month end of the fiscal year up to asOf.
 * Each point is the as-of sum executionTotals uses, at the month end (or asOf in its own month).
 */
export async function executionCurve(
  db: ReadModelKysely, query: { readonly fiscalYear: number; readonly asOf: string; readonly filters?: LineFilters },
): Promise<CurvePoint[]> {
  const { fiscalYear, asOf } = query;
  const year = Number(asOf.slice(0, 4));
  const lastMonth = year > fiscalYear ? 12 : year < fiscalYear ? 0 : Number(asOf.slice(5, 7));
  const points: CurvePoint[] = [];
  for (let m = 1; m <= lastMonth; m++) {
    const key = `${fiscalYear}-${pad(m)}`;
    const monthEnd = `${key}-${pad(daysInMonth(fiscalYear, m))}`;
    const through = monthEnd < asOf ? monthEnd : asOf;
    // one as-of sum per month end: one running-totals row per line each time
    const s = readSums(await asOfRows(db, fiscalYear, through, query.filters).select(sumsOf('line_days')).executeTakeFirstOrThrow() as Record<string, unknown>);
    points.push({
      month: key, through,
      appropriated: fenToYuan(s.initial + s.increased - s.decreased + s.transferred_in - s.transferred_out),
      disbursed: fenToYuan(s.disbursed), reversed: fenToYuan(s.reversed), netDisbursed: fenToYuan(s.disbursed - s.reversed),
    });
  }
  return points;
}
