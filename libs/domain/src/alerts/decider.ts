import { DecisionContext, assertNever } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { AlertEvent, AlertObservation, AlertSeverity, alertIdOf, parseAlertId } from './events';

/** How a rule's alerts behave (Alertmanager's `for`, `repeat_interval`; incidents for one-off facts). */
export interface AlertPolicy {
  /** consecutive evaluations the condition must hold before it raises (1 = at once) */
  readonly raiseAfterEvaluations: number;
  /** and for at least this long since first seen */
  readonly raiseAfterMinutes: number;
  /** re-notify an open, unacknowledged alert after this long */
  readonly repeatIntervalHours: number;
  /** an incident (e.g. an overspend attempt) is raised by a fact, not by a lasting condition: no reminders, never cleared by evaluation, resolved by acknowledgement */
  readonly incident: boolean;
}

export type AlertCommand =
  | {
    readonly type: 'EvaluateAlertCondition'; readonly rule: string; readonly subjectKey: string;
    /** null: the condition does not hold */
    readonly condition: { readonly severity: AlertSeverity; readonly observation: AlertObservation } | null;
    /** the figures as they stand when the condition does not hold: a resolved alert says what the figure is now */
    readonly observation?: AlertObservation;
    readonly now: string; readonly policy: AlertPolicy;
  }
  /** `incident`: the rule's policy says acknowledging also resolves it */
  | { readonly type: 'AcknowledgeAlert'; readonly alertId: string; readonly by: string; readonly note: string; readonly now: string; readonly incident: boolean };

export interface AlertState {
  readonly status: 'none' | 'pending' | 'open' | 'resolved';
  /** alerts raised so far in this stream */
  readonly sequence: number;
  readonly alertId: string | null;
  readonly severity: AlertSeverity | null;
  readonly pendingSince: string | null;
  readonly pendingCount: number;
  readonly lastNotifiedAt: string | null;
  readonly acknowledged: boolean;
  /** the responsible unit of the open (or last) alert, null for the department's own subjects */
  readonly unit: string | null;
  /** the units it concerns: the responsible one and those whose records drive it (who may read and act on it) */
  readonly units: readonly string[];
}

export const initialAlertState = (): AlertState => ({
  status: 'none', sequence: 0, alertId: null, severity: null, pendingSince: null, pendingCount: 0, lastNotifiedAt: null, acknowledged: false, unit: null, units: [],
});

/** The units an observation concerns: the responsible unit and the units whose records drive the figure. */
export const unitsConcerned = (o: AlertObservation): string[] => [...new Set([...(o.unit ? [o.unit] : []), ...(o.drivingUnits ?? [])])];

export function evolveAlert(state: AlertState, event: AlertEvent): AlertState {
  switch (event.type) {
    case 'AlertConditionPending.v1':
      return { ...state, status: 'pending', pendingSince: state.status === 'pending' ? state.pendingSince : event.data.observedAt, pendingCount: event.data.count };
    case 'AlertConditionCleared.v1': return { ...state, status: state.sequence > 0 ? 'resolved' : 'none', pendingSince: null, pendingCount: 0 };
    case 'AlertRaised.v1':
      return {
        status: 'open', sequence: state.sequence + 1, alertId: event.data.alertId, severity: event.data.severity, pendingSince: null, pendingCount: 0,
        lastNotifiedAt: event.data.raisedAt, acknowledged: false, unit: event.data.observation.unit, units: unitsConcerned(event.data.observation),
      };
    case 'AlertEscalated.v1': return { ...state, severity: event.data.to, lastNotifiedAt: event.data.escalatedAt, units: [...new Set([...state.units, ...unitsConcerned(event.data.observation)])] };
    case 'AlertReminded.v1': return { ...state, lastNotifiedAt: event.data.remindedAt, units: [...new Set([...state.units, ...unitsConcerned(event.data.observation)])] };
    case 'AlertAcknowledged.v1': return { ...state, acknowledged: true };
    case 'AlertResolved.v1': return { ...state, status: 'resolved', acknowledged: false };
    default: return assertNever(event);
  }
}

