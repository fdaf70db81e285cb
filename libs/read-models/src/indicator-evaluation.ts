import {
  Comparator, Grade, IndicatorKind, Money, MonitoringSettings, indicatorLight, toWanYuanString,
} from '@app/domain';
import type { ReadModelDb } from './database';
import { executionTotals } from './queries/execution';
import { beneficiariesByCategory } from './queries/beneficiaries';
import { IndicatorView, indicatorsView } from './queries/indicators';
import { wageArrearsMetrics } from './queries/wage-arrears';

/** The date of a read: the fiscal year as of a business date, with the 序时进度 basis (default: the settings'). */
export interface IndicatorScope {
  readonly asOf: string;
  readonly fiscalYear: number;
  readonly basis?: 'month' | 'day' | undefined;
}

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
export class IndicatorEvaluation {
  constructor(protected readonly rm: ReadModelDb, protected readonly settings: MonitoringSettings) {}

  async evaluate(scope: IndicatorScope, filter: { project?: string; unit?: string; units?: readonly string[] }): Promise<EvaluatedIndicator[]> {
    const views = await indicatorsView(this.rm.db, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, ...filter });
    // several indicators bound to the same metric (e.g. five subsidy head counts of one unit) share one query
    const queries = new Map<string, Promise<unknown>>();
    const once = <T>(key: string, run: () => Promise<T>): Promise<T> => {
      if (!queries.has(key)) queries.set(key, run());
      return queries.get(key) as Promise<T>;
    };
    return Promise.all(views.map((view) => this.evaluateOne(view, scope, once)));
  }

  private async evaluateOne(view: IndicatorView, scope: IndicatorScope, once: Once): Promise<EvaluatedIndicator> {
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
  private async derive(view: IndicatorView, scope: IndicatorScope, once: Once): Promise<{ actual: Money | null; note: string | null }> {
    const unit = view.scope === 'department' ? undefined : view.unit ?? undefined;
    const at = { fiscalYear: scope.fiscalYear, asOf: scope.asOf, unit };
    switch (view.metric) {
      case 'wage_arrears_disposal_rate': {
        const m = await once(`wage-arrears/${unit ?? ''}`, () => wageArrearsMetrics(this.rm.db, at));
        const d = m.department;
        return d.reported === 0 ? { actual: null, note: '尚无欠薪案件' } : { actual: new Money(d.resolved).div(d.reported).mul(100), note: null };
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
