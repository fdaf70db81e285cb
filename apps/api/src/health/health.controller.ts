import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import Redis from 'ioredis';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { Projector } from '@app/read-models';
import { REDIS } from '../infrastructure.module';
import { Public } from '../auth/authorize';

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, @Inject(REDIS) private readonly redis: Redis,
    private readonly projector: Projector) {}

  /** 200 when the event store answers (commands work); Redis and the read models are reported but only degrade. */
  @Get()
  @ApiOperation({ summary: 'State of the event store and Redis' })
  async health(@Res({ passthrough: true }) res: Response) {
    const store = await withTimeout(this.store.headPosition(), 2000)
      .then((head) => ({ status: 'up' as const, headPosition: head }), (e: Error) => ({ status: 'down' as const, error: e.message }));
    const redis = await withTimeout(this.redis.ping(), 1000)
      .then(() => ({ status: 'up' as const }), (e: Error) => ({ status: 'down' as const, error: e.message }));
    const readModels = {
      status: this.projector.lastError ? ('lagging' as const) : ('up' as const),
      position: this.projector.position,
      behind: store.status === 'up' ? Math.max(0, store.headPosition - this.projector.position) : null,
      ...(this.projector.lastError ? { error: String((this.projector.lastError as Error).message ?? this.projector.lastError) } : {}),
    };
    const degraded = redis.status === 'down' || readModels.status !== 'up';
    const status = store.status === 'down' ? 'down' : degraded ? 'degraded' : 'up';
    res.status(store.status === 'up' ? 200 : 503);
    return { status, checks: { eventStore: store, redis, readModels } };
  }
}
