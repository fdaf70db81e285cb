import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiOperation, ApiResponse, ApiTags, ApiBearerAuth } from '@nestjs/swagger';
import { toAccepted } from '../../shared/accepted';
import { CommandContext, Appended } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import { CommandAccepted } from '../../shared/dto';
import { IndicatorCommandExecutor } from '../indicator-command.executor';
import { ReviseTargetRequest } from './revise-target.request';
import { Authorize } from '../../auth/authorize';

export class ReviseTargetCommand extends Command<Appended> {
  constructor(readonly fiscalYear: string, readonly indicatorId: string, readonly request: ReviseTargetRequest, readonly ctx: CommandContext) { super(); }
}

@CommandHandler(ReviseTargetCommand)
export class ReviseTargetHandler implements ICommandHandler<ReviseTargetCommand> {
  constructor(private readonly indicators: IndicatorCommandExecutor) {}
  execute({ fiscalYear, indicatorId, request: r, ctx }: ReviseTargetCommand) {
    return this.indicators.execute(fiscalYear, indicatorId, {
      type: 'ReviseIndicatorTarget', target: r.target, targetText: r.targetText ?? null, reason: r.reason, effectiveDate: r.effectiveDate,
    }, ctx);
  }
}

@ApiTags('indicators 绩效指标')
@Controller('api/v1/indicators/:fiscalYear/:indicatorId/target-revisions')
export class ReviseTargetController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('budget:manage')
  @ApiBearerAuth()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '调整指标值 Revise an indicator target' })
  @ApiResponse({ status: 201, type: CommandAccepted })
  async revise(@Param('fiscalYear') fiscalYear: string, @Param('indicatorId') indicatorId: string, @Body() body: ReviseTargetRequest, @Ctx() ctx: CommandContext) {
    return toAccepted(await this.commands.execute(new ReviseTargetCommand(fiscalYear, indicatorId, body, ctx)));
  }
}
