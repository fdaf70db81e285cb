import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Money, SANGONG_NAMES, SanGongCategory, toYuanString } from '@app/domain';
import { ReadModelDb, SanGongFigures, sanGongExecution } from '@app/read-models';
import { READ_MODELS, ReadConsistency } from '@app/platform';
import { Principal, unitsForRead } from '@app/kernel';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { ReadQueryRequest } from '../../read-models/read-query.request';
import { readScope } from '../../read-models/read-scope';
import { SanGongResponse, SanGongRow } from './sangong.response';

export class SanGongRequest extends ReadQueryRequest {
  @ApiPropertyOptional({ example: '426001', description: 'one budget unit (in the caller\'s scope): its own caps; default: the department, or the caller\'s units' })
  @IsOptional() @Matches(/^\d{6}$/, { message: 'unit must be a 6-digit unit code' }) unit?: string;
}

/** A category's figures as the API answers them. */
export const sanGongRow = (f: SanGongFigures): SanGongRow => ({
  category: f.category, name: SANGONG_NAMES[f.category as SanGongCategory], cap: f.cap, used: f.used,
  remaining: f.cap === null ? null : toYuanString(new Money(f.cap).minus(f.used)),
});

/** 三公经费 execution against the caps (表四), as of a date. */
@ApiTags('三公经费 and 政府采购')
@Controller('api/v1/sangong')
export class GetSanGongController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly consistency: ReadConsistency) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get()
  @ApiOperation({ summary: '三公经费: each category\'s cap, used (net of 冲销) and remaining as of a date, for the department, a unit, or the caller\'s units' })
  @ApiOkResponse({ type: SanGongResponse })
  async get(@Query() q: SanGongRequest, @CurrentPrincipal() principal: Principal): Promise<SanGongResponse> {
    const units = unitsForRead(principal, q.unit);
    const scope = readScope(q);
    await this.consistency.reach(scope.minPosition);
    const e = await sanGongExecution(this.rm.db, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, ...(units ? { units } : {}) });
    return { fiscalYear: scope.fiscalYear, asOf: scope.asOf, rows: e.rows.map(sanGongRow) };
  }
}
