import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags, ApiBearerAuth, ApiOkResponse } from '@nestjs/swagger';
import { DomainError, MonitoringSettings, SpendingPlanSettings } from '@app/domain';
import { ReadModelDb, executionTotals, planColumns, planTotals } from '@app/read-models';
import { MONITORING, READ_MODELS, ReadConsistency, SPENDING_PLANS } from '@app/platform';
import { readScope, scopedLineFilters } from '../../read-models/read-scope';
import { executionColumns } from '@app/read-models';
import { GetExecutionRequest } from './get-execution.request';
import { Authorize } from '../../auth/authorize';
import { CurrentPrincipal } from '../../auth/authorize';
import { Principal } from '@app/kernel';
import { ExecutionAnswer } from './get-execution.response';

@ApiTags('execution 预算执行')
@Controller('api/v1/execution')
export class GetExecutionController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly settings: MonitoringSettings,
    private readonly consistency: ReadConsistency, @Inject(SPENDING_PLANS) private readonly plans: SpendingPlanSettings) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get()
  @ApiOperation({ summary: '预算执行率 against 序时进度, rolled up and as of any date' })
  @ApiOkResponse({ type: ExecutionAnswer })
  @ApiResponse({ status: 503, description: 'READ_MODEL_BEHIND (Retry-After): minPosition not reached in time, or the read models still catching up after a start (progress: phase, position, target, percent)' })
  async execution(@Query() q: GetExecutionRequest, @CurrentPrincipal() principal: Principal) {
    const scope = readScope(q);
    const groupBy = q.groupBy ?? 'unit';
    const level = q.level ? (Number(q.level) as 1 | 2 | 3) : groupBy === 'functional' ? 3 : groupBy === 'economic' ? 2 : 1;
    if (groupBy === 'economic' && level === 3) throw DomainError.invalid('INVALID_LEVEL', 'level', 'economic classification has two levels: 1 (类) and 2 (款)');
    const position = await this.consistency.reach(scope.minPosition);
    const filters = { ...scopedLineFilters(q, principal), fiscalYear: scope.fiscalYear };
    const rows = await executionTotals(this.rm.db, { asOf: scope.asOf, groupBy, level, filters });
    // 用款计划: the cumulative plan of the same groups (filed plans, or the default profile)
    const plans = await planTotals(this.rm.db, { asOf: scope.asOf, groupBy, level, filters, settings: this.plans });
    const columns = (r: (typeof rows)[number]) => executionColumns(r, scope.asOf, scope.basis, this.settings);
    return {
      asOf: scope.asOf, fiscalYear: scope.fiscalYear, groupBy, level, position,
      basis: scope.basis ?? this.settings.timeProgressBasis,
      timeProgress: executionColumns({ appropriated: '0', netDisbursed: '0' }, scope.asOf, scope.basis, this.settings).timeProgress,
      rows: rows.map((r) => {
        const c = columns(r);
        return {
          key: r.key, name: r.name, appropriated: r.appropriated, disbursed: r.netDisbursed, balance: r.balance, ...c,
          ...planColumns(r.netDisbursed, plans.get(r.key), this.plans),
          initial: r.initial, adjustments: { increased: r.increased, decreased: r.decreased, transferredIn: r.transferredIn, transferredOut: r.transferredOut },
          grossDisbursed: r.disbursed, reversed: r.reversed, advanced: r.advanced, recovered: r.recovered,
          lines: r.lines, disbursementCount: r.disbursementCount,
        };
      }),
    };
  }
}
