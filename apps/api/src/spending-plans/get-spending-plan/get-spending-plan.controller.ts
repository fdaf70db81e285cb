import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Fen, SpendingPlanSettings, lineDecider, lineKindOf, lineStreamId, plannedThrough, requireOpenLine, sumFen, yuanOf } from '@app/domain';
import { AggregateStore, Principal, assertUnitInScope } from '@app/kernel';
import { ReadConsistency, READ_MODELS, SPENDING_PLANS } from '@app/platform';
import { ReadModelDb, StoredPlan, linePlan, planColumns } from '@app/read-models';
import { AccountsService } from '../../auth/accounts.service';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { ReadQueryRequest } from '../../read-models/read-query.request';
import { readScope } from '../../read-models/read-scope';
import { SpendingPlanView } from './spending-plan.response';

@ApiTags('spending plans 用款计划')
@Controller('api/v1/lines/:lineId/spending-plan')
export class GetSpendingPlanController {
  constructor(private readonly aggregates: AggregateStore, @Inject(READ_MODELS) private readonly rm: ReadModelDb,
    @Inject(SPENDING_PLANS) private readonly settings: SpendingPlanSettings, private readonly consistency: ReadConsistency,
    private readonly accounts: AccountsService) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get()
  @ApiOperation({ summary: '用款计划 The plan of a line in force as of a date: its months, what it is measured against, 计划执行率, every revision and who filed it' })
  @ApiOkResponse({ type: SpendingPlanView })
  @ApiResponse({ status: 404, description: 'LINE_NOT_FOUND' })
  @ApiResponse({ status: 503, description: 'READ_MODEL_BEHIND (Retry-After): minPosition not reached in time, or the read models still catching up after a start (progress: phase, position, target, percent)' })
  async get(@Param('lineId') lineId: string, @Query() q: ReadQueryRequest, @CurrentPrincipal() principal: Principal): Promise<SpendingPlanView> {
    const line = requireOpenLine((await this.aggregates.load(lineStreamId(lineId), lineDecider)).state);
    assertUnitInScope(principal, line.attributes.unit, 'lineId');
    const fiscalYear = line.attributes.fiscalYear;
    const scope = readScope({ ...q, fiscalYear: String(fiscalYear) });
    const position = await this.consistency.reach(scope.minPosition);
    const p = await linePlan(this.rm.db, { lineId, fiscalYear, asOf: scope.asOf, settings: this.settings });
    const name = await this.accounts.actorNames();
    const view = (r: StoredPlan) => ({
      revision: r.revision, effectiveDate: r.effectiveDate, months: r.months.map(yuanOf), total: yuanOf(r.total), reason: r.reason,
      filedBy: r.actor === null ? null : { username: r.actor, displayName: name(r.actor) }, recordedAt: r.recordedAt, inForce: p.inForce?.revision === r.revision,
    });
    const planned: readonly Fen[] = p.plan?.months ?? Array.from({ length: 12 }, () => 0n);
    const monthOfAsOf = Number(scope.asOf.slice(5, 7));
    const plannedToDate = plannedThrough(planned, monthOfAsOf);
    const paidToDate = sumFen(p.paidByMonth);
    const columns = planColumns(yuanOf(paidToDate), { plannedToDate, filed: p.inForce ? 1 : 0, needsRevision: p.plan && p.plan.difference !== 0n ? 1 : 0 }, this.settings);
    return {
      lineId, fiscalYear, asOf: scope.asOf, position, source: p.plan?.source ?? 'default', appropriated: yuanOf(p.plan?.appropriated ?? 0n),
      difference: yuanOf(p.plan?.difference ?? 0n), needsRevision: (p.plan?.difference ?? 0n) !== 0n,
      plannedToDate: columns.plannedToDate, paidToDate: yuanOf(paidToDate), planExecutionRate: columns.planExecutionRate, planLight: columns.planLight,
      overPlanPayments: this.settings.overPlanPayments,
      defaultProfile: { kind: lineKindOf(line.attributes, this.settings), profile: this.settings.defaultProfile, weights: [...p.weights] },
      inForce: p.inForce ? view(p.inForce) : null,
      months: planned.map((fen, i) => ({
        month: `${fiscalYear}-${String(i + 1).padStart(2, '0')}`, filed: p.inForce ? yuanOf(p.inForce.months[i]) : null, planned: yuanOf(fen),
        cumulativePlanned: yuanOf(plannedThrough(planned, i + 1)), paid: yuanOf(p.paidByMonth[i]), cumulativePaid: yuanOf(plannedThrough(p.paidByMonth, i + 1)),
      })),
      revisions: [...p.revisions].reverse().map(view),
      exceedances: p.exceedances.map((e) => ({
        disbursementId: e.disbursementId, date: e.date, month: e.month, plannedToDate: yuanOf(e.planned), paidToDate: yuanOf(e.paid), requested: yuanOf(e.requested), excess: yuanOf(e.excess),
      })),
    };
  }
}
