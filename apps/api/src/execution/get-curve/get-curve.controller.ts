import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiBearerAuth, ApiOkResponse } from '@nestjs/swagger';
import { MonitoringSettings } from '@app/domain';
import { ReadModelDb, executionCurve } from '@app/read-models';
import { ReadConsistency, MONITORING, READ_MODELS } from '@app/platform';
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
    private readonly consistency: ReadConsistency) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get()
  @ApiOperation({ summary: '执行进度曲线: cumulative appropriation, disbursement, execution rate and 序时进度 at each month end' })
  @ApiOkResponse({ type: CurveAnswer })
  async curve(@Query() q: LineFilterRequest, @CurrentPrincipal() principal: Principal) {
    const scope = readScope(q);
    const position = await this.consistency.reach(scope.minPosition);
    const points = await executionCurve(this.rm.db, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, filters: scopedLineFilters(q, principal) });
    return {
      asOf: scope.asOf, fiscalYear: scope.fiscalYear, position,
      points: points.map((p) => ({ ...p, ...executionColumns(p, p.through, scope.basis, this.settings) })),
    };
  }
}
