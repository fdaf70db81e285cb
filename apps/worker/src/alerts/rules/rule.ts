import { AlertObservation, AlertSeverity, MonitoringSettings } from '@app/domain';
import { ReadModelDb } from '@app/read-models';
import { IndicatorEvaluator } from '../../../../api/src/indicators/indicator-evaluator';
import { AlertSettings, RuleId } from '../alert-settings';

/** What a rule sees: one fiscal year as of one date, for all units or some (an event-triggered evaluation). */
export interface RuleContext {
  readonly fiscalYear: number;
  readonly asOf: string;
  /** undefined: the whole department; otherwise only subjects of these units (plus department-level ones) */
  readonly units: readonly string[] | undefined;
  readonly rm: ReadModelDb;
  readonly monitoring: MonitoringSettings;
  readonly settings: AlertSettings;
  readonly indicators: IndicatorEvaluator;
  readonly unitNames: ReadonlyMap<string, string>;
}

/** A rule's verdict on one subject; `condition: null` means it does not hold (resolves an open alert). */
export interface RuleVerdict {
  readonly rule: RuleId;
  readonly subjectKey: string;
  readonly unit: string | null;
  readonly condition: { readonly severity: AlertSeverity; readonly observation: AlertObservation } | null;
}

export type Rule = (ctx: RuleContext) => Promise<readonly RuleVerdict[]>;

export const LIGHT_WORDS: Readonly<Record<AlertSeverity, string>> = { red: '红灯', yellow: '黄灯' };

export const inUnits = (ctx: RuleContext, unit: string | null) => unit === null || ctx.units === undefined || ctx.units.includes(unit);
