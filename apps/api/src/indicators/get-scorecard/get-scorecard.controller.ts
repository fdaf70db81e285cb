import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiBearerAuth, ApiOkResponse } from '@nestjs/swagger';
import { DomainError, Money, MonitoringSettings } from '@app/domain';
import { ReadModelDb, executionTotals } from '@app/read-models';
import { ReadConsistency, MONITORING, READ_MODELS, IndicatorEvaluator } from '@app/platform';
import { ReadQueryRequest } from '../../read-models/read-query.request';
import { ReadScope, readScope } from '../../read-models/read-scope';
import { scorecard } from './scorecard';
import { Authorize } from '../../auth/authorize';
import { CurrentPrincipal } from '../../auth/authorize';
import { Principal, assertUnitInScope, seesDepartment, Forbidden } from '@app/kernel';
import { DepartmentScorecardAnswer, ProjectScorecardAnswer } from '../indicator.response';

/** 表十二 forms give execution 10 points; the indicators carry the other 90. */
const PROJECT_EXECUTION_WEIGHT = new Money(10);

@ApiTags('indicators 绩效指标')
@Controller('api/v1')
export class GetScorecardController {
  constructor(private readonly evaluator: IndicatorEvaluator, private readonly consistency: ReadConsistency,
    @Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly settings: MonitoringSettings) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get('projects/:code/scorecard')
  @ApiOperation({ summary: '项目绩效自评: goal light, score out of 100 and grade (优/良/中/差) as of a date' })
  @ApiOkResponse({ type: ProjectScorecardAnswer })
  async project(@Param('code') code: string, @Query() q: ReadQueryRequest, @CurrentPrincipal() principal: Principal) {
    const scope = readScope(q);
    const owner = await this.rm.db.selectFrom('ref_projects').select('unit').where('code', '=', code).where('fiscal_year', '=', scope.fiscalYear).executeTakeFirst();
    if (owner) assertUnitInScope(principal, owner.unit, 'code');
    const position = await this.consistency.reach(scope.minPosition);
    const [rows, indicators] = await Promise.all([
      executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'project', filters: { fiscalYear: scope.fiscalYear, project: code } }),
      this.evaluator.evaluate(scope, { project: code }),
    ]);
    if (rows.length === 0 && indicators.length === 0) throw DomainError.notFound('PROJECT_NOT_FOUND', 'code', `no project ${code} in ${scope.fiscalYear}`);
    const rate = rateOf(rows[0]);
    return { project: code, name: rows[0]?.name ?? code, asOf: scope.asOf, fiscalYear: scope.fiscalYear, position, ...scorecard(indicators, { rate, weight: PROJECT_EXECUTION_WEIGHT }, this.settings) };
  }

  /** 表十一: weighted to 100 on its own; its indicator bound to basic_expenditure_execution stands for execution. */
  @Authorize('read')
  @ApiBearerAuth()
  @Get('departments/:code/scorecard')
  @ApiOperation({ summary: '部门整体绩效 (表十一): goal light, score and grade as of a date' })
  @ApiOkResponse({ type: DepartmentScorecardAnswer })
  async department(@Param('code') code: string, @Query() q: ReadQueryRequest, @CurrentPrincipal() principal: Principal) {
    if (!seesDepartment(principal)) throw new Forbidden('DEPARTMENT_SCOPE_REQUIRED', `${principal.username} is scoped to units and cannot read the department's scorecard`, 'code');
    const scope: ReadScope = readScope(q);
    const position = await this.consistency.reach(scope.minPosition);
    const all = (await this.evaluator.evaluate(scope, {})).filter((e) => e.view.scope === 'department');
    if (all.length === 0) throw DomainError.notFound('DEPARTMENT_INDICATORS_NOT_FOUND', 'code', `no department indicators for ${code} in ${scope.fiscalYear}`);
    const executionIndicator = all.find((e) => e.view.metric === 'basic_expenditure_execution');
    const others = all.filter((e) => e !== executionIndicator);
    const [basic] = executionIndicator
      ? await executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'type', filters: { fiscalYear: scope.fiscalYear, type: 'basic' } })
      : [];
    const weight = new Money(executionIndicator?.view.weight ?? 0);
    return {
      department: code, asOf: scope.asOf, fiscalYear: scope.fiscalYear, position,
      executionIndicator: executionIndicator?.view.indicatorId ?? null,
      ...scorecard(others, { rate: rateOf(basic), weight }, this.settings),
    };
  }
}

function rateOf(row: { appropriated: string; netDisbursed: string } | undefined): Money | null {
  if (!row || new Money(row.appropriated).lte(0)) return null;
  return new Money(row.netDisbursed).div(row.appropriated);
}
