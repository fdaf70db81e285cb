import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiBearerAuth, ApiOkResponse } from '@nestjs/swagger';
import { ReadModelDb } from '@app/read-models';
import { ReadConsistency, READ_MODELS } from '@app/platform';
import { ReadQueryRequest } from '../../read-models/read-query.request';
import { readScope } from '../../read-models/read-scope';
import { Authorize } from '../../auth/authorize';
import { CurrentPrincipal } from '../../auth/authorize';
import { Principal, assertUnitInScope, seesDepartment, Forbidden } from '@app/kernel';
import { DepartmentScorecardAnswer, ProjectScorecardAnswer } from '../indicator.response';
import { Scorecards } from './scorecards';

@ApiTags('indicators 绩效指标')
@Controller('api/v1')
export class GetScorecardController {
  constructor(private readonly scorecards: Scorecards, private readonly consistency: ReadConsistency, @Inject(READ_MODELS) private readonly rm: ReadModelDb) {}

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
    const { name, ...card } = await this.scorecards.project(code, scope);
    return { project: code, name, asOf: scope.asOf, fiscalYear: scope.fiscalYear, position, ...card };
  }

  /** 表十一: weighted to 100 on its own; its indicator bound to basic_expenditure_execution stands for execution. */
  @Authorize('read')
  @ApiBearerAuth()
  @Get('departments/:code/scorecard')
  @ApiOperation({ summary: '部门整体绩效 (表十一): goal light, score and grade as of a date' })
  @ApiOkResponse({ type: DepartmentScorecardAnswer })
  async department(@Param('code') code: string, @Query() q: ReadQueryRequest, @CurrentPrincipal() principal: Principal) {
    if (!seesDepartment(principal)) throw new Forbidden('DEPARTMENT_SCOPE_REQUIRED', `${principal.username} is scoped to units and cannot read the department's scorecard`, 'code');
    const scope = readScope(q);
    const position = await this.consistency.reach(scope.minPosition);
    const { executionIndicator, ...card } = await this.scorecards.department(code, scope);
    return { department: code, asOf: scope.asOf, fiscalYear: scope.fiscalYear, position, executionIndicator, ...card };
  }
}
