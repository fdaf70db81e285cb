import { isLeapYear } from '@app/domain';
import type { ReadModelKysely } from '../database';
import { fenToYuan, yuanToFen } from '../fen';
import { executionTotals } from './execution';
import type { ExecutionFigures, LineFilters } from './filters';

/** The same day in another year: 29 February becomes the 28th in a common year. */
export function sameDayIn(date: string, year: number): string {
  const monthDay = date.slice(5);
  return `${year}-${monthDay === '02-29' && !isLeapYear(year) ? '02-28' : monthDay}`;
}

/**
 * A line's identity across years: its id without the year (`426001-2023-B-2080101-30101` → `426001-B-2080101-30101`),
 * following docs/budget-import-format.md's `{unit}-{year}-…` naming; null for ids that do not follow it.
 */
export function lineKeyOf(lineId: string): string | null {
  const m = /^(\d{6})-(\d{4})-(.+)$/.exec(lineId);
  return m ? `${m[1]}-${m[3]}` : null;
}

/** The id the line of `key` has (or would have) in `year`. */
export function lineIdIn(key: string, year: number): string {
  const m = /^(\d{6})-(.+)$/.exec(key);
  return m ? `${m[1]}-${year}-${m[2]}` : key;
}

const FIGURES = ['initial', 'increased', 'decreased', 'transferredIn', 'transferredOut', 'appropriated', 'disbursed', 'reversed', 'netDisbursed',
  'advanced', 'recovered', 'balance'] as const;
const ZERO_FIGURES = Object.fromEntries(FIGURES.map((f) => [f, '0.00'])) as unknown as ExecutionFigures;

function add(rows: readonly ExecutionFigures[]): ExecutionFigures {
  return Object.fromEntries(FIGURES.map((f) => [f, fenToYuan(rows.reduce((t, r) => t + yuanToFen(r[f]), 0n))])) as unknown as ExecutionFigures;
}

/** One year of a comparison: the figures on the same day of that year, and how much of them is 上年结转. */
export interface YearFigures {
  readonly fiscalYear: number;
  readonly asOf: string;
  readonly lines: number;
  readonly lineIds: readonly string[] | null;
  readonly figures: ExecutionFigures;
  /** by funding source (资金来源): 上年结转 apart from 一般公共预算拨款 … */
  readonly bySource: readonly { readonly source: string; readonly lines: number; readonly figures: ExecutionFigures }[];
}

export interface CompareQuery {
  readonly years: readonly number[];
  /** a date; each year is read on its same day (the same month and day) */
  readonly asOf: string;
  /** the subject: a unit, project, type, functional / economic code prefix … (the same in every year) */
  readonly filters?: Omit<LineFilters, 'lineId'>;
  /**
   * a line followed across years by its key (its id without the year): in each year its counterpart, plus the
   * 上年结转 line carried from the year before's counterpart
   */
  readonly lineKey?: string;
}

/**
 * 同期对比: execution of one subject in several fiscal years, each as of the same day of its year (this year to
 * date against last year to the same day). Each year is an as-of sum over running totals (executionTotals), so
 * its cost follows the lines, not the payments.
 */
export async function compareAcrossYears(db: ReadModelKysely, query: CompareQuery): Promise<YearFigures[]> {
  const out: YearFigures[] = [];
  for (const year of [...new Set(query.years)].sort((a, b) => a - b)) {
    const asOf = sameDayIn(query.asOf, year);
    const filters = { ...query.filters, fiscalYear: year };
    let rows = await executionTotals(db, { asOf, groupBy: 'line', filters });
    let lineIds: string[] | null = null;
    if (query.lineKey !== undefined) {
      const own = lineIdIn(query.lineKey, year);
      const carried = await db.selectFrom('lines').select('line_id').where('fiscal_year', '=', year)
        .where('carried_from', '=', lineIdIn(query.lineKey, year - 1)).execute();
      lineIds = [own, ...carried.map((c) => c.line_id)];
      const wanted = new Set(lineIds);
      rows = rows.filter((r) => wanted.has(r.key));
      lineIds = lineIds.filter((id) => rows.some((r) => r.key === id));
    }
    const sources = await db.selectFrom('lines').select(['line_id', 'funding_source']).where('fiscal_year', '=', year)
      .where('line_id', 'in', ['', ...rows.map((r) => r.key)]).execute();
    const sourceOf = new Map(sources.map((s) => [s.line_id, s.funding_source]));
    const bySource = new Map<string, ExecutionFigures[]>();
    for (const r of rows) bySource.set(sourceOf.get(r.key) ?? '', [...(bySource.get(sourceOf.get(r.key) ?? '') ?? []), r]);
    out.push({
      fiscalYear: year, asOf, lines: rows.length, lineIds, figures: rows.length === 0 ? ZERO_FIGURES : add(rows),
      bySource: [...bySource].sort(([a], [b]) => (a < b ? -1 : 1)).map(([source, group]) => ({ source, lines: group.length, figures: add(group) })),
    });
  }
  return out;
}
