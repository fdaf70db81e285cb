import { sql } from 'kysely';
import type { CloseRules, CloseSupplement, FrozenScore, SettlementTotals } from '@app/domain';
import type { ReadModelKysely } from '../database';
import { fenToYuan, toFen, toInt } from '../fen';
import { executionTotals, keyExpression, type ExecutionRow, type GroupBy } from './execution';
import { filterLines, type LineFilters } from './filters';
import { groupNames } from './names';

export type FiscalYearStatus = 'open' | 'closing' | 'closed';

/** A fiscal year with a budget or a close: its status and, once closed, its last close. */
export interface FiscalYearView {
  readonly fiscalYear: number;
  readonly status: FiscalYearStatus;
  /** why it was (last) locked or closed */
  readonly reason: string | null;
  readonly early: boolean;
  readonly rules: CloseRules | null;
  readonly lockedOn: string | null;
  readonly closedOn: string | null;
  readonly closedAt: string | null;
  readonly closedBy: string | null;
  /** the date the close's balances and scores stand at */
  readonly asOf: string | null;
  readonly totals: SettlementTotals | null;
  readonly supplements: readonly CloseSupplement[];
}

/** Every fiscal year with lines or a close, oldest first. */
export async function fiscalYears(db: ReadModelKysely): Promise<FiscalYearView[]> {
  const [withLines, closes] = await Promise.all([
    db.selectFrom('lines').select('fiscal_year').distinct().execute(),
    db.selectFrom('fiscal_years').selectAll().execute(),
  ]);
  const byYear = new Map(closes.map((c) => [c.fiscal_year, c]));
  const years = [...new Set([...withLines.map((l) => Number(l.fiscal_year)), ...byYear.keys()].map(Number))].sort((a, b) => a - b);
  return years.map((year) => {
    const c = byYear.get(year);
    const closed = c?.status === 'closed';
    return {
      fiscalYear: year, status: (c?.status ?? 'open') as FiscalYearStatus, reason: c?.reason ?? null, early: toInt(c?.early) === 1,
      rules: c ? JSON.parse(c.rules) as CloseRules : null, lockedOn: c?.locked_on ?? null, closedOn: c?.closed_on ?? null,
      closedAt: c?.closed_at ?? null, closedBy: c?.closed_by ?? null, asOf: c?.as_of ?? null,
      totals: closed ? JSON.parse(c.totals) as SettlementTotals : null, supplements: closed ? JSON.parse(c.supplements) as CloseSupplement[] : [],
    };
  });
}

export async function fiscalYear(db: ReadModelKysely, year: number): Promise<FiscalYearView | null> {
  return (await fiscalYears(db)).find((y) => y.fiscalYear === year) ?? null;
}

/** Who locked, closed, abandoned or reopened the year, when and why, in order. */
export async function fiscalYearHistory(db: ReadModelKysely, year: number) {
  const rows = await db.selectFrom('fiscal_year_events').selectAll().where('fiscal_year', '=', year).orderBy('position').execute();
  return rows.map((r) => ({ kind: r.kind, actor: r.actor, recordedAt: r.recorded_at, effectiveDate: r.effective_date, reason: r.reason, position: toInt(r.position) }));
}

const SETTLED = ['appropriated', 'disbursed', 'unspent', 'advances', 'carried', 'lapsed'] as const;

/** A 决算 row: the close's final figures of a group with the year's breakdown of how the appropriation came to be. */
export interface FinalAccountsRow {
  readonly key: string;
  readonly name: string;
  readonly lines: number;
  /** 年初预算, 追加, 调减, 调剂 in/out and 冲销 over the whole year (from the execution read model at 31 December) */
  readonly initial: string;
  readonly increased: string;
  readonly decreased: string;
  readonly transferredIn: string;
  readonly transferredOut: string;
  readonly reversed: string;
  /** 调整后预算 and 支出 (net of 冲销) as the close recorded them */
  readonly appropriated: string;
  readonly disbursed: string;
  /** appropriated − disbursed = carriedForward + lapsed */
  readonly unspent: string;
  readonly advancesOutstanding: string;
  /** 结转 and 结余 */
  readonly carriedForward: string;
  readonly lapsed: string;
}

/**
 * 决算 of a closed year, grouped like the execution queries (department, unit, project, line, functional 类/款/项,
 * economic 类/款, source, type): sums over the lines as the close settled them, exact to the 分.
 */
