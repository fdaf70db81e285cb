import { Injectable } from '@nestjs/common';
import { AlertEvent, AlertState, DomainError, alertDecider, alertStreamId, parseAlertId } from '@app/domain';
import { INCIDENT_RULES } from '@app/alerting';
import { CommandContext, Decision, StreamRef } from '@app/kernel';
import { assertAlertInScope } from './alert-scope';

/** An alert's stream for a command on it (acknowledge, silence). */
export function alertStream(alertId: string, field = 'alertId'): StreamRef<AlertState, AlertEvent> {
  const id = parseAlertId(alertId);
  if (!id) throw DomainError.notFound('ALERT_NOT_FOUND', field, `no alert ${alertId}`);
  return { streamId: alertStreamId(id.rule, id.subjectKey), reducer: alertDecider };
}

/** The alert exists (this very alert, not an earlier or later one of its subject) and the caller may act on it. */
export function assertAlertFound(alertId: string, state: AlertState, ctx: CommandContext, field = 'alertId'): void {
  const id = parseAlertId(alertId);
  if (!id || state.sequence < id.sequence || state.sequence === 0) throw DomainError.notFound('ALERT_NOT_FOUND', field, `no alert ${alertId}`);
  if (state.alertId === alertId) assertAlertInScope(ctx.principal, state.units, field);
}

/** 确认: the acknowledgement of one alert (an incident is resolved by it), as a decision on its stream. */
@Injectable()
export class AlertStreams {
  acknowledge(alertId: string, state: AlertState, note: string, ctx: CommandContext, field = 'alertId'): Decision<AlertEvent> {
    assertAlertFound(alertId, state, ctx, field);
    const rule = (parseAlertId(alertId) as { rule: string }).rule;
    const events = alertDecider.decide({ type: 'AcknowledgeAlert', alertId, by: ctx.actor, note, now: ctx.now.toISOString(), incident: INCIDENT_RULES.has(rule) }, state, ctx);
    return { events, unit: state.unit };
  }
}
