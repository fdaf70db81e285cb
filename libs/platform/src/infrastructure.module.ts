import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, APP_CONFIG } from '@app/config';
import {
  EVENT_STORE, EventStore, IdempotencyKeys, SNAPSHOT_STORE, SnapshotStore, eventStoreSelectionFor, hasIdempotencyKeys, openEventStore, openSnapshotStore, SqliteEventStore,
} from '@app/event-store';
import { AggregateStore } from '@app/kernel';
import { HEAD_DOORBELL, HeadDoorbell, ringingOnAppend } from './head-doorbell';
import { RedisIdempotencyKeys } from './idempotency/redis-idempotency-keys';

export const REDIS = Symbol('REDIS');
/** Where Idempotency-Keys are kept (ADR 0017): beside the events, or in Redis for a store that cannot keep them. */
export const IDEMPOTENCY_KEYS = Symbol('IDEMPOTENCY_KEYS');

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

/** Opens the configured store; a SQLite file of an earlier schema was upgraded on opening (ADR 0018): say so. */
async function openLogged(config: AppConfig): Promise<EventStore> {
  const store = await openEventStore(eventStoreSelectionFor(config));
  if (store instanceof SqliteEventStore) store.preloadEventIds(); // while the rest of the app starts
  const upgrade = store instanceof SqliteEventStore ? store.schemaUpgrade : undefined;
  if (upgrade) {
    new Logger('EventStore').log(`event store file upgraded from schema ${upgrade.fromVersion} to ${upgrade.toVersion}: ` +
      `${upgrade.events} events copied and verified in ${(upgrade.elapsedMs / 1000).toFixed(1)} s`);
  }
  return store;
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
          useFactory: async (doorbell: HeadDoorbell): Promise<EventStore> => ringingOnAppend(await openLogged(config), doorbell),
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
        {
          provide: IDEMPOTENCY_KEYS, inject: [EVENT_STORE, REDIS],
          useFactory: (store: EventStore, redis: Redis): IdempotencyKeys => (hasIdempotencyKeys(store)
            ? store.idempotencyKeys()
            : new RedisIdempotencyKeys(redis, `${config.QUEUE_PREFIX}:idempotency`, config.IDEMPOTENCY_RETENTION_DAYS * 86_400)),
        },
        Closer,
      ],
      exports: [APP_CONFIG, EVENT_STORE, HEAD_DOORBELL, REDIS, AggregateStore, IDEMPOTENCY_KEYS],
    };
  }
}
