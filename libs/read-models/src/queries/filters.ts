import { sql, type AliasedRawBuilder, type SelectQueryBuilder } from 'kysely';
import type { ReadModelKysely } from '../database';
import { fenToYuan, toFen } from '../fen';
import { AMOUNT_COLUMNS as MOVEMENT_COLUMNS, SUMMED_COLUMNS } from '../projections/line-days';
import type { ReadModelTables } from '../schema';

/** Drill-down filters over appropriation lines; functional / economic are code prefixes (类 3, 款 5, 项 7 digits). */
export interface LineFilters {
  readonly unit?: string;
  /** the caller's unit scope (an accountant's or manager's units); undefined means the whole department */
  readonly units?: readonly string[];
  readonly project?: string;
  readonly type?: 'basic' | 'project';
  readonly functional?: string;
  readonly economic?: string;
  /** one appropriation line */
  readonly lineId?: string;
  /** 资金来源, e.g. 上年结转 */
  readonly fundingSource?: string;
}

type Joined = SelectQueryBuilder<ReadModelTables, 'lines' | 'line_days', object>;

/** Restricts a query joined with `lines` to a fiscal year and the drill-down filters. */
export function filterLines<Q extends SelectQueryBuilder<any, any, any>>(query: Q, fiscalYear: number, filters: LineFilters = {}): Q {
  let q = query.where('lines.fiscal_year', '=', fiscalYear);
  if (filters.unit !== undefined) q = q.where('lines.unit', '=', filters.unit);
  if (filters.units !== undefined) q = filters.units.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('lines.unit', 'in', [...filters.units]);
  if (filters.project !== undefined) q = q.where('lines.project', '=', filters.project);
  if (filters.lineId !== undefined) q = q.where('lines.line_id', '=', filters.lineId);
  if (filters.type !== undefined) q = q.where('lines.type', '=', filters.type);
  if (filters.fundingSource !== undefined) q = q.where('lines.funding_source', '=', filters.fundingSource);
  // a prefix compared with substr, not LIKE: codes are data, and LIKE would treat % and _ as wildcards
  if (filters.functional !== undefined) q = q.where(sql`substr(${sql.ref('lines.functional')}, 1, ${filters.functional.length})`, '=', filters.functional);
  if (filters.economic !== undefined) q = q.where(sql`substr(${sql.ref('lines.economic')}, 1, ${filters.economic.length})`, '=', filters.economic);
  return q as Q;
}

/**
 * Each filtered line of the fiscal year joined with its running totals on `asOf`: its latest `line_days` row
 * dated on or before asOf (one index seek per line), so the cost follows the number of lines, not of
 * payments. Lines with nothing on or before asOf (established later) have no row.
 */
export function asOfRows(db: ReadModelKysely, fiscalYear: number, asOf: string, filters: LineFilters = {}): Joined {
  const joined = db.selectFrom('lines').innerJoin('line_days', (join) => join
    .onRef('line_days.line_id', '=', 'lines.line_id')
    .on('line_days.date', '=', (eb) => eb.selectFrom('line_days as latest').select((e) => e.fn.max('latest.date').as('date'))
      .whereRef('latest.line_id', '=', 'lines.line_id').where('latest.date', '<=', asOf)));
  return filterLines(joined, fiscalYear, filters);
}

/** CAST(SUM(alias.c) AS TEXT) for every summed column: exact on both dialects, whatever the driver does with int8. */
export function sumsOf(alias: string): AliasedRawBuilder<string, string>[] {
  return SUMMED_COLUMNS.map((c) => sql<string>`cast(sum(${sql.ref(`${alias}.${c}`)}) as text)`.as(c));
}

/** The summed movements of a group, in 分. */
export type MovementSums = Record<(typeof MOVEMENT_COLUMNS)[number], bigint>;

export function readSums(row: Record<string, unknown>): MovementSums {
  return Object.fromEntries(MOVEMENT_COLUMNS.map((c) => [c, toFen(row[c] as string | null)])) as MovementSums;
}

/** The figures of a group in 元, derived exactly from its sums. */
export interface ExecutionFigures {
  readonly initial: string; // 年初预算
  readonly increased: string; // 追加
  readonly decreased: string; // 调减
  readonly transferredIn: string; // 调剂 in
  readonly transferredOut: string; // 调剂 out
  /** 当前预算指标: initial + increased − decreased + transferredIn − transferredOut */
  readonly appropriated: string;
  /** 支出 gross of reversals */
  readonly disbursed: string;
  /** 冲销 */
  readonly reversed: string;
  /** disbursed − reversed: what the execution rate divides */
  readonly netDisbursed: string;
  /** 垫付 and 追偿 of the revolving fund */
  readonly advanced: string;
  readonly recovered: string;
  /** 可用余额: appropriated − netDisbursed − (advanced − recovered) */
  readonly balance: string;
}

export function figures(s: MovementSums): ExecutionFigures {
  const appropriated = s.initial + s.increased - s.decreased + s.transferred_in - s.transferred_out;
  const net = s.disbursed - s.reversed;
  return {
    initial: fenToYuan(s.initial), increased: fenToYuan(s.increased), decreased: fenToYuan(s.decreased),
    transferredIn: fenToYuan(s.transferred_in), transferredOut: fenToYuan(s.transferred_out), appropriated: fenToYuan(appropriated),
    disbursed: fenToYuan(s.disbursed), reversed: fenToYuan(s.reversed), netDisbursed: fenToYuan(net),
    advanced: fenToYuan(s.advanced), recovered: fenToYuan(s.recovered), balance: fenToYuan(appropriated - net - (s.advanced - s.recovered)),
  };
}
