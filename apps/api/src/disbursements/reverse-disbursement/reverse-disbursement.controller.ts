import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiResponse, ApiTags, ApiBearerAuth } from '@nestjs/swagger';
import { toAccepted } from '../../shared/accepted';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import { CommandAccepted } from '../../shared/dto';
import { ReverseDisbursementCommand } from './reverse-disbursement.handler';
import { ReverseDisbursementRequest } from './reverse-disbursement.request';
import { Authorize } from '../../auth/authorize';

@ApiTags('disbursements 支付')
@Controller('api/v1/lines/:lineId/disbursements/:disbursementId/reversals')
export class ReverseDisbursementController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('records:write')
  @ApiBearerAuth()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '冲销 Reverse a recorded disbursement (at most once, never for more than it was)' })
  @ApiResponse({ status: 201, type: CommandAccepted })
  @ApiResponse({ status: 409, description: 'DISBURSEMENT_ALREADY_REVERSED' })
  async reverse(@Param('lineId') lineId: string, @Param('disbursementId') disbursementId: string,
    @Body() body: ReverseDisbursementRequest, @Ctx() ctx: CommandContext) {
    return toAccepted(await this.commands.execute(new ReverseDisbursementCommand(lineId, disbursementId, body, ctx)));
  }
}
