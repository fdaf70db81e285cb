import { insertRows } from '../bulk';
import type { ReadModelKysely } from '../database';
import { yuanToFen } from '../fen';
import type { EventMeta, Projection, RecordedStoredEvent } from '../projection';

interface Resolution { resolved_on: string; resolution: string; amount_settled: bigint | null }
interface CasesBatch {
  /** cases reported in this batch (with their resolution if it came in the same batch) */
  readonly reported: Map<string, Record<string, unknown>>;
  /** resolutions of cases reported in an earlier batch */
  readonly resolved: Map<string, Resolution>;
}

/**
 * 欠薪案件: one row per case with its report date and, once disposed of (处置), its resolution date, so that
 * 欠薪处置率 (resolved ÷ reported, by count and by amount) is a SUM with `date <= asOf`. The fiscal year is
 * the year of the report date.
 */
export const wageCasesProjection: Projection<CasesBatch> = {
  name: 'wage-cases',
  handles: new Set(['WageArrearsCaseReported.v1', 'WageArrearsCaseResolved.v1']),
  tables: ['wage_cases'],
  createBatch: () => ({ reported: new Map(), resolved: new Map() }),

  apply(batch: CasesBatch, event: RecordedStoredEvent, meta: EventMeta): void {
    if (event.type === 'WageArrearsCaseReported.v1') {
      const d = event.data;
      batch.reported.set(d.caseId, {
        case_id: d.caseId, unit: d.unit, fiscal_year: Number(meta.effectiveDate.slice(0, 4)), reported_on: meta.effectiveDate,
        employer: d.employer, workers: d.workersAffected, amount_owed: yuanToFen(d.amountOwed), resolved_on: null, resolution: null, amount_settled: null,
      });
      return;
    }
    if (event.type !== 'WageArrearsCaseResolved.v1') return;
    const d = event.data;
    const resolution: Resolution = {
      resolved_on: meta.effectiveDate, resolution: d.resolution, amount_settled: d.amountSettled === null ? null : yuanToFen(d.amountSettled),
    };
    const sameBatch = batch.reported.get(d.caseId);
    if (sameBatch) Object.assign(sameBatch, resolution);
    else batch.resolved.set(d.caseId, resolution);
  },

  async flush(db: ReadModelKysely, batch: CasesBatch): Promise<void> {
    await insertRows(db, 'wage_cases', [...batch.reported.values()]);
    for (const [caseId, r] of batch.resolved) {
      // resolutions are rare next to payments: one UPDATE each is fine
      await db.updateTable('wage_cases').set(r).where('case_id', '=', caseId).execute();
    }
  },
};
