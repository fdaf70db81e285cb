import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { RULE_IDS, RULE_NAMES } from '@app/alerting';
import { ReadModelDb, alertsView } from '@app/read-models';
import { CurrentPrincipal, Authorize } from '../../auth/authorize';
import { Principal, unitsForRead } from '@app/kernel';
import { READ_MODELS, ReadConsistency } from '@app/platform';
import { AlertViews } from '../alert-views';
import { AlertList } from '../alert.response';
import { IsFiscalYear } from '../../shared/dates';

export class ListAlertsRequest {
  @ApiPropertyOptional({ enum: ['open', 'resolved', 'all'], description: 'default open' }) @IsOptional() @IsIn(['open', 'resolved', 'all'], { message: 'status must be open, resolved or all' }) status?: 'open' | 'resolved' | 'all';
  @ApiPropertyOptional({ example: '2023' }) @IsOptional() @IsFiscalYear() fiscalYear?: string;
  @ApiPropertyOptional({ enum: RULE_IDS }) @IsOptional() @IsIn(RULE_IDS, { message: 'rule must be one of the rule ids (see rules in the answer)' }) rule?: string;
  @ApiPropertyOptional({ enum: ['yellow', 'red'] }) @IsOptional() @IsIn(['yellow', 'red'], { message: 'severity must be yellow or red' }) severity?: 'yellow' | 'red';
  @ApiPropertyOptional({ example: '426006', description: 'alerts concerning this unit: its own and those its records drive' }) @IsOptional() @Matches(/^\d{6}$/, { message: 'unit must be a 6-digit budget unit code' }) unit?: string;
  @ApiPropertyOptional({ example: '50' }) @IsOptional() @Matches(/^([1-9]\d{0,2}|1000)$/, { message: 'limit must be 1–1000' }) limit?: string;
  @ApiPropertyOptional({ example: '0' }) @IsOptional() @Matches(/^\d{1,7}$/, { message: 'offset must be a whole number' }) offset?: string;
  @ApiPropertyOptional({ example: '1024', description: 'wait until the read models include this position' }) @IsOptional() @Matches(/^\d{1,15}$/, { message: 'minPosition must be a whole number' }) minPosition?: string;
}

@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/alerts')
export class ListAlertsController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly consistency: ReadConsistency, private readonly views: AlertViews) {}

  @Get()
  @Authorize('read')
  @ApiOperation({ summary: '预警列表 Open and past alerts (newest first), with the figures at raise time and now, silences and inhibition; scoped readers see the alerts of their units and those their units\' records drive' })
  @ApiOkResponse({ type: AlertList })
  async list(@Query() q: ListAlertsRequest, @CurrentPrincipal() principal: Principal) {
    const position = await this.consistency.reach(q.minPosition !== undefined ? Number(q.minPosition) : undefined);
    const units = unitsForRead(principal, q.unit);
    const status = q.status ?? 'open';
    const limit = q.limit ? Number(q.limit) : 50;
    const offset = q.offset ? Number(q.offset) : 0;
    const view = await alertsView(this.rm.db, {
      ...(status !== 'all' ? { status } : {}), ...(q.fiscalYear ? { fiscalYear: Number(q.fiscalYear) } : {}), ...(q.rule ? { rule: q.rule } : {}),
      ...(q.severity ? { severity: q.severity } : {}), ...(units ? { units } : {}), limit, offset,
    });
    return {
      position, total: view.total, limit, offset, open: view.open,
      openByRule: view.openByRule.map((r) => ({ ...r, ruleName: RULE_NAMES[r.rule as keyof typeof RULE_NAMES] ?? r.rule })),
      rules: RULE_IDS.map((rule) => ({ rule, ruleName: RULE_NAMES[rule] })),
      alerts: await this.views.items(view.alerts),
    };
  }
}
