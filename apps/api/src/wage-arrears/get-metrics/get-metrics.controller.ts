import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags, ApiBearerAuth, ApiOkResponse } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Money, formatPercent } from '@app/domain';
import { ReadModelDb, beneficiariesByCategory, caseSummaries, fundPosition, wageArrearsMetrics } from '@app/read-models';
import { ReadConsistency, READ_MODELS } from '@app/platform';
import { ReadQueryRequest } from '../../read-models/read-query.request';
import { readScope } from '../../read-models/read-scope';
import { Authorize } from '../../auth/authorize';
import { CurrentPrincipal } from '../../auth/authorize';
import { Principal, unitsForRead } from '@app/kernel';
import { BeneficiariesAnswer, FundPositionAnswer, WageArrearsMetricsAnswer } from '../wage-arrears.response';

export class UnitMetricsRequest extends ReadQueryRequest {
  @ApiPropertyOptional({ example: '426006' }) @IsOptional() @Matches(/^\d{6}$/, { message: 'unit must be a 6-digit unit code' }) unit?: string;
}
export class FundRequest extends ReadQueryRequest {
  @ApiPropertyOptional({ example: '426006-2023-P09', description: 'the revolving-fund line (default: every fund line of the year)' })
  @IsOptional() @Matches(/^[A-Za-z0-9-]{1,64}$/, { message: 'lineId must be a line id' }) lineId?: string;
  @ApiPropertyOptional({ example: '90', description: 'an advance unrecovered for more days than this is overdue (default 90)' })
  @IsOptional() @Matches(/^\d{1,4}$/, { message: 'overdueDays must be a whole number of days' }) overdueDays?: string;
}

const rate = (part: string | number, whole: string | number) => (new Money(whole).gt(0) ? formatPercent(new Money(part).div(whole)) : null);

/** Metrics derived from recorded events: 欠薪处置率, the revolving fund's position, subsidy beneficiaries. */
@ApiTags('wage arrears 欠薪与应急周转金')
@Controller('api/v1')
export class GetMetricsController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly consistency: ReadConsistency) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get('wage-arrears/metrics')
  @ApiOperation({ summary: '欠薪处置率 by count and by amount, department-wide and by unit, as of a date' })
  @ApiOkResponse({ type: WageArrearsMetricsAnswer })
  async wageArrears(@Query() q: UnitMetricsRequest, @CurrentPrincipal() principal: Principal) {
    const units = unitsForRead(principal, q.unit);
    const scope = readScope(q);
    const position = await this.consistency.reach(scope.minPosition);
    const m = await wageArrearsMetrics(this.rm.db, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, ...(q.unit ? { unit: q.unit } : {}), ...(units ? { units } : {}) });
    const withRates = <F extends { resolved: number; reported: number; resolvedAmount: string; reportedAmount: string }>(f: F) =>
      ({ ...f, disposalRate: rate(f.resolved, f.reported), disposalRateByAmount: rate(f.resolvedAmount, f.reportedAmount) });
    return { asOf: scope.asOf, fiscalYear: scope.fiscalYear, position, department: withRates(m.department), byUnit: m.byUnit.map(withRates) };
  }

  @Authorize('read')
  @ApiBearerAuth()
  @Get('revolving-fund/position')
  @ApiOperation({ summary: '农民工工资应急周转金: advanced, recovered, outstanding, available, recovery rate, overdue recoveries; every advance with its case (employer, workers, unit name)' })
  @ApiOkResponse({ type: FundPositionAnswer })
  async fund(@Query() q: FundRequest, @CurrentPrincipal() principal: Principal) {
    const units = unitsForRead(principal);
    const scope = readScope(q);
    const position = await this.consistency.reach(scope.minPosition);
    const f = await fundPosition(this.rm.db, {
      asOf: scope.asOf, overdueDays: q.overdueDays ? Number(q.overdueDays) : 90,
      ...(q.lineId ? { lineId: q.lineId } : { fiscalYear: scope.fiscalYear }), ...(units ? { units } : {}),
    });
    // the case each advance was for, as people know it (employer, unit), never just its id
    const cases = new Map((await caseSummaries(this.rm.db, { caseIds: [...new Set(f.advances.map((a) => a.caseId))] })).map((c) => [c.caseId, c]));
    const withCase = <A extends { caseId: string }>(a: A) => {
      const c = cases.get(a.caseId);
      return { ...a, employer: c?.employer ?? null, unit: c?.unit ?? null, unitName: c?.unitName ?? null, caseReportedOn: c?.reportedOn ?? null };
    };
    return { fiscalYear: scope.fiscalYear, position, ...f, overdue: f.overdue.map(withCase), advances: f.advances.map(withCase), recoveryRate: rate(f.recovered, f.advanced) };
  }

  @Authorize('read')
  @ApiBearerAuth()
  @Get('beneficiaries')
  @ApiOperation({ summary: 'Beneficiaries of subsidy disbursements by 补助类别, as of a date' })
  @ApiOkResponse({ type: BeneficiariesAnswer })
  async beneficiaries(@Query() q: UnitMetricsRequest, @CurrentPrincipal() principal: Principal) {
    const units = unitsForRead(principal, q.unit);
    const scope = readScope(q);
    const position = await this.consistency.reach(scope.minPosition);
    const rows = await beneficiariesByCategory(this.rm.db, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, ...(q.unit ? { unit: q.unit } : {}), ...(units ? { units } : {}) });
    return { asOf: scope.asOf, fiscalYear: scope.fiscalYear, position, categories: rows };
  }
}
