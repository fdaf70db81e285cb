import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiResponse, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { DomainError } from '@app/domain';
import { Forbidden, assertUnitInScope, CommandContext } from '@app/kernel';
import { Authorize } from '../../../auth/authorize';
import { Ctx } from '../../../shared/command-context';
import { AlertSilencesReader } from '@app/platform';
import { AlertSilencesService } from '../silences.service';
import { SilenceLifted } from '../silence.response';

export class LiftSilenceRequest {
  @ApiProperty({ example: '调整已批复，恢复预警通知', description: 'why the silence ends early (2–500 characters)' })
  @IsString({ message: 'reason must be text' }) @MaxLength(500, { message: 'reason must be at most 500 characters' }) reason!: string;
}

@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/alert-silences/:silenceId/lift')
export class LiftSilenceController {
  constructor(private readonly silences: AlertSilencesService, private readonly reader: AlertSilencesReader) {}

  @Post()
  @HttpCode(200)
  @Authorize('alerts:acknowledge')
  @ApiOperation({ summary: '解除静默 End a silence early, with a reason' })
  @ApiOkResponse({ type: SilenceLifted })
  @ApiResponse({ status: 404, description: 'SILENCE_NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'SILENCE_ALREADY_LIFTED, SILENCE_EXPIRED' })
  async lift(@Param('silenceId') silenceId: string, @Body() body: LiftSilenceRequest, @Ctx() ctx: CommandContext) {
    const record = (await this.reader.load()).state.byId.get(silenceId);
    if (!record) throw DomainError.notFound('SILENCE_NOT_FOUND', 'silenceId', `no silence ${silenceId}`);
    if (record.silence.unit !== null) assertUnitInScope(ctx.principal, record.silence.unit);
    else if (ctx.principal.units !== 'all' && record.silence.by !== ctx.actor) {
      throw new Forbidden('SILENCE_OUT_OF_SCOPE', 'a silence of listed alerts is lifted by whoever set it, or by department-wide managers', 'silenceId');
    }
    const { position } = await this.silences.execute({ type: 'LiftAlertSilence', silenceId, by: ctx.actor, reason: body.reason, now: ctx.now.toISOString() }, ctx);
    return { silenceId, lifted: true, position };
  }
}
