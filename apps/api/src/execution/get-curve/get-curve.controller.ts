import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiBearerAuth, ApiOkResponse } from '@nestjs/swagger';
import { MonitoringSettings, SpendingPlanSettings } from '@app/domain';
import { ReadModelDb, executionCurve, fenToYuan, planCurve, planProgress } from '@app/read-models';
import { ReadConsistency, MONITORING, READ_MODELS, SPENDING_PLANS } from '@app/platform';
import { LineFilterRequest } from '../../read-models/read-query.request';
import { readScope, scopedLineFilters } from '../../read-models/read-scope';
import { executionColumns } from '@app/read-models';
import { Authorize } from '../../auth/authorize';
import { CurrentPrincipal } from '../../auth/authorize';
import { Principal } from '@app/kernel';
import { CurveAnswer } from './get-curve.response';

@ApiTags('execution 预算执行')
@Controller('api/v1/execution/curve')
export class GetCurveController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly settings: MonitoringSettings,
    private readonly consistency: ReadConsistency, @Inject(SPENDING_PLANS) private readonly plans: SpendingPlanSettings) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get()
  @ApiOperation({ summary: '执行进度曲线: cumulative appropriation, disbursement, execution rate and 序时进度 at each month end; '
    + 'plannedToDate (累计用款计划) and planProgress (计划进度 = plannedToDate ÷ appropriated, percent), the third series' })
  @ApiOkResponse({ type: CurveAnswer })
  async curve(@Query() q: LineFilterRequest, @CurrentPrincipal() principal: Principal) {
    const scope = readScope(q);
    const position = await this.consistency.reach(scope.minPosition);
    const filters = scopedLineFilters(q, principal);
    const points = await executionCurve(this.rm.db, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, filters });
    const planned = await planCurve(this.rm.db, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, filters, settings: this.plans });
    return {
      asOf: scope.asOf, fiscalYear: scope.fiscalYear, position,
      points: points.map((p, i) => ({
        ...p, ...executionColumns(p, p.through, scope.basis, this.settings),
        plannedToDate: fenToYuan(planned[i].plannedToDate), planProgress: planProgress(planned[i].plannedToDate, p.appropriated),
      })),
    };
  }
}
