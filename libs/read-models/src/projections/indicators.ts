import { insertRows } from '../bulk';
import type { ReadModelKysely } from '../database';
import type { EventMeta, Projection, RecordedStoredEvent } from '../projection';

type Row = Record<string, unknown>;
interface IndicatorsBatch { readonly defined: Row[]; readonly targets: Row[]; readonly reports: Row[] }

/**
 * 绩效指标: definitions, target revisions (each with its effective date, so the target in force on any date
 * can be found) and progress reports (填报) with their as-of date, value or grade, 偏差原因 and when they were
 * recorded. Nothing is overwritten: the history is the table.
 */
export const indicatorsProjection: Projection<IndicatorsBatch> = {
  name: 'indicators',
  handles: new Set(['IndicatorDefined.v1', 'IndicatorTargetRevised.v1', 'IndicatorProgressReported.v1']),
  tables: ['indicators', 'indicator_targets', 'indicator_reports'],
  createBatch: () => ({ defined: [], targets: [], reports: [] }),

  apply(batch: IndicatorsBatch, event: RecordedStoredEvent, meta: EventMeta): void {
    switch (event.type) {
      case 'IndicatorDefined.v1': {
        const d = event.data;
        batch.defined.push({
          indicator_id: d.indicatorId, fiscal_year: d.fiscalYear, department: d.department, scope: d.scope, project: d.project, unit: d.unit,
          level1: d.level1, level2: d.level2, name: d.name, comparator: d.comparator, target: d.target, target_text: d.targetText,
          measure_unit: d.measureUnit, weight: d.weight, kind: d.kind, metric: d.metric, subsidy_category: d.subsidyCategory,
          import_id: d.importId, defined_on: meta.effectiveDate, position: event.position,
        });
        return;
      }
      case 'IndicatorTargetRevised.v1': {
        const d = event.data;
        batch.targets.push({
          indicator_id: d.indicatorId, fiscal_year: fiscalYearOfStream(event), position: event.position, effective_date: meta.effectiveDate, target: d.target,
          target_text: d.targetText, previous_target: d.previousTarget, reason: d.reason, recorded_at: meta.recordedAt,
        });
        return;
      }
      case 'IndicatorProgressReported.v1': {
        const d = event.data;
        batch.reports.push({
          indicator_id: d.indicatorId, fiscal_year: fiscalYearOfStream(event), position: event.position, as_of: d.asOf, value: d.value, grade: d.grade,
          deviation_reason: d.deviationReason, note: d.note, recorded_at: meta.recordedAt, actor: meta.actor,
        });
      }
    }
  },

  async flush(db: ReadModelKysely, batch: IndicatorsBatch): Promise<void> {
    await insertRows(db, 'indicators', batch.defined);
    await insertRows(db, 'indicator_targets', batch.targets);
    await insertRows(db, 'indicator_reports', batch.reports);
  },
};

/** Indicator ids repeat from year to year (P09-01 in 2023 and 2024): the year comes from the stream `indicator-{year}-{id}`. */
function fiscalYearOfStream(event: RecordedStoredEvent): number {
  const year = /^indicator-(\d{4})-/.exec(event.streamId)?.[1];
  if (year === undefined) throw new Error(`event ${event.id} (${event.type}) is not on an indicator stream: ${event.streamId}`);
  return Number(year);
}
