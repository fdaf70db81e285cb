import { Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, APP_CONFIG, ConfigError } from '@app/config';
import { DomainError, MonitoringSettings, mergeSettings } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { LIVE_PREFIX, Lease, Projector, ReadModelDb, openReadModels, outdatedTables, readModelOptionsFor, rebuild } from '@app/read-models';
import { correlationIdsOf, withLogContext } from '@app/kernel';
import { ProjectionLag } from './projection-lag';
import { ReadConsistency } from './read-consistency';
import { SPENDING_PLANS, spendingPlanSettingsProvider } from '../plans/spending-plan-settings.provider';

export const READ_MODELS = Symbol('READ_MODELS');
export const MONITORING = Symbol('MONITORING');
/** The live projector's lease: one process writes the read models, the others stand by (several instances). */
export const PROJECTOR_LEASE = Symbol('PROJECTOR_LEASE');

/** Runs the live projector inside the process: started after bootstrap, stopped before the store closes. */
@Injectable()
class ProjectorLifecycle implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger('Projector');
  constructor(private readonly projector: Projector, @Inject(READ_MODELS) private readonly rm: ReadModelDb,
    @Inject(PROJECTOR_LEASE) private readonly lease: Lease, @Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.lease.start();
    await this.rebuildOutdated();
    await this.projector.start();
    this.logger.log(`read models at position ${this.projector.position}, ${this.projector.role === 'active' ? 'following the event store' : 'standby (another instance projects)'}`);
  }
  /** After an upgrade that changed a read model's shape, the holder rebuilds them all from the event store, once. */
  private async rebuildOutdated(): Promise<void> {
    const outdated = await outdatedTables(this.rm, LIVE_PREFIX);
    if (outdated.length === 0 || !this.lease.held) return;
    this.logger.warn(`read-model tables ${outdated.join(', ')} have an older shape: rebuilding every read model from the event store`);
    const result = await rebuild(this.store, this.rm);
    this.logger.log(`read models rebuilt: ${result.events} events in ${(result.elapsedMs / 1000).toFixed(1)} s`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.projector.stop();
    await this.lease.stop(); // a standby takes over at its next look instead of waiting for the TTL
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
      provide: PROJECTOR_LEASE, inject: [APP_CONFIG, READ_MODELS],
      useFactory: (config: AppConfig, rm: ReadModelDb) => {
        const logger = new Logger('Projector');
        return new Lease(rm, 'projector', {
          ttlMs: config.LEASE_TTL_MS, renewMs: config.LEASE_RENEW_MS,
          onChange: (held, why) => (why === 'lost' ? logger.warn('projector lease lost: standing by') : logger.log(held ? 'projector lease taken: this instance writes the read models' : 'projector lease released')),
          onError: (error) => logger.warn(`projector lease: ${error instanceof Error ? error.message : String(error)}`),
        });
      },
    },
    {
      provide: Projector, inject: [EVENT_STORE, READ_MODELS, PROJECTOR_LEASE],
      useFactory: (store: EventStore, rm: ReadModelDb, lease: Lease) => {
        const logger = new Logger('Projector');
        return new Projector(store, rm, {
          lease,
          onError: (error) => logger.error(`batch failed, retrying: ${error instanceof Error ? error.message : String(error)}`),
          // one debug line per batch, carrying the correlation ids of the commands whose events it projected
          onBatch: ({ events, applied, position }) => {
            const ids = correlationIdsOf(events);
            withLogContext({ ...(ids.length === 1 ? { correlationId: ids[0] } : { correlationIds: ids }), position }, () =>
              logger.debug(`projected ${events.length} event(s) (${applied} applied) to position ${position}; correlation ${ids.join(', ')}`));
          },
        });
      },
    },
    { provide: MONITORING, inject: [APP_CONFIG], useFactory: monitoringSettings },
    spendingPlanSettingsProvider,
    ProjectorLifecycle,
    ReadConsistency,
    ProjectionLag,
  ],
  exports: [READ_MODELS, Projector, PROJECTOR_LEASE, MONITORING, SPENDING_PLANS, ReadConsistency, ProjectionLag],
})
export class ReadModelsModule {}
