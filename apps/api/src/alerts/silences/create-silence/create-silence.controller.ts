import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { RULE_IDS } from '@app/alerting';
import { ALERT_SILENCES_STREAM, DomainError, alertSilencesDecider, parseAlertId } from '@app/domain';
import { ReadModelDb } from '@app/read-models';
import { Authorize } from '../../../auth/authorize';
import { assertUnitInScope, CommandContext, AggregateStore, deterministicId } from '@app/kernel';
import { READ_MODELS } from '@app/platform';
import { Ctx } from '../../../shared/command-context';
import { alertStream, assertAlertFound } from '../../alert-streams';
import { People } from '../../people';
import { silenceJson, subjectNames } from '../silence-json';
import { AlertSilencesService } from '../silences.service';
import { SilenceCreated } from '../silence.response';
import { IsBusinessDate } from '../../../shared/dates';

export class CreateSilenceRequest {
  @ApiPropertyOptional({ example: ['execution_lag.project-2023-P07.1'], description: 'silence the subjects of these alerts (1–500)…' })
  @IsOptional() @IsArray({ message: 'alertIds must be a list of alert ids' }) @ArrayMaxSize(500, { message: 'at most 500 alerts in one silence' })
  @IsString({ each: true, message: 'each alert id must be text' }) alertIds?: string[];

  @ApiPropertyOptional({ example: '426006', description: '… or every alert of a unit (optionally of one rule)' })
  @IsOptional() @Matches(/^\d{6}$/, { message: 'unit must be a 6-digit budget unit code' }) unit?: string;

  @ApiPropertyOptional({ enum: RULE_IDS, description: 'with unit: only this rule\'s alerts' })
  @IsOptional() @IsIn(RULE_IDS, { message: 'rule must be one of the rule ids' }) rule?: string;

  @ApiProperty({ example: '2023-07-31', description: 'the last day of the silence (Asia/Shanghai), at most 90 days ahead; or an ISO instant' })
  @IsBusinessDate({ time: true }) endsAt!: string;

  @ApiProperty({ example: '项目调整已报批，8月起恢复支付', description: 'why nobody need be told for a while (2–500 characters)' })
  @IsString({ message: 'reason must be text' }) @MaxLength(500, { message: 'reason must be at most 500 characters' }) reason!: string;
}

/** `2023-07-31` means to the end of that day in Beijing time; an instant is taken as given. */
function endOf(endsAt: string): string {
  if (endsAt.length > 10) return new Date(endsAt).toISOString();
  const [y, m, d] = endsAt.split('-').map(Number);
  const end = new Date(Date.UTC(y, m - 1, d + 1) - 8 * 3_600_000);
  if (end.getUTCFullYear() < 2000 || Number.isNaN(end.getTime()) || new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) {
    throw DomainError.invalid('INVALID_DATE', 'endsAt', `${endsAt} is not a date`);
  }
  return end.toISOString();
}

@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/alert-silences')
export class CreateSilenceController {
  constructor(private readonly silences: AlertSilencesService, private readonly aggregates: AggregateStore,
    @Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly people: People) {}

  @Post()
  @HttpCode(201)
  @Authorize('alerts:acknowledge')
  @ApiOperation({ summary: '静默 Silence alerts for a period with a reason: they stay listed, nobody is e-mailed about them until the end' })
  @ApiCreatedResponse({ type: SilenceCreated })
  @ApiResponse({ status: 422, description: 'SILENCE_MATCHES_NOTHING, SILENCE_ENDS_IN_PAST, SILENCE_TOO_LONG, INVALID_REASON, INVALID_DATE' })
  async create(@Body() body: CreateSilenceRequest, @Ctx() ctx: CommandContext) {
    if (body.rule !== undefined && body.unit === undefined) throw DomainError.invalid('RULE_NEEDS_UNIT', 'rule', 'a rule silences the alerts of a unit: name the unit too');
    if (body.unit !== undefined) assertUnitInScope(ctx.principal, body.unit);
    const subjects = [];
    for (const [i, alertId] of (body.alertIds ?? []).entries()) {
      const { streamId, reducer } = alertStream(alertId, `alertIds[${i}]`);
      assertAlertFound(alertId, (await this.aggregates.load(streamId, reducer)).state, ctx, `alertIds[${i}]`); // exists and in scope
      const { rule, subjectKey } = parseAlertId(alertId) as { rule: string; subjectKey: string };
      subjects.push({ rule, subjectKey });
    }
    // a retried request (same Idempotency-Key) is the same silence
    const silenceId = ctx.causationId ? deterministicId(`AlertSilence|${ctx.actor}|${ctx.causationId}`) : deterministicId(`AlertSilence|${ctx.correlationId}`);
    const silence = {
      silenceId, subjects, unit: body.unit ?? null, rule: body.rule ?? null, startsAt: ctx.now.toISOString(), endsAt: endOf(body.endsAt),
      reason: body.reason, by: ctx.actor,
    };
    const { position } = await this.silences.execute({ type: 'CreateAlertSilence', silence, now: ctx.now.toISOString() }, ctx);
    const { state } = await this.aggregates.load(ALERT_SILENCES_STREAM, alertSilencesDecider);
    const record = state.byId.get(silenceId)!;
    return { silence: silenceJson(record, ctx.now, await this.people.resolver(), await subjectNames(this.rm, record.silence.subjects)), position };
  }
}
