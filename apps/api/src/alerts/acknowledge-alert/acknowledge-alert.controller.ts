import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { DomainError, alertDecider, alertStreamId, parseAlertId } from '@app/domain';
import { INCIDENT_RULES } from '@app/alerting';
import { Authorize } from '../../auth/authorize';
import { assertIndicatorInScope } from '../../auth/scope';
import { CommandContext, Ctx } from '../../shared/command-context';
import { AggregateStore } from '../../shared/event-sourcing/aggregate-store';
import { envelope } from '../../shared/event-sourcing/envelope';
import { toAccepted } from '../../shared/accepted';

export class AcknowledgeAlertRequest {
  @ApiProperty({ example: '已督促执法支队加快案件处置，预计7月底前办结', description: 'what is being done about it (1–1000 characters)' })
  @IsString() @MaxLength(1000) note!: string;
}

@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/alerts/:alertId/acknowledgement')
export class AcknowledgeAlertController {
  constructor(private readonly aggregates: AggregateStore) {}

  @Post()
  @HttpCode(201)
  @Authorize('alerts:acknowledge')
  @ApiOperation({ summary: '确认预警 Acknowledge an open alert with a note: reminders stop (escalation still notifies); an overspend incident is closed by it' })
  @ApiResponse({ status: 404, description: 'ALERT_NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'ALERT_NOT_OPEN, ALERT_ALREADY_ACKNOWLEDGED' })
  async acknowledge(@Param('alertId') alertId: string, @Body() body: AcknowledgeAlertRequest, @Ctx() ctx: CommandContext) {
    const id = parseAlertId(alertId);
    if (!id) throw DomainError.notFound('ALERT_NOT_FOUND', 'alertId', `no alert ${alertId}`);
    const streamId = alertStreamId(id.rule, id.subjectKey);
    const appended = await this.aggregates.withRetry(async () => {
      const { state, revision } = await this.aggregates.load(streamId, alertDecider);
      const raised = (await this.aggregates.store.readStream(streamId)).find((e) => e.type === 'AlertRaised.v1' && (e.data as { alertId: string }).alertId === alertId);
      const unit = raised ? ((raised.data as { observation: { unit: string | null } }).observation.unit) : null;
      if (raised) assertIndicatorInScope(ctx.principal, unit);
      const events = alertDecider.decide({
        type: 'AcknowledgeAlert', alertId, by: ctx.actor, note: body.note, now: ctx.now.toISOString(), incident: INCIDENT_RULES.has(id.rule),
      }, state, ctx);
      return this.aggregates.append(streamId, envelope(events, ctx, unit), ctx.expectedRevision ?? revision);
    }, ctx.expectedRevision);
    return toAccepted(appended);
  }
}
