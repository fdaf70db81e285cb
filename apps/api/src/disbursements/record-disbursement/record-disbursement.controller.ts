import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags, ApiBearerAuth } from '@nestjs/swagger';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import { PaymentAccepted } from '../../shared/dto';
import { toAccepted } from '../../shared/accepted';
import { RecordDisbursementCommand } from './record-disbursement.handler';
import { RecordDisbursementRequest } from './record-disbursement.request';
import { Authorize } from '../../auth/authorize';

@ApiTags('disbursements 支付')
@Controller('api/v1/lines/:lineId/disbursements')
export class RecordDisbursementController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('records:write')
  @ApiBearerAuth()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '记录支付 Record a disbursement against an appropriation line' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retried request with the same key returns the first result' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'the line revision the client last saw; 412 if it moved on' })
  @ApiResponse({ status: 201, type: PaymentAccepted })
  @ApiResponse({ status: 409, description: 'OVERSPEND_BLOCKED, VOUCHER_ALREADY_USED, SANGONG_CAP_EXCEEDED (details: category, name, unit, cap, used, remaining, requested), PROCUREMENT_BUDGET_EXCEEDED' })
  @ApiResponse({ status: 422, description: 'invalid amount or date (field named)' })
  async record(@Param('lineId') lineId: string, @Body() body: RecordDisbursementRequest, @Ctx() ctx: CommandContext): Promise<PaymentAccepted> {
    const recorded = await this.commands.execute(new RecordDisbursementCommand(lineId, body, ctx));
    // the payment's own event comes first, its id the disbursement's
    return { ...toAccepted(recorded), disbursementId: recorded.eventIds[0] };
  }
}
