import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { DomainError } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { Principal } from '@app/kernel';
import { readLog } from './event-log';
import { ListEventsRequest } from './list-events.request';
import { EventLogPage } from '../audit.response';

/** The raw event log for auditors: every stored event with its metadata and data as stored (secrets redacted). */
@ApiTags('audit 审计')
@ApiBearerAuth()
@Controller('api/v1/events')
export class ListEventsController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Authorize('events:read')
  @Get()
  @ApiOperation({ summary: 'The global event log by position, filterable by stream, type and actor' })
  @ApiOkResponse({ type: EventLogPage })
  async list(@Query() q: ListEventsRequest, @CurrentPrincipal() p: Principal) {
    const limit = q.limit === undefined ? 200 : Number(q.limit);
    if (limit < 1 || limit > 1000) throw DomainError.invalid('INVALID_LIMIT', 'limit', 'limit must be from 1 to 1000');
    const after = q.after === undefined ? 0 : Number(q.after);
    const [page, head] = await Promise.all([
      readLog(this.store, { after, limit, ...(q.stream ? { stream: q.stream } : {}), ...(q.type ? { type: q.type } : {}), ...(q.actor ? { actor: q.actor } : {}) }, p),
      this.store.headPosition(),
    ]);
    return {
      events: page.events.map((e) => ({
        position: e.position, streamId: e.streamId, revision: e.revision, id: e.id, type: e.type, storedAt: e.storedAt, metadata: e.metadata, data: e.data,
      })),
      next: page.next,
      head,
    };
  }
}
