import { Map as IMap } from 'immutable';
import { DecisionContext, DomainEvent, assertNever } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

/** The one stream of silences (few, read whole by whoever sends or lists alerts). */
export const ALERT_SILENCES_STREAM = 'alert-silences';
/** A silence is a pause, not a way to switch a rule off: at most this long. */
export const MAX_SILENCE_DAYS = 90;

export interface SilencedSubject { readonly rule: string; readonly subjectKey: string }

/**
 * 静默: nobody is e-mailed about the matching alerts until `endsAt` (Alertmanager's silences). The alerts
 * themselves are still raised, shown and resolved; only the notices are held back.
 */
export interface AlertSilence {
  readonly silenceId: string;
  /** listed alert subjects (rule × subject) … */
  readonly subjects: readonly SilencedSubject[];
  /** … or every alert of a unit, optionally of one rule only */
  readonly unit: string | null;
  readonly rule: string | null;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly reason: string;
  readonly by: string;
}

export type AlertSilenceCreated = DomainEvent<'AlertSilenceCreated.v1', AlertSilence>;
/** 解除静默 before its end. A silence that reaches its end simply expires: no event, nothing to do. */
export type AlertSilenceLifted = DomainEvent<'AlertSilenceLifted.v1', { readonly silenceId: string; readonly liftedAt: string; readonly by: string; readonly reason: string }>;
export type AlertSilenceEvent = AlertSilenceCreated | AlertSilenceLifted;

export interface SilenceRecord { readonly silence: AlertSilence; readonly liftedAt: string | null; readonly liftedBy: string | null; readonly liftReason: string | null }
export interface AlertSilences { readonly byId: IMap<string, SilenceRecord> }

export type AlertSilenceCommand =
  | { readonly type: 'CreateAlertSilence'; readonly silence: AlertSilence; readonly now: string }
  | { readonly type: 'LiftAlertSilence'; readonly silenceId: string; readonly by: string; readonly reason: string; readonly now: string };

export const noSilences = (): AlertSilences => ({ byId: IMap() });

export function evolveSilences(state: AlertSilences, event: AlertSilenceEvent): AlertSilences {
  switch (event.type) {
    case 'AlertSilenceCreated.v1':
      return { byId: state.byId.set(event.data.silenceId, { silence: event.data, liftedAt: null, liftedBy: null, liftReason: null }) };
    case 'AlertSilenceLifted.v1': {
      const record = state.byId.get(event.data.silenceId);
      if (!record) return state;
      return { byId: state.byId.set(event.data.silenceId, { ...record, liftedAt: event.data.liftedAt, liftedBy: event.data.by, liftReason: event.data.reason }) };
    }
    default: return assertNever(event);
  }
}

export type SilenceStatus = 'active' | 'pending' | 'expired' | 'lifted';

export function silenceStatus(record: SilenceRecord, now: string): SilenceStatus {
  if (record.liftedAt !== null) return 'lifted';
  if (Date.parse(record.silence.endsAt) <= Date.parse(now)) return 'expired';
  return Date.parse(record.silence.startsAt) > Date.parse(now) ? 'pending' : 'active';
}

/** Does the silence cover this alert? */
export function silenceMatches(silence: AlertSilence, alert: { readonly rule: string; readonly subjectKey: string; readonly unit: string | null }): boolean {
  if (silence.subjects.some((s) => s.rule === alert.rule && s.subjectKey === alert.subjectKey)) return true;
  return silence.unit !== null && silence.unit === alert.unit && (silence.rule === null || silence.rule === alert.rule);
}

/** The silence in force now for this alert (the one ending last), if any. */
export function activeSilenceFor(state: AlertSilences, alert: { readonly rule: string; readonly subjectKey: string; readonly unit: string | null }, now: string): AlertSilence | undefined {
  let found: AlertSilence | undefined;
  for (const record of state.byId.values()) {
    if (silenceStatus(record, now) !== 'active' || !silenceMatches(record.silence, alert)) continue;
    if (!found || record.silence.endsAt > found.endsAt) found = record.silence;
  }
  return found;
}

