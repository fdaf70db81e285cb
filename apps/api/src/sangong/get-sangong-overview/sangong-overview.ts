import { Money, SANGONG_CATEGORIES, SANGONG_NAMES, toYuanString } from '@app/domain';
import { ReadModelDb, executionTotals, sanGongExecution } from '@app/read-models';
import { sanGongRow } from '../get-sangong/get-sangong.controller';
import type { SanGongRow } from '../get-sangong/sangong.response';

/** 机关运行经费 against what its lines (basic operating lines on its 项 codes) have paid. */
export interface AgencyOperating {
  readonly amount: string;
  readonly priorYear: string | null;
  readonly functional: readonly string[];
  /** current appropriation of its lines (after 追加/调减/调剂) */
  readonly appropriated: string;
  readonly executed: string;
  readonly remaining: string;
}

/** Everything the 三公 page and 表四 show: the scope's rows, each unit's, the prior year and 机关运行经费. */
export interface SanGongOverview {
  readonly fiscalYear: number;
  readonly asOf: string;
  /** the department whose 表四 this is (null: the year's budget gives none) */
  readonly department: string | null;
  readonly rows: readonly SanGongRow[];
  /** the department's caps and department-wide use: what binds a unit without caps of its own */
  readonly departmentRows: readonly SanGongRow[];
  readonly units: readonly { readonly unit: string; readonly name: string; readonly rows: readonly SanGongRow[] }[];
  readonly priorYear: { readonly fiscalYear: number; readonly total: string; readonly rows: readonly { category: string; name: string; amount: string }[] } | null;
  /** the department's only (null for a unit-scoped read, or when the budget does not give it) */
  readonly agencyOperating: AgencyOperating | null;
}

export async function sanGongOverview(rm: ReadModelDb, q: { fiscalYear: number; asOf: string; units?: readonly string[] }): Promise<SanGongOverview> {
  const e = await sanGongExecution(rm.db, q);
  const department = q.units === undefined ? e : await sanGongExecution(rm.db, { fiscalYear: q.fiscalYear, asOf: q.asOf });
  const names = new Map((await rm.db.selectFrom('ref_units').select(['code', 'name', 'short_name']).execute()).map((u) => [u.code, u.short_name ?? u.name]));
  const b = e.budget;
  let agencyOperating: AgencyOperating | null = null;
  if (b?.agencyOperating && q.units === undefined) {
    const operating = new Set((await rm.db.selectFrom('lines').select('line_id').where('fiscal_year', '=', q.fiscalYear)
      .where('type', '=', 'basic').where('basic_kind', '=', 'operating').where('functional', 'in', [...b.agencyOperating.functional]).execute()).map((l) => l.line_id));
    const rows = (await executionTotals(rm.db, { asOf: q.asOf, groupBy: 'line', filters: { fiscalYear: q.fiscalYear, type: 'basic' } }))
      .filter((r) => operating.has(r.key));
    const sum = (f: (r: (typeof rows)[number]) => string) => rows.reduce((a: Money, r) => a.plus(f(r)), new Money(0));
    agencyOperating = {
      amount: b.agencyOperating.amount, priorYear: b.agencyOperating.priorYear, functional: b.agencyOperating.functional,
      appropriated: toYuanString(sum((r) => r.appropriated)), executed: toYuanString(sum((r) => r.netDisbursed)),
      remaining: toYuanString(sum((r) => r.appropriated).minus(sum((r) => r.netDisbursed))),
    };
  }
  return {
    fiscalYear: q.fiscalYear, asOf: q.asOf, department: b?.department ?? null, rows: e.rows.map(sanGongRow), departmentRows: department.rows.map(sanGongRow),
    units: e.byUnit.map((u) => ({ unit: u.unit, name: names.get(u.unit) ?? u.unit, rows: u.rows.map(sanGongRow) })),
    priorYear: b?.priorYear && b.priorTotal !== null && b.priorCaps ? {
      fiscalYear: b.priorYear, total: b.priorTotal,
      rows: SANGONG_CATEGORIES.map((c) => ({ category: c, name: SANGONG_NAMES[c], amount: b.priorCaps![c] ?? '0.00' })),
    } : null,
    agencyOperating,
  };
}
