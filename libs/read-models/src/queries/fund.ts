import type { ReadModelKysely } from '../database';
import { fenToYuan, toFen, toInt } from '../fen';
import { figures, readSums, sumsOf } from './filters';

export interface OverdueAdvance {
  readonly advanceId: string;
  readonly caseId: string;
  readonly lineId: string;
  readonly date: string;
  readonly amount: string;
  /** what of this advance is still unrecovered as of the date (recoveries of a case repay its oldest advances first) */
  readonly outstanding: string;
  readonly daysOutstanding: number;
}

/** One 垫付 with what of it is still unrecovered as of the date. */
export interface FundAdvance {
  readonly advanceId: string;
  readonly caseId: string;
  readonly lineId: string;
  readonly date: string;
  readonly amount: string;
  readonly workers: number;
  readonly outstanding: string;
  readonly daysOutstanding: number;
  /** unrecovered for more than `overdueDays` */
  readonly overdue: boolean;
}

export interface FundPosition {
  readonly asOf: string;
  readonly lineIds: readonly string[];
  readonly appropriated: string;
  readonly netDisbursed: string;
  /** 垫付 and 追偿 to date; recovered ÷ advanced is the recovery rate (回收率) */
  readonly advanced: string;
  readonly recovered: string;
  /** advanced − recovered */
  readonly outstanding: string;
  /** appropriated − netDisbursed − outstanding: what the fund can still advance */
  readonly available: string;
  readonly overdue: readonly OverdueAdvance[];
  readonly overdueAmount: string;
  /** every advance up to the date, oldest first */
  readonly advances: readonly FundAdvance[];
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/**
 * 农民工工资应急周转金 position as of a date: one revolving-fund line, or every revolving-fund line of a fiscal
 * year. Overdue recoveries are advances with an unrecovered part older than `overdueDays` on asOf.
 */
export async function fundPosition(
  db: ReadModelKysely,
  query: { readonly lineId?: string; readonly fiscalYear?: number; readonly asOf: string; readonly overdueDays: number; readonly units?: readonly string[] },
): Promise<FundPosition> {
  let lineQuery = db.selectFrom('lines').select('line_id');
  if (query.lineId !== undefined) lineQuery = lineQuery.where('line_id', '=', query.lineId);
  else if (query.fiscalYear !== undefined) lineQuery = lineQuery.where('fiscal_year', '=', query.fiscalYear).where('revolving_fund', '=', 1);
  else throw new RangeError('fundPosition needs a lineId or a fiscalYear');
  if (query.units !== undefined) lineQuery = lineQuery.where('unit', 'in', ['', ...query.units]);
  const lineIds = (await lineQuery.orderBy('line_id').execute()).map((l) => l.line_id);
  const empty = lineIds.length === 0;
  const sums = empty ? {} : await db.selectFrom('movements').where('line_id', 'in', lineIds).where('date', '<=', query.asOf)
    .select(sumsOf('movements')).executeTakeFirstOrThrow();
  const f = figures(readSums(sums as Record<string, unknown>));
  const s = readSums(sums as Record<string, unknown>);
  const outstanding = s.advanced - s.recovered;
  const advances = empty ? [] : await db.selectFrom('fund_advances').selectAll().where('line_id', 'in', lineIds)
    .where('date', '<=', query.asOf).orderBy('date').orderBy('position').execute();
  const recoveries = empty ? [] : await db.selectFrom('fund_recoveries').select(['line_id', 'case_id', 'amount'])
    .where('line_id', 'in', lineIds).where('date', '<=', query.asOf).execute();
  const recoveredByCase = new Map<string, bigint>();
  for (const r of recoveries) {
    const key = `${r.line_id}\u0000${r.case_id}`;
    recoveredByCase.set(key, (recoveredByCase.get(key) ?? 0n) + toFen(r.amount));
  }
  const overdue: OverdueAdvance[] = [];
  const all: FundAdvance[] = [];
  let overdueAmount = 0n;
  const today = dayNumber(query.asOf);
  for (const a of advances) {
    const key = `${a.line_id}\u0000${a.case_id}`;
    const amount = toFen(a.amount);
    const repaid = recoveredByCase.get(key) ?? 0n;
    const applied = repaid < amount ? repaid : amount; // FIFO: the oldest advance of a case is repaid first
    recoveredByCase.set(key, repaid - applied);
    const left = amount - applied;
    const days = today - dayNumber(a.date);
    all.push({
      advanceId: a.advance_id, caseId: a.case_id, lineId: a.line_id, date: a.date, amount: fenToYuan(amount), workers: toInt(a.workers),
      outstanding: fenToYuan(left), daysOutstanding: toInt(days), overdue: left > 0n && days > query.overdueDays,
    });
    if (left > 0n && days > query.overdueDays) {
      overdueAmount += left;
      overdue.push({ advanceId: a.advance_id, caseId: a.case_id, lineId: a.line_id, date: a.date, amount: fenToYuan(amount), outstanding: fenToYuan(left), daysOutstanding: toInt(days) });
    }
  }
  return {
    asOf: query.asOf, lineIds, appropriated: f.appropriated, netDisbursed: f.netDisbursed, advanced: f.advanced, recovered: f.recovered,
    outstanding: fenToYuan(outstanding), available: f.balance, overdue, overdueAmount: fenToYuan(overdueAmount), advances: all,
  };
}
