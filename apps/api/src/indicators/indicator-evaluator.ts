import { Inject, Injectable } from '@nestjs/common';
import {
  Comparator, Grade, IndicatorKind, Money, MonitoringSettings, formatPercent, formatPoints, indicatorLight, toWanYuanString,
} from '@app/domain';
import { IndicatorView, ReadModelDb, beneficiariesByCategory, executionTotals, indicatorsView, wageArrearsMetrics } from '@app/read-models';
import { MONITORING, READ_MODELS } from '../read-models/read-models.module';
import { ReadScope } from '../read-models/read-scope';

type Once = <T>(key: string, run: () => Promise<T>) => Promise<T>;

export interface EvaluatedIndicator {
  readonly view: IndicatorView;
  /** 实际完成值: the latest report, or the value derived from recorded events */
  readonly actual: Money | null;
  readonly grade: Grade | null;
  /** the date the actual stands at */
  readonly actualAsOf: string | null;
  readonly derived: boolean;
  /** why a derived value is missing (e.g. no case reported yet) */
  readonly derivedNote: string | null;
  readonly light: ReturnType<typeof indicatorLight>;
}

/**
 * 绩效指标 as of a date: the target in force, the actual (reported, or derived from events for bound
 * metrics), completion, expected-by-now and the light by the DOMAIN.md rules.
 */
@Injectable()
export class IndicatorEvaluator {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly settings: MonitoringSettings) {}

  async evaluate(scope: ReadScope, filter: { project?: string; unit?: string; units?: readonly string[] }): Promise<EvaluatedIndicator[]> {
    const views = await indicatorsView(this.rm.db, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, ...filter });
    // several indicators bound to the same metric (e.g. five subsidy head counts of one unit) share one query
    const queries = new Map<string, Promise<unknown>>();
    const once = <T>(key: string, run: () => Promise<T>): Promise<T> => {
      if (!queries.has(key)) queries.set(key, run());
      return queries.get(key) as Promise<T>;
    };
    return Promise.all(views.map((view) => this.evaluateOne(view, scope, once)));
  }

  private async evaluateOne(view: IndicatorView, scope: ReadScope, once: Once): Promise<EvaluatedIndicator> {
    const derived = view.metric !== null ? await this.derive(view, scope, once) : null;
    const actual = derived ? derived.actual : view.latest?.value != null ? new Money(view.latest.value) : null;
    const grade = derived ? null : ((view.latest?.grade ?? null) as Grade | null);
    const actualAsOf = derived ? scope.asOf : view.latest?.asOf ?? null;
    const light = indicatorLight({
      comparator: view.comparator as Comparator, kind: view.kind as IndicatorKind, target: view.target === null ? null : new Money(view.target),
      actual, grade, asOf: actualAsOf ?? scope.asOf, basis: scope.basis, settings: this.settings,
    });
    return { view, actual, grade, actualAsOf, derived: derived !== null, derivedNote: derived?.note ?? null, light };
  }

  /** Metric values computed from recorded events (an indicator bound to a metric is never typed in). */
  private async derive(view: IndicatorView, scope: ReadScope, once: Once): Promise<{ actual: Money | null; note: string | null }> {
    const unit = view.scope === 'department' ? undefined : view.unit ?? undefined;
    const at = { fiscalYear: scope.fiscalYear, asOf: scope.asOf, unit };
    switch (view.metric) {
      case 'wage_arrears_disposal_rate': {
        const m = await once(`wage-arrears/${unit ?? ''}`, () => wageArrearsMetrics(this.rm.db, at));
        const d = m.department;
        return d.reported === 0 ? { actual: null, note: '尚无欠薪案件 no case reported yet' } : { actual: new Money(d.resolved).div(d.reported).mul(100), note: null };
      }
      case 'subsidy_beneficiaries': {
        const rows = await once(`beneficiaries/${unit ?? ''}`, () => beneficiariesByCategory(this.rm.db, { ...at, fiscalYear: scope.fiscalYear }));
        return { actual: new Money(rows.find((r) => r.category === view.subsidyCategory)?.people ?? 0), note: null };
      }
      case 'basic_expenditure_execution': {
        const [basic] = await once('basic-execution', () =>
          executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'type', filters: { fiscalYear: scope.fiscalYear, type: 'basic' } }));
        const spent = new Money(basic?.netDisbursed ?? 0);
        return { actual: view.measureUnit === '万元' ? new Money(toWanYuanString(spent)) : spent, note: null };
      }
      default:
        return { actual: null, note: `unknown metric ${view.metric}` };
    }
  }
}

/** 指标性质 as printed on the forms. */
const SYMBOLS: Record<string, string> = { eq: '＝', ge: '≥', le: '≤', qualitative: '定性' };

/** The public shape of an evaluated indicator: numbers as decimal strings, rates as percent with 2 decimals. */
export function indicatorJson(e: EvaluatedIndicator) {
  const v = e.view;
  return {
    indicatorId: v.indicatorId, scope: v.scope, project: v.project, unit: v.unit, level1: v.level1, level2: v.level2, name: v.name,
    comparator: v.comparator, comparatorSymbol: SYMBOLS[v.comparator] ?? v.comparator, kind: v.kind, measureUnit: v.measureUnit, weight: v.weight, target: v.target, targetText: v.targetText,
    metric: v.metric, subsidyCategory: v.subsidyCategory,
    actual: e.actual === null ? null : formatPoints(e.actual), grade: e.grade, actualAsOf: e.actualAsOf, derived: e.derived, derivedNote: e.derivedNote,
    completion: e.light.completion === null ? null : formatPercent(e.light.completion),
    expectedByNow: e.light.expectedByNow === null ? null : formatPoints(e.light.expectedByNow),
    ratio: e.light.ratio === null ? null : formatPoints(e.light.ratio),
    light: e.light.light, status: e.light.light === null ? '未填报' : null,
    deviationReason: v.latest?.deviationReason ?? null,
    history: v.history,
  };
}