export async function finalAccounts(db: ReadModelKysely, query: {
  readonly fiscalYear: number; readonly groupBy: GroupBy; readonly level?: 1 | 2 | 3; readonly filters?: LineFilters;
}): Promise<FinalAccountsRow[]> {
  const level = query.level ?? 1;
  const key = keyExpression(query.groupBy, level);
  const joined = db.selectFrom('year_end_lines').innerJoin('lines', 'lines.line_id', 'year_end_lines.line_id')
    .where('year_end_lines.fiscal_year', '=', query.fiscalYear);
  const rows = await filterLines(joined, query.fiscalYear, query.filters)
    .select([key.as('key'), sql<string>`count(*)`.as('line_count'),
      ...SETTLED.map((c) => sql<string>`cast(sum(${sql.ref(`year_end_lines.${c}`)}) as text)`.as(c))])
    .groupBy(key).execute() as Record<string, unknown>[];
  rows.sort((a, b) => (String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0));
  const [names, year] = await Promise.all([
    groupNames(db, query.groupBy, query.fiscalYear, rows.map((r) => String(r.key))),
    executionTotals(db, { asOf: `${query.fiscalYear}-12-31`, groupBy: query.groupBy, level, filters: { ...query.filters, fiscalYear: query.fiscalYear } }),
  ]);
  const breakdown = new Map(year.map((r) => [r.key, r]));
  return rows.map((r) => {
    const k = String(r.key);
    const b = breakdown.get(k);
    const y = (c: (typeof SETTLED)[number]) => fenToYuan(toFen(r[c] as string));
    return {
      key: k, name: names.get(k) ?? k, lines: toInt(r.line_count as string),
      initial: b?.initial ?? '0.00', increased: b?.increased ?? '0.00', decreased: b?.decreased ?? '0.00',
      transferredIn: b?.transferredIn ?? '0.00', transferredOut: b?.transferredOut ?? '0.00', reversed: b?.reversed ?? '0.00',
      appropriated: y('appropriated'), disbursed: y('disbursed'), unspent: y('unspent'), advancesOutstanding: y('advances'),
      carriedForward: y('carried'), lapsed: y('lapsed'),
    };
  });
}

/** The fate of each line at the close (for the line view of 决算): fate, the rule that decided it, the 结转 line. */
export async function settledLines(db: ReadModelKysely, fiscalYear: number, filters: LineFilters = {}) {
  const rows = await filterLines(db.selectFrom('year_end_lines').innerJoin('lines', 'lines.line_id', 'year_end_lines.line_id')
    .where('year_end_lines.fiscal_year', '=', fiscalYear), fiscalYear, filters)
    .select(['year_end_lines.line_id', 'year_end_lines.fate', 'year_end_lines.decided_by', 'year_end_lines.carried_to', 'lines.unit', 'lines.project',
      'lines.type', 'lines.functional', 'lines.economic', 'lines.funding_source', 'lines.carried_from'])
    .orderBy('year_end_lines.line_id').execute();
  return rows.map((r) => ({
    lineId: r.line_id, fate: r.fate, decidedBy: r.decided_by, carriedTo: r.carried_to, unit: r.unit, project: r.project, type: r.type,
    functional: r.functional, economic: r.economic, fundingSource: r.funding_source, carriedFrom: r.carried_from,
  }));
}

/** 绩效自评 as frozen at the close: never recomputed. */
export async function frozenScores(db: ReadModelKysely, fiscalYear: number, filters: { readonly projects?: readonly string[] } = {}): Promise<FrozenScore[]> {
  let q = db.selectFrom('year_end_scores').selectAll().where('fiscal_year', '=', fiscalYear);
  if (filters.projects !== undefined) q = q.where('scope', '=', 'project').where('code', 'in', ['', ...filters.projects]);
  const rows = await q.orderBy('scope').orderBy('code').execute();
  return rows.map((r) => ({
    scope: r.scope as FrozenScore['scope'], code: r.code, name: r.name, score: r.score, outOf: r.out_of, grade: r.grade as FrozenScore['grade'],
    goalLight: r.goal_light, executionRate: r.execution_rate, executionPoints: r.execution_points, indicators: JSON.parse(r.indicators) as FrozenScore['indicators'],
  }));
}

export type { ExecutionRow };
