import { insertRows, upsertAdd } from '../bulk';
import type { ReadModelKysely } from '../database';
import { yuanToFen } from '../fen';
import type { EventMeta, Projection, RecordedStoredEvent } from '../projection';

type Row = Record<string, unknown>;
interface PlansBatch {
  readonly plans: Row[];
  /** keyed `${lineId}\u0000${date}`: one row per line and effective date */
  readonly appropriations: Map<string, { line_id: string; date: string; amount: bigint }>;
  readonly exceedances: Row[];
}

const SIGN: Readonly<Record<string, 1n | -1n>> = {
  'AppropriationEstablished.v1': 1n, 'AppropriationIncreased.v1': 1n, 'AppropriationTransferredIn.v1': 1n,
  'AppropriationDecreased.v1': -1n, 'AppropriationTransferredOut.v1': -1n,
};

/**
 * 用款计划: the plans filed (every revision, with who filed it and when), each line's appropriation changes by
 * effective date (what a plan no longer covers after a 追加/调减/调剂 is computed from them), and the 超计划支付
 * warnings. A projection of its own (its own checkpoint): the plan queries join `lines` of the execution projection
 * at read time only.
 */
export const plansProjection: Projection<PlansBatch> = {
  name: 'plans',
  handles: new Set(['SpendingPlanFiled.v1', 'PlanExceededWarned.v1', ...Object.keys(SIGN)]),
  tables: ['spending_plans', 'plan_appropriations', 'plan_exceedances'],
  createBatch: () => ({ plans: [], appropriations: new Map(), exceedances: [] }),

  apply(batch: PlansBatch, event: RecordedStoredEvent, meta: EventMeta): void {
    const date = meta.effectiveDate;
    switch (event.type) {
      case 'SpendingPlanFiled.v1': {
        const d = event.data;
        batch.plans.push({
          line_id: d.lineId, revision: d.revision, fiscal_year: Number(date.slice(0, 4)), effective_date: date,
          ...Object.fromEntries(d.months.map((m, i) => [`m${String(i + 1).padStart(2, '0')}`, yuanToFen(m)])),
          total: yuanToFen(d.total), reason: d.reason, actor: meta.actor, recorded_at: meta.recordedAt, position: event.position,
        });
        return;
      }
      case 'PlanExceededWarned.v1': {
        const d = event.data;
        batch.exceedances.push({
          line_id: d.lineId, disbursement_id: d.disbursementId, date, month: d.month, planned: yuanToFen(d.plannedToDate), paid: yuanToFen(d.paidToDate),
          requested: yuanToFen(d.requested), excess: yuanToFen(d.excess), position: event.position,
        });
        return;
      }
      case 'AppropriationEstablished.v1': case 'AppropriationIncreased.v1': case 'AppropriationDecreased.v1':
      case 'AppropriationTransferredIn.v1': case 'AppropriationTransferredOut.v1': {
        const key = `${event.data.lineId}\u0000${date}`;
        const row = batch.appropriations.get(key) ?? { line_id: event.data.lineId, date, amount: 0n };
        row.amount += SIGN[event.type] * yuanToFen(event.data.amount);
        batch.appropriations.set(key, row);
      }
    }
  },

  async flush(db: ReadModelKysely, batch: PlansBatch): Promise<void> {
    await insertRows(db, 'spending_plans', batch.plans);
    await upsertAdd(db, 'plan_appropriations', ['line_id', 'date'], ['amount'], [...batch.appropriations.values()]);
    await insertRows(db, 'plan_exceedances', batch.exceedances);
  },
};
