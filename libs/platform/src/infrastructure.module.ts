import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, APP_CONFIG } from '@app/config';
import { EVENT_STORE, EventStore, SNAPSHOT_STORE, SnapshotStore, eventStoreSelectionFor, openEventStore, openSnapshotStore } from '@app/event-store';
import { AggregateStore } from '@app/kernel';
import { HEAD_DOORBELL, HeadDoorbell, ringingOnAppend } from './head-doorbell';

export const REDIS = Symbol('REDIS');

/** Reports Redis going away and coming back once each, instead of an unhandled error per reconnect attempt. */
function watchRedis(redis: Redis): Redis {
  const logger = new Logger('Redis');
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) logger.warn(`Redis unavailable (${error.message}); commands go on, queues wait`);
    down = true;
  });
  redis.on('ready', () => {
    if (down) logger.log('Redis is back');
    down = false;
  });
  return redis;
}

/** Closes what the module opened, after Nest has stopped taking requests and closed the workers. */
@Injectable()
class Closer implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, @Inject(REDIS) private readonly redis: Redis,
    @Inject(SNAPSHOT_STORE) private readonly snapshots: SnapshotStore | null, private readonly aggregates: AggregateStore) {}

  async onApplicationShutdown(): Promise<void> {
    // the snapshots already due are written first: the next start folds less
    await this.aggregates.flushSnapshots();
    await this.snapshots?.close();
    await this.store.close();
    this.redis.disconnect();
  }
}

/** What every role needs: the configuration, the event store the configuration selects, Redis, the aggregates. */
@Global()
@Module({})
export class InfrastructureModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: HEAD_DOORBELL, useValue: new HeadDoorbell() },
        // EVENT_STORE: sqlite under DATA_DIR (default), postgres (production, ADR 11) or kurrentdb; config guarantees the URL.
        // Every append rings the doorbell with the new head: the projector thread hears of it without reading events here (ADR 0019)
        {
          provide: EVENT_STORE, inject: [HEAD_DOORBELL],
          useFactory: async (doorbell: HeadDoorbell): Promise<EventStore> => ringingOnAppend(await openEventStore(eventStoreSelectionFor(config)), doorbell),
        },
        // commands never wait for Redis: health reports it, the queues reconnect by themselves
        { provide: REDIS, useFactory: () => watchRedis(new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false })) },
        // snapshots of folded states beside the events (ADR 0020): a cache, written off the command's path
        { provide: SNAPSHOT_STORE, inject: [EVENT_STORE], useFactory: () => openSnapshotStore(eventStoreSelectionFor(config)) },
        {
          provide: AggregateStore, inject: [EVENT_STORE, SNAPSHOT_STORE],
          useFactory: (store: EventStore, snapshots: SnapshotStore | null) => new AggregateStore(store, {
            retries: config.COMMAND_RETRIES, cacheSize: config.STATE_CACHE_SIZE, pageSize: config.STREAM_PAGE_SIZE, snapshots,
            snapshotPolicy: { every: config.SNAPSHOT_EVERY, foldBudgetMs: config.SNAPSHOT_FOLD_BUDGET_MS },
            onSnapshotError: (error, streamId) => new Logger('Snapshots').warn(`snapshot of ${streamId} skipped: ${error instanceof Error ? error.message : String(error)}`),
          }),
        },
        Closer,
      ],
      exports: [APP_CONFIG, EVENT_STORE, HEAD_DOORBELL, REDIS, AggregateStore],
    };
  }
}
