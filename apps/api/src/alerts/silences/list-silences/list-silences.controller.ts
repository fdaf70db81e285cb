import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { silenceStatus } from '@app/domain';
import { ReadModelDb } from '@app/read-models';
import { Authorize, CurrentPrincipal } from '../../../auth/authorize';
import { Principal } from '@app/kernel';
import { READ_MODELS, AlertSilencesReader } from '@app/platform';
import { People } from '../../people';
import { silenceJson, subjectNames } from '../silence-json';
import { SilenceList } from '../silence.response';

export class ListSilencesRequest {
  @ApiPropertyOptional({ enum: ['active', 'all'], description: 'default active (in force or yet to start)' })
  @IsOptional() @IsIn(['active', 'all'], { message: 'status must be active or all' }) status?: 'active' | 'all';
}

@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/alert-silences')
export class ListSilencesController {
  constructor(private readonly silences: AlertSilencesReader, @Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly people: People) {}

  @Get()
  @Authorize('read')
  @ApiOperation({ summary: '静默列表 Silences, newest first: in force (default) or all, with who set them, why and until when' })
  @ApiOkResponse({ type: SilenceList })
  async list(@Query() q: ListSilencesRequest, @CurrentPrincipal() principal: Principal) {
    const now = new Date();
    const { state } = await this.silences.load();
    const records = [...state.byId.values()]
      .filter((r) => q.status === 'all' || ['active', 'pending'].includes(silenceStatus(r, now.toISOString())))
      // a unit's people see the silences of their units and of alerts listed by subject (their names are no secret)
      .filter((r) => principal.units === 'all' || r.silence.unit === null || principal.units.includes(r.silence.unit))
      .sort((a, b) => b.silence.startsAt.localeCompare(a.silence.startsAt));
    const [person, names] = await Promise.all([this.people.resolver(), subjectNames(this.rm, records.flatMap((r) => r.silence.subjects))]);
    return { silences: records.map((r) => silenceJson(r, now, person, names)) };
  }
}
