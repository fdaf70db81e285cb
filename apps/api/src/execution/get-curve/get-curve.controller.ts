import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { MonitoringSettings } from '@app/domain';
import { ReadModelDb, executionCurve } from '@app/read-models';
import { ReadConsistency } from '../../read-models/read-consistency';
import { MONITORING, READ_MODELS } from '../../read-models/read-models.module';
import { LineFilterRequest } from '../../read-models/read-query.request';
import { lineFilters, readScope } from '../../read-models/read-scope';
import { executionColumns } from '../execution-view';

@ApiTags('execution 预算执行')
@Controller('api/v1/execution/curve')
export class GetCurveController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly settings: MonitoringSettings,
    private readonly consistency: ReadConsistency) {}

  @Get()
  @ApiOperation({ summary: '执行进度曲线: cumulative appropriation, disbursement, execution rate and 序时进度 at each month end' })
  async curve(@Query() q: LineFilterRequest) {
    const scope = readScope(q);
    const position = await this.consistency.reach(scope.minPosition);
    const points = await executionCurve(this.rm.db, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, filters: lineFilters(q) });
    return {
      asOf: scope.asOf, fiscalYear: scope.fiscalYear, position,
      points: points.map((p) => ({ ...p, ...executionColumns(p, p.through, scope.basis, this.settings) })),
    };
  }
}
