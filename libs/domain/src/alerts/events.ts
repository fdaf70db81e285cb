import { DomainEvent } from '../shared/decider';

export type AlertSeverity = 'yellow' | 'red';

/** What an evaluation saw about a subject when its rule's condition held: the facts an e-mail and the dashboard show. */
export interface AlertObservation {
  readonly subjectKind: 'indicator' | 'line' | 'project' | 'unit' | 'department' | 'fund' | 'advance' | 'sangong';
  readonly subjectName: string;
  readonly unit: string | null;
  readonly unitName: string | null;
  readonly fiscalYear: number;
  readonly target: string | null;
  readonly actual: string | null;
  readonly expected: string | null;
  readonly measureUnit: string | null;
  readonly deviationReason: string | null;
  /** one Chinese sentence: what is wrong */
  readonly summary: string;
  /** dashboard path about the subject */
  readonly link: string;
  /** business date the evaluation stood at */
  readonly asOf: string;
  /**
   * The units whose recorded data drives the figure, beyond `unit` (e.g. the units whose wage-arrears cases make
   * up the department's 欠薪处置率): their managers hear of the alert as well. Absent in alerts recorded before.
   */
  readonly drivingUnits?: readonly string[];
  /** further facts, in order, as label and text (e.g. 案件 / 报告 3 件，已处置 2 件，未处置 1 件) */
  readonly details?: readonly AlertDetail[];
  /** how far off the subject is, larger is worse (points behind 序时进度, days overdue…): worst first in lists and e-mails */
  readonly gap?: string;
  /**
   * Alerts (`rule.subjectKey`) whose being open makes this one redundant, as Alertmanager's inhibition: a project's
   * execution alert inhibits the alerts of its lines.
   */
  readonly inhibitedBy?: readonly string[];
  /** the chart that shows the subject: its monthly execution curve, or the indicator's reported history */
  readonly chart?: AlertChart;
}

export interface AlertDetail { readonly label: string; readonly value: string }

export type AlertChart =
  | { readonly kind: 'execution'; readonly unit?: string; readonly project?: string; readonly lineId?: string }
  | { readonly kind: 'indicator'; readonly indicatorId: string };

interface AlertRef { readonly alertId: string; readonly rule: string; readonly subjectKey: string }

/** The condition holds but not yet long enough to raise (flap damping); recorded only while pending. */
export type AlertConditionPending = DomainEvent<'AlertConditionPending.v1', {
  readonly rule: string; readonly subjectKey: string; readonly severity: AlertSeverity; readonly observedAt: string; readonly count: number;
  readonly observation: AlertObservation;
}>;
/** A pending condition stopped holding before it raised: nobody was told, nothing to resolve. */
export type AlertConditionCleared = DomainEvent<'AlertConditionCleared.v1', { readonly rule: string; readonly subjectKey: string; readonly observedAt: string }>;
/** 预警: an alert opened (at most one open per rule × subject). */
export type AlertRaised = DomainEvent<'AlertRaised.v1', AlertRef & { readonly severity: AlertSeverity; readonly raisedAt: string; readonly observation: AlertObservation }>;
/** 升级: yellow became red. */
export type AlertEscalated = DomainEvent<'AlertEscalated.v1', AlertRef & { readonly from: AlertSeverity; readonly to: AlertSeverity; readonly escalatedAt: string; readonly observation: AlertObservation }>;
/** 提醒: still open after the repeat interval, not acknowledged. */
export type AlertReminded = DomainEvent<'AlertReminded.v1', AlertRef & { readonly severity: AlertSeverity; readonly remindedAt: string; readonly observation: AlertObservation }>;
/** 已知悉: a manager acknowledged it, with a note; reminders stop (escalation still notifies). */
export type AlertAcknowledged = DomainEvent<'AlertAcknowledged.v1', AlertRef & { readonly by: string; readonly note: string; readonly acknowledgedAt: string }>;
/** 解除: the condition no longer holds (or an incident was acknowledged). */
export type AlertResolved = DomainEvent<'AlertResolved.v1', AlertRef & {
  readonly resolvedAt: string; readonly how: 'cleared' | 'acknowledged'; readonly observation: AlertObservation | null;
}>;

export type AlertEvent = AlertConditionPending | AlertConditionCleared | AlertRaised | AlertEscalated | AlertReminded | AlertAcknowledged | AlertResolved;

/** Lifecycle events that someone must be told about. */
export const NOTIFYING_ALERT_EVENTS: ReadonlySet<string> = new Set(['AlertRaised.v1', 'AlertEscalated.v1', 'AlertReminded.v1', 'AlertResolved.v1']);

/** One stream per rule × subject; successive alerts of the pair are numbered in it. */
export const alertStreamId = (rule: string, subjectKey: string) => `alert-${rule}.${subjectKey}`;
export const alertIdOf = (rule: string, subjectKey: string, sequence: number) => `${rule}.${subjectKey}.${sequence}`;

/** `rule.subjectKey.sequence` back into its parts (subject keys contain dots only if rules put them there; they do not). */
export function parseAlertId(alertId: string): { rule: string; subjectKey: string; sequence: number } | undefined {
  const m = /^([a-z_]+)\.([A-Za-z0-9\u4e00-\u9fa5_-]+)\.(\d{1,9})$/.exec(alertId);
  return m ? { rule: m[1], subjectKey: m[2], sequence: Number(m[3]) } : undefined;
}
