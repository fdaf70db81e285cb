import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiResponse, ApiTags, ApiBearerAuth, ApiCreatedResponse } from '@nestjs/swagger';
import { toAccepted } from '../../shared/accepted';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import { RecoverFundAdvanceCommand } from './recover-fund-advance.handler';
import { RecoverFundAdvanceRequest } from './recover-fund-advance.request';
import { Authorize } from '../../auth/authorize';
import { AdvanceRecovered } from '../wage-arrears.response';

@ApiTags('wage arrears 欠薪与应急周转金')
@Controller('api/v1/lines/:lineId/fund-recoveries')
export class RecoverFundAdvanceController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('records:write')
  @ApiBearerAuth()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '追偿 Record money recovered from the employer for an advance' })
  @ApiCreatedResponse({ type: AdvanceRecovered })
  @ApiResponse({ status: 409, description: 'RECOVERY_EXCEEDS_OUTSTANDING, NO_OUTSTANDING_ADVANCE' })
  async recover(@Param('lineId') lineId: string, @Body() body: RecoverFundAdvanceRequest, @Ctx() ctx: CommandContext) {
    const result = await this.commands.execute(new RecoverFundAdvanceCommand(lineId, body, ctx));
    return { recoveryId: result.recoveryId, ...toAccepted(result) };
  }
}
