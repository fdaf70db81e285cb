import { Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, APP_CONFIG, ConfigError } from '@app/config';
import { DomainError, MonitoringSettings, mergeSettings } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { Projector, ReadModelDb, openReadModels, readModelOptionsFor } from '@app/read-models';
import { ReadConsistency } from './read-consistency';

export const READ_MODELS = Symbol('READ_MODELS');
export const MONITORING = Symbol('MONITORING');

/** Runs the live projector inside the process: started after bootstrap, stopped before the store closes. */
@Injectable()
class ProjectorLifecycle implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger('Projector');
  constructor(private readonly projector: Projector, @Inject(READ_MODELS) private readonly rm: ReadModelDb) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.projector.start();
    this.logger.log(`read models at position ${this.projector.position}, following the event store`);
  }
  async onModuleDestroy(): Promise<void> {
    await this.projector.stop();
  }
  async onApplicationShutdown(): Promise<void> {
    await this.rm.close();
  }
}

/** The monitoring thresholds: DOMAIN.md defaults, overridden by MONITORING_SETTINGS and TIME_PROGRESS_BASIS. */
export function monitoringSettings(config: AppConfig): MonitoringSettings {
  try {
    return mergeSettings({ ...config.MONITORING_SETTINGS, timeProgressBasis: config.TIME_PROGRESS_BASIS } as never);
  } catch (e) {
    if (e instanceof DomainError) throw new ConfigError([`MONITORING_SETTINGS: ${e.field ?? ''} ${e.message}`]);
    throw e;
  }
}

/** Read models (execution, indicators, wage arrears, fund) in SQLite under DATA_DIR or in PostgreSQL. */
@Global()
@Module({
  providers: [
    {
      provide: READ_MODELS, inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openReadModels(readModelOptionsFor(config)),
    },
    {
      provide: Projector, inject: [EVENT_STORE, READ_MODELS],
      useFactory: (store: EventStore, rm: ReadModelDb) => new Projector(store, rm, {
        onError: (error) => new Logger('Projector').error(`batch failed, retrying: ${error instanceof Error ? error.message : String(error)}`),
      }),
    },
    { provide: MONITORING, inject: [APP_CONFIG], useFactory: monitoringSettings },
    ProjectorLifecycle,
    ReadConsistency,
  ],
  exports: [READ_MODELS, Projector, MONITORING, ReadConsistency],
})
export class ReadModelsModule {}
