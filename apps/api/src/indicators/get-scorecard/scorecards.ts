import { Inject, Injectable } from '@nestjs/common';
import { DomainError, Money, MonitoringSettings } from '@app/domain';
import { ReadModelDb, executionTotals } from '@app/read-models';
import { IndicatorEvaluator, MONITORING, READ_MODELS } from '@app/platform';
import { ReadScope } from '../../read-models/read-scope';
import { scorecard } from './scorecard';

/** 表十二 forms give execution 10 points; the indicators carry the other 90. */
const PROJECT_EXECUTION_WEIGHT = new Money(10);

export type Scorecard = ReturnType<typeof scorecard>;

/**
 * 绩效自评 of a project (表十二) or of the department (表十一) as of a date: the one computation behind the
 * scorecard endpoints and the scores a year-end close freezes.
 */
@Injectable()
export class Scorecards {
  constructor(private readonly evaluator: IndicatorEvaluator, @Inject(READ_MODELS) private readonly rm: ReadModelDb,
    @Inject(MONITORING) private readonly settings: MonitoringSettings) {}

  async project(code: string, scope: ReadScope): Promise<Scorecard & { name: string }> {
    const [rows, indicators] = await Promise.all([
      executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'project', filters: { fiscalYear: scope.fiscalYear, project: code } }),
      this.evaluator.evaluate(scope, { project: code }),
    ]);
    if (rows.length === 0 && indicators.length === 0) throw DomainError.notFound('PROJECT_NOT_FOUND', 'code', `no project ${code} in ${scope.fiscalYear}`);
    return { name: rows[0]?.name ?? code, ...scorecard(indicators, { rate: rateOf(rows[0]), weight: PROJECT_EXECUTION_WEIGHT }, this.settings) };
  }

  /** 表十一: weighted to 100 on its own; its indicator bound to basic_expenditure_execution stands for execution. */
  async department(code: string, scope: ReadScope): Promise<Scorecard & { executionIndicator: string | null }> {
    const all = (await this.evaluator.evaluate(scope, {})).filter((e) => e.view.scope === 'department');
    if (all.length === 0) throw DomainError.notFound('DEPARTMENT_INDICATORS_NOT_FOUND', 'code', `no department indicators for ${code} in ${scope.fiscalYear}`);
    const executionIndicator = all.find((e) => e.view.metric === 'basic_expenditure_execution');
    const others = all.filter((e) => e !== executionIndicator);
    const [basic] = executionIndicator
      ? await executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'type', filters: { fiscalYear: scope.fiscalYear, type: 'basic' } })
      : [];
    const weight = new Money(executionIndicator?.view.weight ?? 0);
    return { executionIndicator: executionIndicator?.view.indicatorId ?? null, ...scorecard(others, { rate: rateOf(basic), weight }, this.settings) };
  }
}

function rateOf(row: { appropriated: string; netDisbursed: string } | undefined): Money | null {
  if (!row || new Money(row.appropriated).lte(0)) return null;
  return new Money(row.netDisbursed).div(row.appropriated);
}
