import { AlertObservation, MonitoringSettings, SpendingPlanSettings, shanghaiDate } from '@app/domain';
import { IndicatorEvaluation, ReadModelDb } from '@app/read-models';
import { RuleVerdict, evaluateRules, isEvaluatedRule } from './rules/index';
import { AlertSettings } from './settings';

export interface AlertSubjectRef { readonly rule: string; readonly subjectKey: string; readonly unit: string | null; readonly fiscalYear: number }

export interface LiveFigures {
  /** the figures now (as of today, or 31 December of a year that is over) */
  readonly observation: AlertObservation;
  /** whether the rule's condition holds now, and its light */
  readonly holds: boolean;
  readonly severity: RuleVerdict['severity'];
}

export const subjectOf = (a: { rule: string; subjectKey: string }) => `${a.rule}.${a.subjectKey}`;

/** 序时 date of a live read: today, or the year's last day once the year is over. */
export const liveAsOf = (fiscalYear: number, now: Date) => {
  const today = shanghaiDate(now);
  const yearEnd = `${fiscalYear}-12-31`;
  return today < yearEnd ? today : yearEnd;
};

/**
 * 实时数值: the figures of alert subjects as they stand now, by running their rules again over the read models
 * (one run per fiscal year and rule, limited to the subjects' units). Notices and the alerts page show them next
 * to the figures at raise time. Incidents (overspend) have no live figure.
 */
export class AlertFigures {
  constructor(private readonly deps: {
    readonly rm: ReadModelDb; readonly monitoring: MonitoringSettings; readonly settings: AlertSettings; readonly plans?: SpendingPlanSettings;
    readonly indicators: Pick<IndicatorEvaluation, 'evaluate'>;
  }) {}

  async current(alerts: readonly AlertSubjectRef[], now: Date): Promise<Map<string, LiveFigures>> {
    const found = new Map<string, LiveFigures>();
    const wanted = alerts.filter((a) => isEvaluatedRule(a.rule));
    if (wanted.length === 0) return found;
    const unitNames = new Map((await this.deps.rm.db.selectFrom('ref_units').select(['code', 'name']).execute()).map((u) => [u.code, u.name]));
    for (const fiscalYear of new Set(wanted.map((a) => a.fiscalYear))) {
      const ofYear = wanted.filter((a) => a.fiscalYear === fiscalYear);
      const keys = new Set(ofYear.map(subjectOf));
      const units = [...new Set(ofYear.map((a) => a.unit).filter((u): u is string => u !== null))];
      const verdicts = await evaluateRules({
        fiscalYear, asOf: liveAsOf(fiscalYear, now), units: ofYear.some((a) => a.unit === null) && units.length === 0 ? [] : units,
        rm: this.deps.rm, monitoring: this.deps.monitoring, plans: this.deps.plans, settings: this.deps.settings, indicators: this.deps.indicators, unitNames,
      }, ofYear.map((a) => a.rule));
      for (const v of verdicts) {
        const key = subjectOf(v);
        if (keys.has(key)) found.set(key, { observation: v.observation, holds: v.severity !== null, severity: v.severity });
      }
    }
    return found;
  }
}
