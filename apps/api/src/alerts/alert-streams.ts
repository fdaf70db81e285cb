import { Injectable } from '@nestjs/common';
import { AlertCommand, AlertEvent, AlertObservation, AlertState, DomainError, alertDecider, alertStreamId, parseAlertId } from '@app/domain';
import { INCIDENT_RULES } from '@app/alerting';
import { StreamWrite } from '@app/event-store';
import { CommandContext, AggregateStore, envelope } from '@app/kernel';
import { assertAlertInScope } from './alert-scope';

export interface LoadedAlert {
  readonly alertId: string;
  readonly streamId: string;
  readonly state: AlertState;
  readonly revision: number;
  /** the responsible unit and the units whose records drive it, from the raise */
  readonly unit: string | null;
  readonly units: readonly string[];
}

/** An alert's stream for a command on it (acknowledge, silence): found, in the caller's scope, folded. */
@Injectable()
export class AlertStreams {
  constructor(private readonly aggregates: AggregateStore) {}

  async load(alertId: string, ctx: CommandContext, field = 'alertId'): Promise<LoadedAlert> {
    const id = parseAlertId(alertId);
    if (!id) throw DomainError.notFound('ALERT_NOT_FOUND', field, `no alert ${alertId}`);
    const streamId = alertStreamId(id.rule, id.subjectKey);
    const { state, revision } = await this.aggregates.load(streamId, alertDecider);
    const raised = (await this.aggregates.store.readStream(streamId)).find((e) => e.type === 'AlertRaised.v1' && (e.data as { alertId: string }).alertId === alertId);
    if (!raised) throw DomainError.notFound('ALERT_NOT_FOUND', field, `no alert ${alertId}`);
    const o = (raised.data as { observation: AlertObservation }).observation;
    const units = [...new Set([...(o.unit ? [o.unit] : []), ...(o.drivingUnits ?? [])])];
    assertAlertInScope(ctx.principal, units, field);
    return { alertId, streamId, state, revision, unit: o.unit, units };
  }

  /** 确认: the acknowledgement's events for one loaded alert (an incident is resolved by it). */
  acknowledge(alert: LoadedAlert, note: string, ctx: CommandContext): AlertEvent[] {
    const id = parseAlertId(alert.alertId) as { rule: string };
    const command: AlertCommand = { type: 'AcknowledgeAlert', alertId: alert.alertId, by: ctx.actor, note, now: ctx.now.toISOString(), incident: INCIDENT_RULES.has(id.rule) };
    return alertDecider.decide(command, alert.state, ctx);
  }

  write(alert: LoadedAlert, events: readonly AlertEvent[], ctx: CommandContext): StreamWrite {
    return { streamId: alert.streamId, events: envelope(events, ctx, alert.unit), expectedRevision: ctx.expectedRevision ?? alert.revision };
  }
}
