import { sql } from 'kysely';
import type { ReadModelKysely } from '../database';
import { fenToYuan, toFen, toInt } from '../fen';

/** A row of 表九 with its execution: budget, executed (drawn net of reversals) and what remains, 元. */
export interface ProcurementItemFigures {
  readonly itemId: string;
  readonly lineId: string;
  readonly unit: string;
  readonly project: string | null;
  readonly projectName: string | null;
  /** goods | works | services */
  readonly category: string;
  readonly name: string;
  readonly budget: string;
  readonly executed: string;
  readonly remaining: string;
  readonly payments: number;
  /** 资金来源 → 元, as budgeted */
  readonly fundingSources: Readonly<Record<string, string>>;
}

export interface ProcurementExecution {
  readonly asOf: string;
  /** what a payment beyond the budget meets; null: no procurement budget was imported */
  readonly policy: string | null;
  readonly items: readonly ProcurementItemFigures[];
  /** procurement paid with no budget for it (allowed only under the warn policy), by line and 品目 ('' = not named) */
  readonly unbudgeted: readonly { readonly lineId: string; readonly unit: string; readonly category: string; readonly executed: string; readonly payments: number }[];
}

/** 政府采购预算 by item (project and 品目) against procurement payments dated on or before asOf. */
export async function procurementExecution(db: ReadModelKysely, q: { readonly fiscalYear: number; readonly asOf: string; readonly units?: readonly string[] }): Promise<ProcurementExecution> {
  let items = db.selectFrom('procurement_items').selectAll().where('fiscal_year', '=', q.fiscalYear);
  if (q.units !== undefined) items = items.where('unit', 'in', ['', ...q.units]);
  let spend = db.selectFrom('procurement_spending').where('fiscal_year', '=', q.fiscalYear).where('date', '<=', q.asOf);
  if (q.units !== undefined) spend = spend.where('unit', 'in', ['', ...q.units]);
  const [itemRows, spendRows, budget] = await Promise.all([
    items.orderBy('item_id').execute(),
    spend.select([
      'item_id', 'line_id', sql<string>`max(unit)`.as('unit'), 'category', sql<string>`cast(sum(drawn) - sum(released) as text)`.as('executed'),
      sql<string>`cast(sum(payments) as text)`.as('payments'),
    ]).groupBy(['item_id', 'line_id', 'category']).execute(),
    db.selectFrom('procurement_budgets').select('policy').where('fiscal_year', '=', q.fiscalYear).orderBy('position').limit(1).executeTakeFirst(),
  ]);
  const byItem = new Map<string, { executed: bigint; payments: number }>();
  for (const s of spendRows.filter((r) => r.item_id !== '')) {
    const e = byItem.get(s.item_id) ?? { executed: 0n, payments: 0 };
    byItem.set(s.item_id, { executed: e.executed + toFen(s.executed), payments: e.payments + toInt(s.payments) });
  }
  return {
    asOf: q.asOf, policy: budget?.policy ?? null,
    items: itemRows.map((i) => {
      const e = byItem.get(i.item_id) ?? { executed: 0n, payments: 0 };
      return {
        itemId: i.item_id, lineId: i.line_id, unit: i.unit, project: i.project, projectName: i.project_name, category: i.category, name: i.name,
        budget: fenToYuan(i.amount), executed: fenToYuan(e.executed), remaining: fenToYuan(toFen(i.amount) - e.executed), payments: e.payments,
        fundingSources: JSON.parse(i.funding) as Record<string, string>,
      };
    }),
    unbudgeted: spendRows.filter((r) => r.item_id === '').map((r) => ({ lineId: r.line_id, unit: r.unit, category: r.category, executed: fenToYuan(r.executed), payments: toInt(r.payments) })),
  };
}
