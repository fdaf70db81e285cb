import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiResponse, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength } from 'class-validator';
import { DomainError } from '@app/domain';

import { Authorize } from '../../auth/authorize';
import { CommandContext, AggregateStore } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import { AlertStreams, alertStream } from '../alert-streams';
import { AcknowledgeResult } from '../alert.response';

export class AcknowledgeAlertsRequest {
  @ApiProperty({ example: ['execution_lag.project-2023-P07.1', 'indicator_light.2023-D-08.1'], description: 'the alerts to acknowledge (1–200)' })
  @IsArray({ message: 'alertIds must be a list of alert ids' }) @ArrayMinSize(1, { message: 'choose at least one alert' })
  @ArrayMaxSize(200, { message: 'at most 200 alerts at once' }) @IsString({ each: true, message: 'each alert id must be text' }) alertIds!: string[];

  @ApiProperty({ example: '已逐项核实，财务科督促各单位本月内加快支付', description: 'what is being done about them (1–1000 characters)' })
  @IsString({ message: 'note must be text' }) @MaxLength(1000, { message: 'note must be at most 1000 characters' }) note!: string;
}

@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/alerts/acknowledgements')
export class AcknowledgeAlertsController {
  constructor(private readonly aggregates: AggregateStore, private readonly alerts: AlertStreams) {}

  /**
   * All or nothing: every alert must exist, be open and in the caller's scope, or nothing is recorded and the
   * answer names the first that is not. Alerts already acknowledged are skipped, so a retry is harmless.
   */
  @Post()
  @HttpCode(201)
  @Authorize('alerts:acknowledge')
  @ApiOperation({ summary: '批量确认预警 Acknowledge several open alerts with one note, atomically' })
  @ApiCreatedResponse({ type: AcknowledgeResult })
  @ApiResponse({ status: 404, description: 'ALERT_NOT_FOUND (field alertIds[i])' })
  @ApiResponse({ status: 409, description: 'ALERT_NOT_OPEN (field alertIds[i])' })
  async acknowledge(@Body() body: AcknowledgeAlertsRequest, @Ctx() ctx: CommandContext) {
    const ids = [...new Set(body.alertIds)];
    const streams = ids.map((alertId, i) => alertStream(alertId, `alertIds[${i}]`));
    let acknowledged: string[] = [];
    let skipped: { alertId: string; code: string }[] = [];
    const handled = await this.aggregates.handleMany(streams, (loaded) => {
      acknowledged = [];
      skipped = [];
      return loaded.map(({ state }, i) => {
        const alertId = ids[i];
        try {
          const decision = this.alerts.acknowledge(alertId, state, body.note, ctx, `alertIds[${i}]`);
          acknowledged.push(alertId);
          return decision;
        } catch (e) {
          if (e instanceof DomainError && e.code === 'ALERT_ALREADY_ACKNOWLEDGED') { skipped.push({ alertId, code: e.code }); return { events: [], unit: null }; }
          if (e instanceof DomainError && e.field === 'alertId') throw new DomainError(e.code, e.kind, e.message, `alertIds[${i}]`, e.details);
          throw e;
        }
      });
    }, { ...ctx, expectedRevision: undefined });
    return { acknowledged, skipped, position: handled.reduce((max, a) => Math.max(max, a.position), 0) };
  }
}
