import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiResponse, ApiTags, ApiBearerAuth } from '@nestjs/swagger';
import { toAccepted } from '../../shared/accepted';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import { CommandAccepted } from '../../shared/dto';
import { AdjustAppropriationCommand } from './adjust-appropriation.handler';
import { AdjustAppropriationRequest } from './adjust-appropriation.request';
import { Authorize } from '../../auth/authorize';

@ApiTags('appropriations 预算指标')
@Controller('api/v1/lines/:lineId')
export class AdjustAppropriationController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('budget:manage')
  @ApiBearerAuth()
  @Post('increases')
  @HttpCode(201)
  @ApiOperation({ summary: '追加 Increase an appropriation line' })
  @ApiResponse({ status: 201, type: CommandAccepted })
  async increase(@Param('lineId') lineId: string, @Body() body: AdjustAppropriationRequest, @Ctx() ctx: CommandContext) {
    return toAccepted(await this.commands.execute(new AdjustAppropriationCommand(lineId, 'increase', body, ctx)));
  }

  @Authorize('budget:manage')
  @ApiBearerAuth()
  @Post('decreases')
  @HttpCode(201)
  @ApiOperation({ summary: '调减 Decrease an appropriation line (not below what is spent)' })
  @ApiResponse({ status: 201, type: CommandAccepted })
  @ApiResponse({ status: 409, description: 'DECREASE_EXCEEDS_AVAILABLE' })
  async decrease(@Param('lineId') lineId: string, @Body() body: AdjustAppropriationRequest, @Ctx() ctx: CommandContext) {
    return toAccepted(await this.commands.execute(new AdjustAppropriationCommand(lineId, 'decrease', body, ctx)));
  }
}
