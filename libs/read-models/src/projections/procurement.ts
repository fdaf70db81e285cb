import { upsertAdd, upsertReplace } from '../bulk';
import type { ReadModelKysely } from '../database';
import { yuanToFen } from '../fen';
import type { EventMeta, Projection, RecordedStoredEvent } from '../projection';
import { departmentYearOf } from './sangong';

interface ProcurementBatch {
  readonly budgets: Record<string, unknown>[];
  readonly items: Record<string, unknown>[];
  readonly spending: Map<string, { fiscal_year: number; department: string; item_id: string; line_id: string; unit: string; category: string; date: string; drawn: bigint; released: bigint; payments: number }>;
}

/**
 * 政府采购预算 (表九): the items (a line's procurement of one 品目, with its funding sources) and what procurement
 * payments drew on them per effective date; a payment with no budget (warn policy) is kept under item ''.
 */
export const procurementProjection: Projection<ProcurementBatch> = {
  name: 'procurement',
  handles: new Set(['ProcurementBudgetSet.v1', 'ProcurementDrawn.v1', 'ProcurementReleased.v1']),
  tables: ['procurement_budgets', 'procurement_items', 'procurement_spending'],
  createBatch: () => ({ budgets: [], items: [], spending: new Map() }),

  apply(batch: ProcurementBatch, event: RecordedStoredEvent, meta: EventMeta): void {
    const { department, fiscalYear } = departmentYearOf(event.streamId);
    if (event.type === 'ProcurementBudgetSet.v1') {
      const d = event.data;
      batch.budgets.push({ fiscal_year: fiscalYear, department, import_id: d.importId, policy: d.policy, position: event.position });
      for (const i of d.items) {
        batch.items.push({
          fiscal_year: fiscalYear, item_id: i.itemId, department, line_id: i.lineId, unit: i.unit, project: i.project, project_name: i.projectName,
          category: i.category, name: i.name, amount: yuanToFen(i.amount), funding: JSON.stringify(i.fundingSources), whole_line: i.wholeLine ? 1 : 0,
        });
      }
      return;
    }
    if (event.type !== 'ProcurementDrawn.v1' && event.type !== 'ProcurementReleased.v1') return;
    const d = event.data;
    const row = { fiscal_year: fiscalYear, department, item_id: d.itemId ?? '', line_id: d.lineId, unit: d.unit, category: d.category ?? '', date: meta.effectiveDate };
    const k = [row.fiscal_year, row.department, row.item_id, row.line_id, row.category, row.date].join('\u0000');
    let r = batch.spending.get(k);
    if (!r) batch.spending.set(k, (r = { ...row, drawn: 0n, released: 0n, payments: 0 }));
    if (event.type === 'ProcurementDrawn.v1') { r.drawn += yuanToFen(d.amount); r.payments += 1; } else r.released += yuanToFen(d.amount);
  },

  async flush(db: ReadModelKysely, batch: ProcurementBatch): Promise<void> {
    await upsertReplace(db, 'procurement_budgets', ['fiscal_year', 'department'], batch.budgets);
    await upsertReplace(db, 'procurement_items', ['fiscal_year', 'item_id'], batch.items);
    await upsertAdd(db, 'procurement_spending', ['fiscal_year', 'department', 'item_id', 'line_id', 'category', 'date'], ['drawn', 'released', 'payments'],
      [...batch.spending.values()]);
  },
};
