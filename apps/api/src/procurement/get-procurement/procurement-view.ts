import { Money, PROCUREMENT_CATEGORIES, PROCUREMENT_LETTERS, PROCUREMENT_NAMES, ProcurementCategory, toYuanString } from '@app/domain';
import { ReadModelDb, procurementExecution } from '@app/read-models';

export interface Figures { readonly budget: string; readonly executed: string; readonly remaining: string }

/** 政府采购 execution as the page and 表九 show it: 合计, by 品目, by item (project), and what was paid with no budget. */
export interface ProcurementView {
  readonly fiscalYear: number;
  readonly asOf: string;
  readonly policy: string | null;
  readonly total: Figures;
  readonly byCategory: readonly (Figures & { readonly category: string; readonly letter: string; readonly name: string })[];
  readonly items: readonly (Figures & {
    readonly itemId: string; readonly lineId: string; readonly unit: string; readonly unitName: string; readonly project: string | null;
    readonly projectName: string | null; readonly category: string; readonly categoryName: string; readonly name: string; readonly payments: number;
    readonly fundingSources: Readonly<Record<string, string>>;
  })[];
  readonly unbudgeted: readonly { readonly lineId: string; readonly unit: string; readonly category: string; readonly executed: string; readonly payments: number }[];
}

const figures = (budget: Money, executed: Money): Figures => ({ budget: toYuanString(budget), executed: toYuanString(executed), remaining: toYuanString(budget.minus(executed)) });

export async function procurementView(rm: ReadModelDb, q: { fiscalYear: number; asOf: string; units?: readonly string[] }): Promise<ProcurementView> {
  const e = await procurementExecution(rm.db, q);
  const names = new Map((await rm.db.selectFrom('ref_units').select(['code', 'name', 'short_name']).execute()).map((u) => [u.code, u.short_name ?? u.name]));
  const unbudgeted = e.unbudgeted.reduce((a: Money, u) => a.plus(u.executed), new Money(0));
  const sum = (items: typeof e.items, f: (i: (typeof e.items)[number]) => string) => items.reduce((a: Money, i) => a.plus(f(i)), new Money(0));
  return {
    fiscalYear: q.fiscalYear, asOf: q.asOf, policy: e.policy,
    total: figures(sum(e.items, (i) => i.budget), sum(e.items, (i) => i.executed).plus(unbudgeted)),
    byCategory: PROCUREMENT_CATEGORIES.map((c) => {
      const of = e.items.filter((i) => i.category === c);
      const extra = e.unbudgeted.filter((u) => u.category === c).reduce((a: Money, u) => a.plus(u.executed), new Money(0));
      return { category: c, letter: PROCUREMENT_LETTERS[c], name: PROCUREMENT_NAMES[c], ...figures(sum(of, (i) => i.budget), sum(of, (i) => i.executed).plus(extra)) };
    }),
    items: e.items.map((i) => ({
      ...i, unitName: names.get(i.unit) ?? i.unit, categoryName: PROCUREMENT_NAMES[i.category as ProcurementCategory] ?? i.category,
    })),
    unbudgeted: e.unbudgeted,
  };
}