const hours = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;

/**
 * One rule × subject: turns an evaluation's verdict into lifecycle facts. Quiet by design: an evaluation
 * that changes nothing records nothing and tells nobody.
 */
export function decideAlert(command: AlertCommand, state: AlertState, context: DecisionContext): AlertEvent[] {
  const effectiveDate = context.today;
  switch (command.type) {
    case 'EvaluateAlertCondition': {
      const { rule, subjectKey, condition, now, policy } = command;
      if (condition === null) {
        if (state.status === 'pending') return [{ type: 'AlertConditionCleared.v1', effectiveDate, data: { rule, subjectKey, observedAt: now } }];
        if (state.status === 'open' && !policy.incident) {
          return [{ type: 'AlertResolved.v1', effectiveDate, data: { alertId: state.alertId as string, rule, subjectKey, resolvedAt: now, how: 'cleared', observation: command.observation ?? null } }];
        }
        return [];
      }
      const { severity, observation } = condition;
      if (state.status === 'open') {
        const alertId = state.alertId as string;
        if (severity === 'red' && state.severity === 'yellow') {
          return [{ type: 'AlertEscalated.v1', effectiveDate, data: { alertId, rule, subjectKey, from: 'yellow', to: 'red', escalatedAt: now, observation } }];
        }
        const due = !policy.incident && !state.acknowledged && state.lastNotifiedAt !== null && hours(state.lastNotifiedAt, now) >= policy.repeatIntervalHours;
        return due ? [{ type: 'AlertReminded.v1', effectiveDate, data: { alertId, rule, subjectKey, severity: state.severity as AlertSeverity, remindedAt: now, observation } }] : [];
      }
      const count = state.status === 'pending' ? state.pendingCount + 1 : 1;
      const since = state.status === 'pending' ? (state.pendingSince as string) : now;
      const held = count >= policy.raiseAfterEvaluations && hours(since, now) * 60 >= policy.raiseAfterMinutes;
      if (held || policy.incident) {
        return [{ type: 'AlertRaised.v1', effectiveDate, data: { alertId: alertIdOf(rule, subjectKey, state.sequence + 1), rule, subjectKey, severity, raisedAt: now, observation } }];
      }
      return [{ type: 'AlertConditionPending.v1', effectiveDate, data: { rule, subjectKey, severity, observedAt: now, count, observation } }];
    }
    case 'AcknowledgeAlert': {
      if (state.alertId !== command.alertId) throw DomainError.notFound('ALERT_NOT_FOUND', 'alertId', `no alert ${command.alertId}`);
      if (state.status !== 'open') throw DomainError.conflict('ALERT_NOT_OPEN', 'alertId', `alert ${command.alertId} is already resolved`);
      if (state.acknowledged) throw DomainError.conflict('ALERT_ALREADY_ACKNOWLEDGED', 'alertId', `alert ${command.alertId} is already acknowledged`);
      const note = command.note.trim();
      if (note.length === 0 || note.length > 1000) throw DomainError.invalid('INVALID_NOTE', 'note', 'say in a note (1–1000 characters) what is being done about it');
      const { rule, subjectKey } = parseAlertId(command.alertId) as { rule: string; subjectKey: string };
      const ref = { alertId: command.alertId, rule, subjectKey };
      const acknowledged: AlertEvent = { type: 'AlertAcknowledged.v1', effectiveDate, data: { ...ref, by: command.by, note, acknowledgedAt: command.now } };
      if (!command.incident) return [acknowledged];
      return [acknowledged, { type: 'AlertResolved.v1', effectiveDate, data: { ...ref, resolvedAt: command.now, how: 'acknowledged', observation: null } }];
    }
    default: return assertNever(command);
  }
}