const SUBJECT = /^[a-z_]{1,40}$/;
const KEY = /^[A-Za-z0-9\u4e00-\u9fa5_-]{1,120}$/;

function checkReason(reason: string, field = 'reason'): string {
  const trimmed = reason.trim();
  if (trimmed.length < 2 || trimmed.length > 500) throw DomainError.invalid('INVALID_REASON', field, 'say why (2–500 characters)');
  return trimmed;
}

function checkSilence(s: AlertSilence, now: string): AlertSilence {
  if (s.subjects.length === 0 && s.unit === null) throw DomainError.invalid('SILENCE_MATCHES_NOTHING', 'alertIds', 'name the alerts or the unit to silence');
  if (s.subjects.length > 500) throw DomainError.invalid('TOO_MANY_SUBJECTS', 'alertIds', 'at most 500 alerts in one silence');
  if (s.subjects.some((x) => !SUBJECT.test(x.rule) || !KEY.test(x.subjectKey))) throw DomainError.invalid('INVALID_SUBJECT', 'alertIds', 'not an alert subject');
  if (s.unit !== null && !/^\d{6}$/.test(s.unit)) throw DomainError.invalid('INVALID_UNIT_CODE', 'unit', 'a unit is a 6-digit code');
  if (s.rule !== null && !SUBJECT.test(s.rule)) throw DomainError.invalid('INVALID_RULE', 'rule', 'not a rule id');
  const starts = Date.parse(s.startsAt);
  const ends = Date.parse(s.endsAt);
  if (Number.isNaN(starts) || Number.isNaN(ends)) throw DomainError.invalid('INVALID_DATE', 'endsAt', 'not a date');
  if (ends <= Date.parse(now) || ends <= starts) throw DomainError.invalid('SILENCE_ENDS_IN_PAST', 'endsAt', 'a silence must end after it starts, in the future');
  // a silence to the end of the 90th day from today is 90 days: allow for the rest of today
  if (ends - Math.max(starts, Date.parse(now)) > (MAX_SILENCE_DAYS + 1) * 86_400_000) {
    throw DomainError.invalid('SILENCE_TOO_LONG', 'endsAt', `a silence lasts at most ${MAX_SILENCE_DAYS} days`);
  }
  const unique = [...new Map(s.subjects.map((x) => [`${x.rule}.${x.subjectKey}`, x])).values()];
  return { ...s, subjects: unique, reason: checkReason(s.reason) };
}

/** Silences: created with a reason and an end, lifted early with a reason; expiry is a matter of time. */
export function decideSilences(command: AlertSilenceCommand, state: AlertSilences, context: DecisionContext): AlertSilenceEvent[] {
  const effectiveDate = context.today;
  switch (command.type) {
    case 'CreateAlertSilence': {
      const silence = checkSilence(command.silence, command.now);
      const existing = state.byId.get(silence.silenceId);
      if (existing) {
        // the same request again (a retry, at another instant): recorded once
        const terms = (x: AlertSilence) => JSON.stringify({ ...x, startsAt: undefined });
        if (terms(existing.silence) === terms(silence)) return [];
        throw DomainError.conflict('SILENCE_EXISTS', 'silenceId', `silence ${silence.silenceId} exists with other terms`);
      }
      return [{ type: 'AlertSilenceCreated.v1', effectiveDate, data: silence }];
    }
    case 'LiftAlertSilence': {
      const record = state.byId.get(command.silenceId);
      if (!record) throw DomainError.notFound('SILENCE_NOT_FOUND', 'silenceId', `no silence ${command.silenceId}`);
      const status = silenceStatus(record, command.now);
      if (status === 'lifted') throw DomainError.conflict('SILENCE_ALREADY_LIFTED', 'silenceId', 'the silence was already lifted');
      if (status === 'expired') throw DomainError.conflict('SILENCE_EXPIRED', 'silenceId', 'the silence has already ended');
      return [{ type: 'AlertSilenceLifted.v1', effectiveDate, data: { silenceId: command.silenceId, liftedAt: command.now, by: command.by, reason: checkReason(command.reason) } }];
    }
    default: return assertNever(command);
  }
}
