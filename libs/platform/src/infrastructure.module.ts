import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, APP_CONFIG } from '@app/config';
import { EVENT_STORE, EventStore, connectKurrentDb, SqliteEventStore } from '@app/event-store';
import { AggregateStore } from '@app/kernel';

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
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, @Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    this.redis.disconnect();
  }
}

/** What every role needs: the configuration, the event store (SQLite under DATA_DIR by default), Redis, the aggregates. */
@Global()
@Module({})
export class InfrastructureModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // EVENT_STORE=kurrentdb: the production server/cluster (config guarantees KURRENTDB_URL); else SQLite under DATA_DIR
        {
          provide: EVENT_STORE,
          useFactory: (): EventStore => (config.EVENT_STORE === 'kurrentdb' && config.KURRENTDB_URL
            ? connectKurrentDb({ connectionString: config.KURRENTDB_URL })
            : SqliteEventStore.open({ filename: config.EVENT_STORE_FILE })),
        },
        // commands never wait for Redis: health reports it, the queues reconnect by themselves
        { provide: REDIS, useFactory: () => watchRedis(new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false })) },
        {
          provide: AggregateStore, inject: [EVENT_STORE],
          useFactory: (store: EventStore) => new AggregateStore(store, { retries: config.COMMAND_RETRIES, cacheSize: config.STATE_CACHE_SIZE }),
        },
        Closer,
      ],
      exports: [APP_CONFIG, EVENT_STORE, REDIS, AggregateStore],
    };
  }
}
