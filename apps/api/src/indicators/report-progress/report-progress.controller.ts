import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiOperation, ApiResponse, ApiTags, ApiBearerAuth } from '@nestjs/swagger';
import { toAccepted } from '../../shared/accepted';
import { CommandContext, Appended } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import { CommandAccepted } from '../../shared/dto';
import { IndicatorCommandExecutor } from '../indicator-command.executor';
import { ReportProgressRequest } from './report-progress.request';
import { Authorize } from '../../auth/authorize';

export class ReportProgressCommand extends Command<Appended> {
  constructor(readonly fiscalYear: string, readonly indicatorId: string, readonly request: ReportProgressRequest, readonly ctx: CommandContext) { super(); }
}

@CommandHandler(ReportProgressCommand)
export class ReportProgressHandler implements ICommandHandler<ReportProgressCommand> {
  constructor(private readonly indicators: IndicatorCommandExecutor) {}
  execute({ fiscalYear, indicatorId, request: r, ctx }: ReportProgressCommand) {
    return this.indicators.execute(fiscalYear, indicatorId, {
      type: 'ReportIndicatorProgress', asOf: r.asOf, value: r.value ?? null, grade: r.grade ?? null,
      deviationReason: r.deviationReason ?? null, note: r.note ?? null,
    }, ctx);
  }
}

@ApiTags('indicators 绩效指标')
@Controller('api/v1/indicators/:fiscalYear/:indicatorId/progress-reports')
export class ReportProgressController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('records:write')
  @ApiBearerAuth()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '填报指标进度 Report an indicator\'s progress (value or grade, with 偏差原因)' })
  @ApiResponse({ status: 201, type: CommandAccepted })
  @ApiResponse({ status: 409, description: 'INDICATOR_IS_DERIVED' })
  async report(@Param('fiscalYear') fiscalYear: string, @Param('indicatorId') indicatorId: string, @Body() body: ReportProgressRequest, @Ctx() ctx: CommandContext) {
    return toAccepted(await this.commands.execute(new ReportProgressCommand(fiscalYear, indicatorId, body, ctx)));
  }
}
