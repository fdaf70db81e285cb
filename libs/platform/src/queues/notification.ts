/**
 * The contract between alert evaluation (which decides that someone must be told) and notification
 * (who, how, exactly once). Evaluation records the alert's lifecycle events, then hands the due
 * notifications to the Notifier; the Notifier resolves recipients from subscriptions, renders Chinese
 * e-mails, and sends them through its own queue with retries and a dead-letter list.
 */
import type { AlertObservation, AlertSeverity } from '@app/domain';

/** The figures of an alert at one moment (at raise, or now), as a notice compares them. */
export type AlertFigureFacts = Pick<AlertObservation, 'summary' | 'target' | 'actual' | 'expected' | 'measureUnit' | 'asOf' | 'details'>;

export type { AlertSeverity };
export type NotificationKind = 'raised' | 'escalated' | 'reminder' | 'resolved';

/**
 * What the evaluation observed when it recorded this notice's event (see AlertObservation in libs/domain), plus
 * which alert and rule it is about and the figures when the alert was raised.
 */
export interface AlertFacts extends AlertObservation {
  readonly alertId: string;
  /** rule id, e.g. `indicator_light`, `execution_lag`, `fund_balance_low` */
  readonly rule: string;
  /** the rule in Chinese, e.g. 绩效指标亮灯, 预算执行进度滞后 */
  readonly ruleName: string;
  /** the highest severity the alert reached (a resolved notice reaches those told of the raise) */
  readonly severity: AlertSeverity;
  readonly subjectKey: string;
  /** the light of the condition: 红 / 黄 as `red` / `yellow` */
  readonly light: AlertSeverity;
  readonly raisedAt: string;
  /** the figures when the alert was raised (on the raise itself they are the observation's own) */
  readonly atRaise?: AlertFigureFacts;
}

export interface NotificationRequest {
  /** stable: the same alert × kind × sequence always has the same id (a redelivered evaluation must not send again) */
  readonly notificationId: string;
  readonly kind: NotificationKind;
  readonly alert: AlertFacts;
}

export interface EvaluationRun {
  /** one run = one full or partial evaluation; e-mails group per recipient per run */
  readonly runId: string;
  readonly asOf: string;
}

export interface Notifier {
  /**
   * Enqueues the e-mails for these notifications of one run (recipients by subscription, unit, driving units
   * and severity, and by the configured routes; one grouped e-mail per recipient unless they asked for one per
   * alert; one summary above the threshold). Must be safe to call twice with the same requests. Throws when the
   * queue cannot be reached, so that the caller retries later.
   */
  notify(requests: readonly NotificationRequest[], run: EvaluationRun): Promise<void>;
}

export const NOTIFIER = Symbol('NOTIFIER');
