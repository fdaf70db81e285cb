import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError, Money, MonitoringSettings, fiscalYearOf, formatPoints, shanghaiDate } from '@app/domain';
import { ReadModelDb, compareAcrossYears, executionColumns, lineKeyOf } from '@app/read-models';
import { MONITORING, READ_MODELS, ReadConsistency } from '@app/platform';
import { Principal, assertUnitInScope } from '@app/kernel';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { scopedLineFilters } from '../../read-models/read-scope';
import { CompareExecutionRequest } from './compare-execution.request';
import { ComparisonAnswer } from './compare-execution.response';

@ApiTags('execution 预算执行')
@Controller('api/v1/execution')
export class CompareExecutionController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly settings: MonitoringSettings,
    private readonly consistency: ReadConsistency) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get('compare')
  @ApiOperation({ summary: '同期对比: a unit, project, class or line in several fiscal years, each as of the same day of its year (this year to date against last year to the same day)' })
  @ApiOkResponse({ type: ComparisonAnswer })
  async compare(@Query() q: CompareExecutionRequest, @CurrentPrincipal() principal: Principal) {
    const asOf = q.asOf ?? shanghaiDate(new Date());
    const years = q.years ? q.years.split(',').map(Number) : [fiscalYearOf(asOf) - 1, fiscalYearOf(asOf)];
    let lineKey: string | undefined;
    if (q.line !== undefined) {
      lineKey = lineKeyOf(q.line) ?? undefined;
      if (lineKey === undefined) throw DomainError.invalid('LINE_NOT_COMPARABLE', 'line', 'only lines named {unit}-{year}-… can be followed across years');
      assertUnitInScope(principal, q.line.slice(0, 6), 'line');
    }
    const position = await this.consistency.reach(q.minPosition !== undefined ? Number(q.minPosition) : undefined);
    const rows = await compareAcrossYears(this.rm.db, { years, asOf, filters: scopedLineFilters(q, principal), ...(lineKey ? { lineKey } : {}) });
    const shaped = rows.map((y) => {
      const c = executionColumns(y.figures, y.asOf, q.basis, this.settings);
      return {
        fiscalYear: y.fiscalYear, asOf: y.asOf, lines: y.lines, lineIds: y.lineIds,
        initial: y.figures.initial, appropriated: y.figures.appropriated, disbursed: y.figures.netDisbursed, balance: y.figures.balance, ...c,
        bySource: y.bySource.map((s) => ({ source: s.source, lines: s.lines, appropriated: s.figures.appropriated, disbursed: s.figures.netDisbursed,
          executionRate: executionColumns(s.figures, y.asOf, q.basis, this.settings).executionRate })),
      };
    });
    const diff = (a: string | null, b: string | null) => (a === null || b === null ? null : formatPoints(new Money(b).minus(a)));
    const changes = shaped.slice(1).map((y, i) => {
      const before = shaped[i];
      return {
        from: before.fiscalYear, to: y.fiscalYear,
        appropriated: new Money(y.appropriated).minus(before.appropriated).toFixed(2), disbursed: new Money(y.disbursed).minus(before.disbursed).toFixed(2),
        executionRatePoints: diff(before.executionRate, y.executionRate),
      };
    });
    return { asOf, basis: q.basis ?? this.settings.timeProgressBasis, position, ...(lineKey ? { lineKey } : {}), years: shaped, changes };
  }
}
