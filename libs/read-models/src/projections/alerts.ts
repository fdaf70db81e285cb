import type { AlertObservation } from '@app/domain';
import { upsertReplace } from '../bulk';
import type { ReadModelKysely } from '../database';
import type { EventMeta, Projection, RecordedStoredEvent } from '../projection';
import type { AlertsTable } from '../schema';

type Row = Partial<AlertsTable> & { alert_id: string };
/** alerts touched in this batch: complete rows for those raised in it, column changes for older ones; the units they concern */
interface AlertsBatch { readonly rows: Map<string, { raised: boolean; row: Row }>; readonly units: Map<string, { alert_id: string; unit: string }> }

/** The units an observation concerns: the responsible unit and the units whose records drive the figure. */
const unitsOf = (o: AlertObservation) => [...new Set([...(o.unit ? [o.unit] : []), ...(o.drivingUnits ?? [])])];

const facts = (o: AlertObservation) => ({
  subject_kind: o.subjectKind, subject_name: o.subjectName, unit: o.unit, fiscal_year: o.fiscalYear, summary: o.summary, target: o.target,
  actual: o.actual, expected: o.expected, measure_unit: o.measureUnit, deviation_reason: o.deviationReason, link: o.link, as_of: o.asOf,
});

/** 预警 as the dashboard lists them: open and past alerts with their lifecycle folded into one row each. */
export const alertsProjection: Projection<AlertsBatch> = {
  name: 'alerts',
  handles: new Set(['AlertRaised.v1', 'AlertEscalated.v1', 'AlertReminded.v1', 'AlertAcknowledged.v1', 'AlertResolved.v1']),
  tables: ['alerts', 'alert_units'],
  createBatch: () => ({ rows: new Map(), units: new Map() }),

  apply(batch: AlertsBatch, e: RecordedStoredEvent, _meta: EventMeta): void {
    switch (e.type) {
      case 'AlertRaised.v1': case 'AlertEscalated.v1': case 'AlertReminded.v1': case 'AlertAcknowledged.v1': case 'AlertResolved.v1': break;
      default: return;
    }
    const id = e.data.alertId;
    const entry = batch.rows.get(id) ?? { raised: false, row: { alert_id: id } };
    batch.rows.set(id, entry);
    const observation = 'observation' in e.data ? e.data.observation : null;
    for (const unit of observation ? unitsOf(observation) : []) batch.units.set(`${id}\u0000${unit}`, { alert_id: id, unit });
    switch (e.type) {
      case 'AlertRaised.v1':
        entry.raised = true;
        Object.assign(entry.row, {
          rule: e.data.rule, subject_key: e.data.subjectKey, severity: e.data.severity, status: 'open', acknowledged: 0, acknowledged_by: null,
          acknowledged_at: null, ack_note: null, raised_at: e.data.raisedAt, escalated_at: null, last_notified_at: e.data.raisedAt, resolved_at: null,
          resolved_how: null, position: e.position, ...facts(e.data.observation), raised_observation: JSON.stringify(e.data.observation),
        });
        return;
      case 'AlertEscalated.v1':
        Object.assign(entry.row, { severity: e.data.to, escalated_at: e.data.escalatedAt, last_notified_at: e.data.escalatedAt, ...facts(e.data.observation) });
        return;
      case 'AlertReminded.v1':
        Object.assign(entry.row, { last_notified_at: e.data.remindedAt, ...facts(e.data.observation) });
        return;
      case 'AlertAcknowledged.v1':
        Object.assign(entry.row, { acknowledged: 1, acknowledged_by: e.data.by, acknowledged_at: e.data.acknowledgedAt, ack_note: e.data.note });
        return;
      case 'AlertResolved.v1':
        Object.assign(entry.row, { status: 'resolved', resolved_at: e.data.resolvedAt, resolved_how: e.data.how });
        return;
    }
  },

  async flush(db: ReadModelKysely, batch: AlertsBatch): Promise<void> {
    const raised = [...batch.rows.values()].filter((r) => r.raised).map((r) => r.row as Record<string, unknown>);
    await upsertReplace(db, 'alerts', ['alert_id'], raised);
    await upsertReplace(db, 'alert_units', ['alert_id', 'unit'], [...batch.units.values()]);
    for (const { raised: isNew, row } of batch.rows.values()) {
      if (isNew) continue;
      const { alert_id: id, ...changes } = row;
      // lifecycle changes to older alerts are few (a handful per evaluation): one UPDATE each
      if (Object.keys(changes).length > 0) await db.updateTable('alerts').set(changes as never).where('alert_id', '=', id).execute();
    }
  },
};
