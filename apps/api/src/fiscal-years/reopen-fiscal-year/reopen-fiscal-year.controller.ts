import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { fiscalYearDecider, fiscalYearStreamId } from '@app/domain';
import { AggregateStore, CommandContext } from '@app/kernel';
import { Authorize } from '../../auth/authorize';
import { toAccepted } from '../../shared/accepted';
import { Ctx } from '../../shared/command-context';
import { CommandAccepted } from '../../shared/dto';
import { ReopenFiscalYearRequest } from './reopen-fiscal-year.request';
import { fiscalYearParam } from '../fiscal-year-param';

@ApiTags('fiscal years 年终结账')
@Controller('api/v1/fiscal-years/:year')
export class ReopenFiscalYearController {
  constructor(private readonly aggregates: AggregateStore) {}

  /** 反结账: the year takes records again; its 上年结转 lines stay, and a new close adjusts them. */
  @Authorize('budget:manage')
  @ApiBearerAuth()
  @Post('reopen')
  @HttpCode(201)
  @ApiOperation({ summary: '反结账: reopen a closed (or stuck closing) fiscal year with a reason' })
  @ApiCreatedResponse({ type: CommandAccepted })
  @ApiResponse({ status: 409, description: 'FISCAL_YEAR_NOT_CLOSED' })
  async reopen(@Param('year') year: string, @Body() body: ReopenFiscalYearRequest, @Ctx() ctx: CommandContext): Promise<CommandAccepted> {
    const fiscalYear = fiscalYearParam(year);
    return toAccepted(await this.aggregates.handle(fiscalYearStreamId(fiscalYear), fiscalYearDecider, (state) => ({
      events: fiscalYearDecider.decide({ type: 'ReopenFiscalYear', fiscalYear, reason: body.reason }, state, ctx), unit: null,
    }), ctx));
  }
}
