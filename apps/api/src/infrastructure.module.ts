import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, APP_CONFIG } from '@app/config';
import { EVENT_STORE, EventStore, SqliteEventStore } from '@app/event-store';
import { AggregateStore } from './shared/event-sourcing/aggregate-store';
import { IdempotencyStore } from './shared/idempotency/idempotency.store';

export const REDIS = Symbol('REDIS');

/** Closes what the module opened, after Nest has stopped taking requests and closed the workers. */
@Injectable()
class Closer implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, @Inject(REDIS) private readonly redis: Redis,
    private readonly idempotency: IdempotencyStore) {}

  async onApplicationShutdown(): Promise<void> {
    this.idempotency.close();
    await this.store.close();
    this.redis.disconnect();
  }
}

/** The embedded default: SQLite event store and idempotency keys under DATA_DIR, Redis for the queues. */
@Global()
@Module({})
export class InfrastructureModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: EVENT_STORE, useFactory: () => SqliteEventStore.open({ filename: config.EVENT_STORE_FILE }) },
        // commands never wait for Redis: health reports it, the queues reconnect by themselves
        { provide: REDIS, useFactory: () => new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false }) },
        { provide: IdempotencyStore, useFactory: () => new IdempotencyStore(config.API_DB_FILE) },
        AggregateStore,
        Closer,
      ],
      exports: [APP_CONFIG, EVENT_STORE, REDIS, IdempotencyStore, AggregateStore],
    };
  }
}
