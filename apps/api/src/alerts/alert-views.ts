import { Inject, Injectable } from '@nestjs/common';
import { AlertFigures, LiveFigures, ruleName, subjectOf } from '@app/alerting';
import { AlertObservation } from '@app/domain';
import { AlertRow, ReadModelDb, openAlertsOf } from '@app/read-models';
import { READ_MODELS, AlertSilencesReader } from '@app/platform';
import { People } from './people';

const figures = (o: Pick<AlertObservation, 'summary' | 'target' | 'actual' | 'expected' | 'measureUnit' | 'asOf' | 'details'>) => ({
  summary: o.summary, target: o.target, actual: o.actual, expected: o.expected, measureUnit: o.measureUnit, asOf: o.asOf, details: o.details ?? [],
});

/**
 * 预警 as the dashboard shows them: names rather than ids, the figures at raise time next to the figures now
 * (the rules run again over the read models), the silence in force and the open alert inhibiting it, if any.
 */
@Injectable()
export class AlertViews {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly live: AlertFigures,
    private readonly silences: AlertSilencesReader, private readonly people: People) {}

  async items(rows: readonly AlertRow[], now = new Date()) {
    if (rows.length === 0) return [];
    const raised = new Map(rows.map((r) => [r.alert_id, JSON.parse(r.raised_observation) as AlertObservation]));
    const [person, unitNames, current, silenced, inhibitors] = await Promise.all([
      this.people.resolver(),
      this.rm.db.selectFrom('ref_units').select(['code', 'name']).execute().then((us) => new Map(us.map((u) => [u.code, u.name]))),
      this.live.current(rows.map((r) => ({ rule: r.rule, subjectKey: r.subject_key, unit: r.unit, fiscalYear: r.fiscal_year })), now),
      this.silences.activeFor(rows.map((r) => ({ row: r, rule: r.rule, subjectKey: r.subject_key, unit: r.unit })), now),
      openAlertsOf(this.rm.db, [...new Set([...raised.values()].flatMap((o) => o.inhibitedBy ?? []))]),
    ]);
    const silenceOf = new Map([...silenced].map(([k, s]) => [k.row.alert_id, s]));
    const inhibitorOf = new Map(inhibitors.map((a) => [`${a.rule}.${a.subject_key}`, a]));
    return rows.map((r) => {
      const atRaise = raised.get(r.alert_id) as AlertObservation;
      const now: LiveFigures | undefined = current.get(subjectOf({ rule: r.rule, subjectKey: r.subject_key }));
      const silence = silenceOf.get(r.alert_id);
      const inhibitor = r.status === 'open' ? (atRaise.inhibitedBy ?? []).map((k) => inhibitorOf.get(k)).find((a) => a !== undefined) : undefined;
      return {
        alertId: r.alert_id, rule: r.rule, ruleName: ruleName(r.rule), subjectKey: r.subject_key, subjectKind: r.subject_kind, subjectName: r.subject_name,
        unit: r.unit, unitName: r.unit ? unitNames.get(r.unit) ?? r.unit : null,
        drivingUnits: r.units.filter((u) => u !== r.unit).map((code) => ({ code, name: unitNames.get(code) ?? code })),
        fiscalYear: r.fiscal_year, severity: r.severity, status: r.status, acknowledged: r.acknowledged === 1,
        acknowledgedBy: person(r.acknowledged_by), acknowledgedAt: r.acknowledged_at, acknowledgementNote: r.ack_note,
        raisedAt: r.raised_at, escalatedAt: r.escalated_at, lastNotifiedAt: r.last_notified_at, resolvedAt: r.resolved_at, resolvedHow: r.resolved_how,
        link: r.link, deviationReason: r.deviation_reason,
        // the figures last recorded with the alert (at raise, escalation, reminder)
        summary: r.summary, target: r.target, actual: r.actual, expected: r.expected, measureUnit: r.measure_unit, asOf: r.as_of,
        atRaise: figures(atRaise),
        now: now ? { ...figures(now.observation), holds: now.holds, severity: now.severity } : null,
        silencedBy: silence ? { silenceId: silence.silenceId, endsAt: silence.endsAt, reason: silence.reason, by: person(silence.by) } : null,
        inhibitedBy: inhibitor ? { alertId: inhibitor.alert_id, subjectName: inhibitor.subject_name } : null,
      };
    });
  }
}

export type AlertItem = Awaited<ReturnType<AlertViews['items']>>[number];
