import type { FiscalYearEvent } from '@app/domain';
import { insertRows, upsertReplace } from '../bulk';
import type { ReadModelKysely } from '../database';
import { yuanToFen } from '../fen';
import type { EventMeta, Projection, RecordedStoredEvent } from '../projection';

type Op = { readonly event: FiscalYearEvent; readonly meta: EventMeta; readonly position: number };
interface YearEndBatch { readonly ops: Op[] }

const KIND: Readonly<Record<FiscalYearEvent['type'], string>> = {
  'FiscalYearLocked.v1': 'locked', 'FiscalYearClosed.v1': 'closed', 'FiscalYearCloseAbandoned.v1': 'abandoned', 'FiscalYearReopened.v1': 'reopened',
};

/**
 * 年终结账: each fiscal year's status and its last close (结转结余 per line, frozen 自评 scores, totals), with the
 * history of locks, closes and reopenings (who, when, why). Applied in event order, one statement at a time:
 * closes are rare and a later close replaces an earlier one's rows.
 */
export const yearEndProjection: Projection<YearEndBatch> = {
  name: 'year-end',
  handles: new Set(Object.keys(KIND)),
  tables: ['fiscal_years', 'fiscal_year_events', 'year_end_lines', 'year_end_scores'],
  createBatch: () => ({ ops: [] }),

  apply(batch: YearEndBatch, event: RecordedStoredEvent, meta: EventMeta): void {
    switch (event.type) {
      case 'FiscalYearLocked.v1': case 'FiscalYearClosed.v1': case 'FiscalYearCloseAbandoned.v1': case 'FiscalYearReopened.v1':
        batch.ops.push({ event: { type: event.type, data: event.data, effectiveDate: meta.effectiveDate } as FiscalYearEvent, meta, position: event.position });
    }
  },

  async flush(db: ReadModelKysely, batch: YearEndBatch): Promise<void> {
    for (const op of batch.ops) await applyOp(db, op);
  },
};

async function applyOp(db: ReadModelKysely, { event, meta, position }: Op): Promise<void> {
  const year = event.data.fiscalYear;
  const reason = 'reason' in event.data ? event.data.reason : event.type === 'FiscalYearCloseAbandoned.v1' ? `${event.data.code}: ${event.data.message}` : null;
  await insertRows(db, 'fiscal_year_events', [{
    fiscal_year: year, position, kind: KIND[event.type], actor: meta.actor, recorded_at: meta.recordedAt, effective_date: meta.effectiveDate, reason,
  }]);
  switch (event.type) {
    case 'FiscalYearLocked.v1':
      await upsertReplace(db, 'fiscal_years', ['fiscal_year'], [{
        fiscal_year: year, status: 'closing', reason: event.data.reason, early: event.data.early ? 1 : 0, rules: JSON.stringify(event.data.rules),
        locked_on: meta.effectiveDate, closed_on: null, closed_at: null, closed_by: null, as_of: null, totals: '{}', supplements: '[]', position,
      }]);
      return;
    case 'FiscalYearClosed.v1': {
      const d = event.data;
      await db.updateTable('fiscal_years').set({
        status: 'closed', closed_on: meta.effectiveDate, closed_at: meta.recordedAt, closed_by: meta.actor, as_of: d.asOf,
        totals: JSON.stringify(d.totals), supplements: JSON.stringify(d.supplements), position,
      }).where('fiscal_year', '=', year).execute();
      await db.deleteFrom('year_end_lines').where('fiscal_year', '=', year).execute();
      await db.deleteFrom('year_end_scores').where('fiscal_year', '=', year).execute();
      await insertRows(db, 'year_end_lines', d.lines.map((l) => ({
        fiscal_year: year, line_id: l.lineId, appropriated: yuanToFen(l.appropriated), disbursed: yuanToFen(l.disbursed), unspent: yuanToFen(l.unspent),
        advances: yuanToFen(l.advancesOutstanding), carried: yuanToFen(l.carriedForward), lapsed: yuanToFen(l.lapsed), fate: l.fate, decided_by: l.decidedBy,
        carried_to: l.carriedTo,
      })));
      await insertRows(db, 'year_end_scores', d.scores.map((s) => ({
        fiscal_year: year, scope: s.scope, code: s.code, name: s.name, score: s.score, out_of: s.outOf, grade: s.grade, goal_light: s.goalLight,
        execution_rate: s.executionRate, execution_points: s.executionPoints, indicators: JSON.stringify(s.indicators),
      })));
      return;
    }
    case 'FiscalYearCloseAbandoned.v1':
    case 'FiscalYearReopened.v1':
      await db.updateTable('fiscal_years').set({ status: 'open', position }).where('fiscal_year', '=', year).execute();
  }
}
