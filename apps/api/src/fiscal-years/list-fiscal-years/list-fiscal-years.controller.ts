import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@app/domain';
import { ReadModelDb, fiscalYear, fiscalYearHistory, fiscalYears } from '@app/read-models';
import { READ_MODELS, ReadConsistency } from '@app/platform';
import { Authorize } from '../../auth/authorize';
import { ReadQueryRequest } from '../../read-models/read-query.request';
import { fiscalYearParam } from '../fiscal-year-param';
import { FiscalYearDetail, FiscalYearList } from '../fiscal-year.response';

@ApiTags('fiscal years 年终结账')
@Controller('api/v1/fiscal-years')
export class ListFiscalYearsController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly consistency: ReadConsistency) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get()
  @ApiOperation({ summary: 'Fiscal years side by side: each year with a budget or a close, open / closing (结账中) / closed (已结账)' })
  @ApiOkResponse({ type: FiscalYearList })
  async list(@Query() q: ReadQueryRequest) {
    const position = await this.consistency.reach(q.minPosition !== undefined ? Number(q.minPosition) : undefined);
    return { position, years: await fiscalYears(this.rm.db) };
  }

  @Authorize('read')
  @ApiBearerAuth()
  @Get(':year')
  @ApiOperation({ summary: 'One fiscal year: status, the last close (reason, rules, totals of 结转/结余, early) and who locked, closed or reopened it, when and why' })
  @ApiOkResponse({ type: FiscalYearDetail })
  @ApiResponse({ status: 404, description: 'FISCAL_YEAR_NOT_FOUND' })
  async get(@Param('year') year: string, @Query() q: ReadQueryRequest) {
    const fy = fiscalYearParam(year);
    const position = await this.consistency.reach(q.minPosition !== undefined ? Number(q.minPosition) : undefined);
    const view = await fiscalYear(this.rm.db, fy);
    if (!view) throw DomainError.notFound('FISCAL_YEAR_NOT_FOUND', 'year', `fiscal year ${fy} has no budget and no close`);
    return { position, ...view, history: await fiscalYearHistory(this.rm.db, fy) };
  }
}
