import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CommandContext } from '@app/kernel';
import { Authorize } from '../../auth/authorize';
import { Ctx } from '../../shared/command-context';
import { fiscalYearParam } from '../fiscal-year-param';
import { FiscalYearClosedAnswer } from '../fiscal-year.response';
import { CloseFiscalYearCommand, CloseOutcome } from './close-fiscal-year.handler';
import { CloseFiscalYearRequest } from './close-fiscal-year.request';

@ApiTags('fiscal years 年终结账')
@Controller('api/v1/fiscal-years/:year')
export class CloseFiscalYearController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('budget:manage')
  @ApiBearerAuth()
  @Post('close')
  @HttpCode(201)
  @ApiOperation({ summary: '年终结账: close a fiscal year — 结转结余 per line by the rules, 上年结转 lines in the next year, self-evaluation scores frozen; then nothing more takes effect in the year' })
  @ApiCreatedResponse({ type: FiscalYearClosedAnswer, description: 'read the close at GET /fiscal-years/{year} (minPosition=position)' })
  @ApiResponse({ status: 409, description: 'FISCAL_YEAR_ALREADY_CLOSED · FISCAL_YEAR_NOT_ENDED (before 31 December has passed, unless force) · FISCAL_YEAR_CLOSED (the next year, to carry into)' })
  @ApiResponse({ status: 422, description: 'BASIC_LINE_CANNOT_CARRY · UNKNOWN_LINE · UNKNOWN_PROJECT · UNKNOWN_PROJECT_KIND · FISCAL_YEAR_NOT_STARTED (field names the rule)' })
  close(@Param('year') year: string, @Body() body: CloseFiscalYearRequest, @Ctx() ctx: CommandContext): Promise<CloseOutcome> {
    return this.commands.execute(new CloseFiscalYearCommand(fiscalYearParam(year), body.reason, { ...body.rules }, body.force === true, ctx));
  }
}
