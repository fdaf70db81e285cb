import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ReadModelDb, alertsView } from '@app/read-models';
import { CurrentPrincipal, Authorize } from '../../auth/authorize';
import { Principal } from '../../auth/principal';
import { unitsForRead } from '../../auth/scope';
import { READ_MODELS } from '../../read-models/read-models.module';
import { ReadConsistency } from '../../read-models/read-consistency';

export class ListAlertsRequest {
  @ApiPropertyOptional({ enum: ['open', 'resolved', 'all'], description: 'default open' }) @IsOptional() @IsIn(['open', 'resolved', 'all']) status?: 'open' | 'resolved' | 'all';
  @ApiPropertyOptional({ example: '2023' }) @IsOptional() @Matches(/^\d{4}$/, { message: 'fiscalYear must be a 4-digit year' }) fiscalYear?: string;
  @ApiPropertyOptional({ example: 'indicator_light' }) @IsOptional() @Matches(/^[a-z_]{1,40}$/, { message: 'rule must be a rule id such as indicator_light' }) rule?: string;
  @ApiPropertyOptional({ enum: ['yellow', 'red'] }) @IsOptional() @IsIn(['yellow', 'red']) severity?: 'yellow' | 'red';
  @ApiPropertyOptional({ example: '426006' }) @IsOptional() @Matches(/^\d{6}$/, { message: 'unit must be a 6-digit budget unit code' }) unit?: string;
  @ApiPropertyOptional({ example: '50' }) @IsOptional() @Matches(/^([1-9]\d{0,2}|1000)$/, { message: 'limit must be 1–1000' }) limit?: string;
  @ApiPropertyOptional({ example: '0' }) @IsOptional() @Matches(/^\d{1,7}$/, { message: 'offset must be a whole number' }) offset?: string;
  @ApiPropertyOptional({ description: 'wait until the read models include this position' }) @IsOptional() @Matches(/^\d{1,15}$/) minPosition?: string;
}

@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/alerts')
export class ListAlertsController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly consistency: ReadConsistency) {}

  @Get()
  @Authorize('read')
  @ApiOperation({ summary: '预警列表 Open and past alerts (newest first) with their lifecycle; scoped readers see their units only' })
  async list(@Query() q: ListAlertsRequest, @CurrentPrincipal() principal: Principal) {
    const position = await this.consistency.reach(q.minPosition !== undefined ? Number(q.minPosition) : undefined);
    const units = unitsForRead(principal, q.unit);
    const status = q.status ?? 'open';
    const view = await alertsView(this.rm.db, {
      ...(status !== 'all' ? { status } : {}), ...(q.fiscalYear ? { fiscalYear: Number(q.fiscalYear) } : {}), ...(q.rule ? { rule: q.rule } : {}),
      ...(q.severity ? { severity: q.severity } : {}), ...(q.unit ? { unit: q.unit } : {}), ...(units ? { units } : {}),
      limit: q.limit ? Number(q.limit) : 50, offset: q.offset ? Number(q.offset) : 0,
    });
    return {
      position, total: view.total, open: view.open,
      alerts: view.alerts.map((a) => ({
        alertId: a.alert_id, rule: a.rule, subjectKey: a.subject_key, subjectKind: a.subject_kind, subjectName: a.subject_name, unit: a.unit,
        fiscalYear: a.fiscal_year, severity: a.severity, status: a.status, acknowledged: a.acknowledged === 1,
        acknowledgedBy: a.acknowledged_by, acknowledgedAt: a.acknowledged_at, acknowledgementNote: a.ack_note,
        raisedAt: a.raised_at, escalatedAt: a.escalated_at, lastNotifiedAt: a.last_notified_at, resolvedAt: a.resolved_at, resolvedHow: a.resolved_how,
        summary: a.summary, target: a.target, actual: a.actual, expected: a.expected, measureUnit: a.measure_unit, deviationReason: a.deviation_reason,
        link: a.link, asOf: a.as_of,
      })),
    };
  }
}
