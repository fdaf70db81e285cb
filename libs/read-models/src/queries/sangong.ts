import { sql } from 'kysely';
import type { ReadModelKysely } from '../database';
import { fenToYuan, toFen, toInt } from '../fen';

/** The four categories of 表四 in printed order (ids as the domain and the API name them). */
const CATEGORIES = ['abroad', 'vehicle_purchase', 'vehicle_operation', 'reception'] as const;

/** One category's execution against its cap, 元: cap null where none is set at that level. */
export interface SanGongFigures {
  readonly category: string;
  readonly cap: string | null;
  /** spent net of reversals */
  readonly used: string;
  readonly spent: string;
  readonly released: string;
  readonly payments: number;
}

export interface SanGongExecution {
  readonly asOf: string;
  /** the department (units undefined) or the units asked for, one row per category */
  readonly rows: readonly SanGongFigures[];
  /** each unit in scope with a cap of its own or 三公 payments, one row per category */
  readonly byUnit: readonly { readonly unit: string; readonly rows: readonly SanGongFigures[] }[];
  /** 表四 as imported: the prior year's figures and 机关运行经费 (null: the budget gives no 表四) */
  readonly budget: {
    readonly department: string;
    readonly priorYear: number | null;
    readonly priorTotal: string | null;
    readonly priorCaps: Readonly<Record<string, string>> | null;
    readonly agencyOperating: { readonly amount: string; readonly priorYear: string | null; readonly functional: readonly string[] } | null;
  } | null;
}

/**
 * 三公经费 against their caps as of a date: the cap in force on asOf (the latest set or revised on or before it) and
 * what was used by payments dated on or before it. For several units, a category's cap is the sum of theirs when
 * every one of them has its own, else none.
 */
export async function sanGongExecution(db: ReadModelKysely, q: { readonly fiscalYear: number; readonly asOf: string; readonly units?: readonly string[] }): Promise<SanGongExecution> {
  const capRows = await db.selectFrom('sangong_caps').select(['unit', 'category', 'date', 'position', 'cap'])
    .where('fiscal_year', '=', q.fiscalYear).where('date', '<=', q.asOf).orderBy('date').orderBy('position').execute();
  const caps = new Map<string, bigint>(); // latest wins: rows come in (date, position) order
  for (const r of capRows) caps.set(`${r.unit}|${r.category}`, toFen(r.cap));
  let spendQuery = db.selectFrom('sangong_spending').where('fiscal_year', '=', q.fiscalYear).where('date', '<=', q.asOf);
  if (q.units !== undefined) spendQuery = spendQuery.where('unit', 'in', ['', ...q.units]);
  const spending = await spendQuery.select([
    'unit', 'category', sql<string>`cast(sum(spent) as text)`.as('spent'), sql<string>`cast(sum(released) as text)`.as('released'),
    sql<string>`cast(sum(payments) as text)`.as('payments'),
  ]).groupBy(['unit', 'category']).execute();
  const spent = new Map(spending.map((s) => [`${s.unit}|${s.category}`, s]));

  const figures = (units: readonly string[] | undefined, category: string): SanGongFigures => {
    const of = spending.filter((s) => s.category === category && (units === undefined || units.includes(s.unit)));
    const sum = (f: (s: (typeof spending)[number]) => string) => of.reduce((a, s) => a + toFen(f(s)), 0n);
    const unitCaps = units?.map((u) => caps.get(`${u}|${category}`));
    const cap = units === undefined ? caps.get(`|${category}`) : unitCaps!.every((c) => c !== undefined) && unitCaps!.length > 0 ? unitCaps!.reduce((a, c) => a! + c!, 0n) : undefined;
    return {
      category, cap: cap === undefined ? null : fenToYuan(cap), used: fenToYuan(sum((s) => s.spent) - sum((s) => s.released)),
      spent: fenToYuan(sum((s) => s.spent)), released: fenToYuan(sum((s) => s.released)), payments: of.reduce((a, s) => a + toInt(s.payments), 0),
    };
  };
  const unitsWith = new Set([...[...caps.keys()].map((k) => k.split('|')[0]), ...[...spent.values()].map((s) => s.unit)].filter((u) => u !== ''));
  const byUnit = [...unitsWith].filter((u) => q.units === undefined || q.units.includes(u)).sort()
    .map((unit) => ({ unit, rows: CATEGORIES.map((c) => figures([unit], c)) }));

  const b = await db.selectFrom('sangong_budgets').selectAll().where('fiscal_year', '=', q.fiscalYear).orderBy('position').limit(1).executeTakeFirst();
  return {
    asOf: q.asOf, rows: CATEGORIES.map((c) => figures(q.units, c)), byUnit,
    budget: b ? {
      department: b.department, priorYear: b.prior_year === null ? null : toInt(b.prior_year), priorTotal: b.prior_total === null ? null : fenToYuan(b.prior_total),
      priorCaps: b.prior_caps ? JSON.parse(b.prior_caps) as Record<string, string> : null,
      agencyOperating: b.agency_amount === null ? null : {
        amount: fenToYuan(b.agency_amount), priorYear: b.agency_prior === null ? null : fenToYuan(b.agency_prior), functional: JSON.parse(b.agency_functional ?? '[]') as string[],
      },
    } : null,
  };
}
