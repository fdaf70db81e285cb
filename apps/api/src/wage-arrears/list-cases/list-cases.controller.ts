import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ReadModelDb, caseSummaries } from '@app/read-models';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { Principal, unitsForRead } from '@app/kernel';
import { ReadConsistency, READ_MODELS } from '@app/platform';
import { CaseList } from '../wage-arrears.response';
import { IsFiscalYear } from '../../shared/dates';

export class ListCasesRequest {
  @ApiPropertyOptional({ enum: ['open', 'resolved', 'all'], description: 'default all' }) @IsOptional() @IsIn(['open', 'resolved', 'all']) status?: 'open' | 'resolved' | 'all';
  @ApiPropertyOptional({ example: '426006' }) @IsOptional() @Matches(/^\d{6}$/, { message: 'unit must be a 6-digit budget unit code' }) unit?: string;
  @ApiPropertyOptional({ example: '2023', description: 'the year the case was reported in' }) @IsOptional() @IsFiscalYear() fiscalYear?: string;
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
  @ApiOperation({ summary: '欠薪案件列表 Cases in the caller\'s scope, newest first (500 at most): open, resolved or all, with the unit\'s name' })
  @ApiOkResponse({ type: CaseList })
  async list(@Query() q: ListCasesRequest, @CurrentPrincipal() principal: Principal) {
    const units = unitsForRead(principal, q.unit);
    const position = await this.consistency.reach(q.minPosition !== undefined ? Number(q.minPosition) : undefined);
    const cases = await caseSummaries(this.rm.db, {
      ...(units !== undefined ? { units } : {}), ...(q.fiscalYear ? { fiscalYear: Number(q.fiscalYear) } : {}),
      ...(q.status && q.status !== 'all' ? { status: q.status } : {}),
    });
    return { position, cases };
  }
}
