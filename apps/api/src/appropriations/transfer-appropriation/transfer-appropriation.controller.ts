import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiResponse, ApiTags, ApiBearerAuth, ApiCreatedResponse } from '@nestjs/swagger';
import { toAccepted } from '../../shared/accepted';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import { TransferAppropriationCommand } from './transfer-appropriation.handler';
import { TransferAppropriationRequest } from './transfer-appropriation.request';
import { Authorize } from '../../auth/authorize';
import { TransferAccepted } from './transfer-appropriation.response';

@ApiTags('appropriations 预算指标')
@Controller('api/v1/transfers')
export class TransferAppropriationController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('budget:manage')
  @ApiBearerAuth()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '调剂 Transfer appropriation between two lines (both sides atomically)' })
  @ApiCreatedResponse({ type: TransferAccepted })
  @ApiResponse({ status: 409, description: 'TRANSFER_EXCEEDS_AVAILABLE' })
  async transfer(@Body() body: TransferAppropriationRequest, @Ctx() ctx: CommandContext) {
    const { transferId, writes } = await this.commands.execute(new TransferAppropriationCommand(body, ctx));
    return { transferId, from: toAccepted(writes[0]), to: toAccepted(writes[1]) };
  }
}
