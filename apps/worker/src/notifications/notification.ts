/**
 * The contract between alert evaluation (which decides that someone must be told) and notification
 * (who, how, exactly once). Evaluation records the alert's lifecycle events, then hands the due
 * notifications to the Notifier; the Notifier resolves recipients from subscriptions, renders Chinese
 * e-mails, and sends them through its own queue with retries and a dead-letter list.
 */
export type NotificationKind = 'raised' | 'escalated' | 'reminder' | 'resolved';
export type AlertSeverity = 'yellow' | 'red';

export interface AlertFacts {
  readonly alertId: string;
  /** rule id, e.g. `indicator_light`, `execution_lag`, `fund_balance_low` */
  readonly rule: string;
  /** the rule in Chinese, e.g. 绩效指标亮灯, 预算执行进度滞后 */
  readonly ruleName: string;
  readonly severity: AlertSeverity;
  readonly subjectKind: 'indicator' | 'line' | 'project' | 'unit' | 'department' | 'fund' | 'advance';
  readonly subjectKey: string;
  /** e.g. 欠薪处置率 (D-08), 2023 年初专项-农民工工资应急周转金 (P09) */
  readonly subjectName: string;
  /** the responsible budget unit; null for department-level subjects */
  readonly unit: string | null;
  readonly unitName: string | null;
  readonly fiscalYear: number;
  /** decimal strings in `measureUnit` (元 for money: the e-mail shows 元 and 万元); null when not applicable */
  readonly target: string | null;
  readonly actual: string | null;
  /** expected by now (序时目标), when the rule prorates */
  readonly expected: string | null;
  readonly measureUnit: string | null;
  /** the light or level of the condition: 红 / 黄 as `red` / `yellow` */
  readonly light: AlertSeverity;
  readonly deviationReason: string | null;
  /** one Chinese sentence saying what is wrong, e.g. 欠薪处置率 80.00%，低于目标 100%。 */
  readonly summary: string;
  /** path of the dashboard page about the subject, e.g. `/indicators/2023/D-08` (the e-mail prefixes PUBLIC_URL) */
  readonly link: string;
  /** business date the evaluation stands at */
  readonly asOf: string;
  readonly raisedAt: string;
}

export interface NotificationRequest {
  /** stable: the same alert × kind × sequence always has the same id (a redelivered evaluation must not send again) */
  readonly notificationId: string;
  readonly kind: NotificationKind;
  readonly alert: AlertFacts;
}

export interface EvaluationRun {
  /** one run = one full or partial evaluation; digests group per recipient per run */
  readonly runId: string;
  readonly asOf: string;
}

export interface Notifier {
  /**
   * Enqueues the e-mails for these notifications (recipients by subscription, unit and severity; one digest
   * per recipient per run where asked). Must be safe to call twice with the same requests. Throws when the
   * queue cannot be reached, so that the caller retries later.
   */
  notify(requests: readonly NotificationRequest[], run: EvaluationRun): Promise<void>;
}

export const NOTIFIER = Symbol('NOTIFIER');
