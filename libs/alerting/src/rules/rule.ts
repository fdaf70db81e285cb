import { AlertObservation, AlertSeverity, MonitoringSettings, SpendingPlanSettings } from '@app/domain';
import { IndicatorEvaluation, ReadModelDb } from '@app/read-models';
import { RuleId } from '../rule-names';
import { AlertSettings } from '../settings';

/** What a rule sees: one fiscal year as of one date, for all units or some (an event-triggered evaluation). */
export interface RuleContext {
  readonly fiscalYear: number;
  readonly asOf: string;
  /** undefined: the whole department; otherwise only subjects of these units (plus department-level ones) */
  readonly units: readonly string[] | undefined;
  readonly rm: ReadModelDb;
  readonly monitoring: MonitoringSettings;
  /** SPENDING_PLAN_SETTINGS (default profiles, the plan light); the defaults when absent */
  readonly plans?: SpendingPlanSettings;
  readonly settings: AlertSettings;
  readonly indicators: Pick<IndicatorEvaluation, 'evaluate'>;
  readonly unitNames: ReadonlyMap<string, string>;
}

/**
 * A rule's verdict on one subject: the figures as they stand now (whether or not anything is wrong, so that a
 * notice or the alerts page can say what the figure is now), and the light when the rule's condition holds.
 */
export interface RuleVerdict {
  readonly rule: RuleId;
  readonly subjectKey: string;
  readonly unit: string | null;
  readonly observation: AlertObservation;
  /** null: the condition does not hold (an open alert resolves) */
  readonly severity: AlertSeverity | null;
}

export type Rule = (ctx: RuleContext) => Promise<readonly RuleVerdict[]>;

export const LIGHT_WORDS: Readonly<Record<AlertSeverity, string>> = { red: '红灯', yellow: '黄灯' };

export const inUnits = (ctx: RuleContext, unit: string | null) => unit === null || ctx.units === undefined || ctx.units.includes(unit);

export const unitNameOf = (ctx: RuleContext, unit: string | null) => (unit ? ctx.unitNames.get(unit) ?? unit : null);
