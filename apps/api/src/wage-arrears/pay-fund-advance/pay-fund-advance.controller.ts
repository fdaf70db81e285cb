import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiResponse, ApiTags, ApiBearerAuth, ApiCreatedResponse } from '@nestjs/swagger';
import { toAccepted } from '../../shared/accepted';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import { PayFundAdvanceCommand } from './pay-fund-advance.handler';
import { PayFundAdvanceRequest } from './pay-fund-advance.request';
import { Authorize } from '../../auth/authorize';
import { AdvancePaid } from '../wage-arrears.response';

@ApiTags('wage arrears 欠薪与应急周转金')
@Controller('api/v1/lines/:lineId/fund-advances')
export class PayFundAdvanceController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('records:write')
  @ApiBearerAuth()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '垫付 Pay an advance from the wage emergency revolving fund for a case' })
  @ApiCreatedResponse({ type: AdvancePaid })
  @ApiResponse({ status: 409, description: 'ADVANCE_EXCEEDS_FUND_BALANCE, CASE_ALREADY_RESOLVED' })
  async pay(@Param('lineId') lineId: string, @Body() body: PayFundAdvanceRequest, @Ctx() ctx: CommandContext) {
    const result = await this.commands.execute(new PayFundAdvanceCommand(lineId, body, ctx));
    return { advanceId: result.advanceId, ...toAccepted(result) };
  }
}
