import { upsertAdd, upsertReplace } from '../bulk';
import type { ReadModelKysely } from '../database';
import { yuanToFen } from '../fen';
import type { EventMeta, Projection, RecordedStoredEvent } from '../projection';

/** `sangong-426-2023` / `procurement-426-2023`: the department and year a stream is about (its events do not repeat them). */
export function departmentYearOf(streamId: string): { department: string; fiscalYear: number } {
  const m = /^[a-z]+-(.+)-(\d{4})$/.exec(streamId);
  if (!m) throw new Error(`stream ${streamId} names no department and fiscal year`);
  return { department: m[1], fiscalYear: Number(m[2]) };
}

interface SanGongBatch {
  readonly budgets: Record<string, unknown>[];
  readonly caps: Record<string, unknown>[];
  readonly spending: Map<string, { fiscal_year: number; department: string; unit: string; category: string; date: string; spent: bigint; released: bigint; payments: number }>;
}

/**
 * 三公经费 (表四): caps as set by the budget and revised since (each in force from its date), and what payments used,
 * per unit, category and effective date, so that execution against the caps is a SUM with `date <= asOf`.
 */
export const sanGongProjection: Projection<SanGongBatch> = {
  name: 'sangong',
  handles: new Set(['SanGongBudgetSet.v1', 'SanGongCapRevised.v1', 'SanGongSpent.v1', 'SanGongReleased.v1']),
  tables: ['sangong_budgets', 'sangong_caps', 'sangong_spending'],
  createBatch: () => ({ budgets: [], caps: [], spending: new Map() }),

  apply(batch: SanGongBatch, event: RecordedStoredEvent, meta: EventMeta): void {
    const { department, fiscalYear } = departmentYearOf(event.streamId);
    const cap = (unit: string, category: string, amount: string, extra: Record<string, unknown> = {}) => batch.caps.push({
      fiscal_year: fiscalYear, department, unit, category, position: event.position, date: meta.effectiveDate, cap: yuanToFen(amount),
      previous: null, reason: null, document_no: null, actor: meta.actor, recorded_at: meta.recordedAt, ...extra,
    });
    switch (event.type) {
      case 'SanGongBudgetSet.v1': {
        const d = event.data;
        for (const [category, amount] of Object.entries(d.caps)) cap('', category, amount);
        for (const u of d.unitCaps) for (const [category, amount] of Object.entries(u.caps)) cap(u.unit, category, amount);
        batch.budgets.push({
          fiscal_year: fiscalYear, department, import_id: d.importId, prior_year: d.priorYear?.fiscalYear ?? null,
          prior_total: d.priorYear ? yuanToFen(d.priorYear.total) : null, prior_caps: d.priorYear ? JSON.stringify(d.priorYear.caps) : null,
          agency_amount: d.agencyOperatingExpenses ? yuanToFen(d.agencyOperatingExpenses.amount) : null,
          agency_prior: d.agencyOperatingExpenses?.priorYear ? yuanToFen(d.agencyOperatingExpenses.priorYear) : null,
          agency_functional: d.agencyOperatingExpenses ? JSON.stringify(d.agencyOperatingExpenses.functional) : null, position: event.position,
        });
        return;
      }
      case 'SanGongCapRevised.v1': {
        const d = event.data;
        cap(d.unit ?? '', d.category, d.cap, { previous: d.previous === null ? null : yuanToFen(d.previous), reason: d.reason, document_no: d.documentNo });
        return;
      }
      case 'SanGongSpent.v1':
      case 'SanGongReleased.v1': {
        const d = event.data;
        const k = [fiscalYear, department, d.unit, d.category, meta.effectiveDate].join('\u0000');
        let row = batch.spending.get(k);
        if (!row) batch.spending.set(k, (row = { fiscal_year: fiscalYear, department, unit: d.unit, category: d.category, date: meta.effectiveDate, spent: 0n, released: 0n, payments: 0 }));
        if (event.type === 'SanGongSpent.v1') { row.spent += yuanToFen(d.amount); row.payments += 1; } else row.released += yuanToFen(d.amount);
        return;
      }
      default:
    }
  },

  async flush(db: ReadModelKysely, batch: SanGongBatch): Promise<void> {
    await upsertReplace(db, 'sangong_budgets', ['fiscal_year', 'department'], batch.budgets);
    await upsertReplace(db, 'sangong_caps', ['fiscal_year', 'department', 'unit', 'category', 'position'], batch.caps);
    await upsertAdd(db, 'sangong_spending', ['fiscal_year', 'department', 'unit', 'category', 'date'], ['spent', 'released', 'payments'], [...batch.spending.values()]);
  },
};
