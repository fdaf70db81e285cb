import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiResponse, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Authorize } from '../../auth/authorize';
import { CommandContext, AggregateStore } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import { toAccepted } from '../../shared/accepted';
import { AlertStreams, alertStream } from '../alert-streams';
import { CommandAccepted } from '../../shared/dto';

export class AcknowledgeAlertRequest {
  @ApiProperty({ example: '已督促执法支队加快案件处置，预计7月底前办结', description: 'what is being done about it (1–1000 characters)' })
  @IsString({ message: 'note must be text' }) @MaxLength(1000, { message: 'note must be at most 1000 characters' }) note!: string;
}

@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/alerts/:alertId/acknowledgement')
export class AcknowledgeAlertController {
  constructor(private readonly aggregates: AggregateStore, private readonly alerts: AlertStreams) {}

  @Post()
  @HttpCode(201)
  @Authorize('alerts:acknowledge')
  @ApiOperation({ summary: '确认预警 Acknowledge an open alert with a note: reminders stop (escalation still notifies); an overspend incident is closed by it' })
  @ApiCreatedResponse({ type: CommandAccepted })
  @ApiResponse({ status: 404, description: 'ALERT_NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'ALERT_NOT_OPEN, ALERT_ALREADY_ACKNOWLEDGED' })
  async acknowledge(@Param('alertId') alertId: string, @Body() body: AcknowledgeAlertRequest, @Ctx() ctx: CommandContext) {
    const { streamId, reducer } = alertStream(alertId);
    return toAccepted(await this.aggregates.handle(streamId, reducer, (state) => this.alerts.acknowledge(alertId, state, body.note, ctx), ctx));
  }
}
