import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ReadModelDb, fenToYuan } from '@app/read-models';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { Principal } from '../../auth/principal';
import { unitsForRead } from '../../auth/scope';
import { ReadConsistency } from '../../read-models/read-consistency';
import { READ_MODELS } from '../../read-models/read-models.module';

export class ListCasesRequest {
  @ApiPropertyOptional({ enum: ['open', 'resolved', 'all'], description: 'default all' }) @IsOptional() @IsIn(['open', 'resolved', 'all']) status?: 'open' | 'resolved' | 'all';
  @ApiPropertyOptional({ example: '426006' }) @IsOptional() @Matches(/^\d{6}$/, { message: 'unit must be a 6-digit budget unit code' }) unit?: string;
  @ApiPropertyOptional({ example: '2023', description: 'the year the case was reported in' }) @IsOptional() @Matches(/^\d{4}$/, { message: 'fiscalYear must be a 4-digit year' }) fiscalYear?: string;
  @ApiPropertyOptional({ example: '1234', description: 'wait until the read models include this position' }) @IsOptional() @Matches(/^\d{1,15}$/, { message: 'minPosition must be a whole number' }) minPosition?: string;
}

/** 欠薪案件 as registered: for picking a case to advance, recover or resolve, and for the dashboard. */
@ApiTags('wage arrears 欠薪与应急周转金')
@ApiBearerAuth()
@Controller('api/v1/wage-arrears-cases')
export class ListCasesController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly consistency: ReadConsistency) {}

  @Get()
  @Authorize('read')
  @ApiOperation({ summary: '欠薪案件列表 Cases in the caller\'s scope, newest first (500 at most): open, resolved or all' })
  async list(@Query() q: ListCasesRequest, @CurrentPrincipal() principal: Principal) {
    const units = unitsForRead(principal, q.unit);
    const position = await this.consistency.reach(q.minPosition !== undefined ? Number(q.minPosition) : undefined);
    let query = this.rm.db.selectFrom('wage_cases').selectAll();
    if (units !== undefined) query = query.where('unit', 'in', ['', ...units]);
    if (q.fiscalYear) query = query.where('fiscal_year', '=', Number(q.fiscalYear));
    if (q.status === 'open') query = query.where('resolved_on', 'is', null);
    if (q.status === 'resolved') query = query.where('resolved_on', 'is not', null);
    const rows = await query.orderBy('reported_on', 'desc').orderBy('case_id').limit(500).execute();
    return {
      position,
      cases: rows.map((c) => ({
        caseId: c.case_id, unit: c.unit, employer: c.employer, workersAffected: c.workers, amountOwed: fenToYuan(c.amount_owed), reportedOn: c.reported_on,
        status: c.resolved_on === null ? 'open' : 'resolved', resolvedOn: c.resolved_on, resolution: c.resolution,
        amountSettled: c.amount_settled === null ? null : fenToYuan(c.amount_settled),
      })),
    };
  }
}
