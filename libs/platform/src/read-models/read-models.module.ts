import { Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, APP_CONFIG, ConfigError } from '@app/config';
import { DomainError, MonitoringSettings, mergeSettings } from '@app/domain';
import { EVENT_STORE, EventStore, eventStoreSelectionFor } from '@app/event-store';
import { Lease, LiveProjector, ProjectorThread, ReadModelDb, openReadModels, processHolderId, readModelOptionsFor, startingPoint } from '@app/read-models';
import { withLogContext } from '@app/kernel';
import { HEAD_DOORBELL, HeadDoorbell } from '../head-doorbell';
import { ProjectionLag } from './projection-lag';
import { ReadConsistency } from './read-consistency';
import { SPENDING_PLANS, spendingPlanSettingsProvider } from '../plans/spending-plan-settings.provider';

export const READ_MODELS = Symbol('READ_MODELS');
/** SQLite: the longest a statement on the request thread waits for the write lock before failing (writes then retry asynchronously). */
const MAIN_THREAD_BUSY_TIMEOUT_MS = 20;
/**
 * The projector thread's V8 heap (an isolate of its own): a page of events is garbage after its batch, so a
 * small young generation keeps the process's peak RSS down while catching up (issue 14: ≤ 300 MB at 1M
 * events); the old generation limit only guards against a runaway (the thread would be restarted).
 */
const THREAD_YOUNG_GENERATION_MB = 8;
const THREAD_OLD_GENERATION_MB = 256;
export const MONITORING = Symbol('MONITORING');
/**
 * The projector's lease as this process sees it: its holder id and the stored row (health). The projector
 * thread takes and renews it with its own connection; this object is never started.
 */
export const PROJECTOR_LEASE = Symbol('PROJECTOR_LEASE');

/**
 * Starts the projector thread after bootstrap without waiting for it to catch up (queries answer 503
 * READ_MODEL_BEHIND with progress meanwhile), rings it after local appends, stops it before the stores close.
 */
@Injectable()
class ProjectorLifecycle implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private unlisten: (() => void) | undefined;
  constructor(private readonly projector: LiveProjector, @Inject(READ_MODELS) private readonly rm: ReadModelDb,
    @Inject(HEAD_DOORBELL) private readonly doorbell: HeadDoorbell) {}

  async onApplicationBootstrap(): Promise<void> {
    this.unlisten = this.doorbell.listen((head) => this.projector.ring(head));
    await this.projector.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.unlisten?.();
    await this.projector.stop(); // the thread releases the lease: a standby takes over at its next look
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

/** The projector in a worker thread (ADR 0019): its own connections, the lease, logs forwarded here. */
function projectorThread(config: AppConfig, lease: Lease, store: EventStore, rm: ReadModelDb): ProjectorThread {
  const logger = new Logger('Projector');
  const thread = new ProjectorThread({
    store: eventStoreSelectionFor(config), readModels: readModelOptionsFor(config),
    lease: { name: lease.name, holder: lease.holder, ttlMs: config.LEASE_TTL_MS, renewMs: config.LEASE_RENEW_MS },
    reportBatches: true, // the logger may be switched to debug after start: the thread cannot know
    // short write transactions (the request thread's few writes wait for them) and bounded memory while catching up
    // SQLite page cache of a rebuild: 16 MiB instead of 64 caught up 1M events as fast and peaked 26 MiB lower (bench section 11)
    batchSize: 2500, rebuildBatchSize: 2500, rebuildCacheKiB: 16 * 1024,
    // appends of other instances are found by polling (this process's own ring the doorbell): a cheap read in the thread
    pollIntervalMs: 200,
    resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: THREAD_OLD_GENERATION_MB },
  }, {
    startingPoint: () => startingPoint(store, rm),
    onLog: (level, message) => logger[level](message),
    // one debug line per batch, carrying the correlation ids of the commands whose events it projected
    onBatch: ({ events, applied, position, correlationIds: ids }) => withLogContext({ ...(ids.length === 1 ? { correlationId: ids[0] } : { correlationIds: ids }), position }, () =>
      logger.debug(`projected ${events} event(s) (${applied} applied) to position ${position}; correlation ${ids.join(', ')}`)),
  });
  thread.preload(); // its code loads while the rest of the app initialises; it projects from bootstrap on
  return thread;
}

/** Read models (execution, indicators, wage arrears, fund) in SQLite under DATA_DIR or in PostgreSQL. */
@Global()
@Module({
  providers: [
    {
      provide: READ_MODELS, inject: [APP_CONFIG],
      // the request thread's connection: queries, and the alert trigger loop's lease and checkpoint. SQLite: it never
      // busy-waits on the projector thread's write lock for long (better-sqlite3 would block the event loop meanwhile)
      useFactory: (config: AppConfig) => openReadModels(readModelOptionsFor(config), { busyTimeoutMs: MAIN_THREAD_BUSY_TIMEOUT_MS }),
    },
    { provide: PROJECTOR_LEASE, inject: [READ_MODELS], useFactory: (rm: ReadModelDb) => new Lease(rm, 'projector', { holder: processHolderId() }) },
    { provide: LiveProjector, inject: [APP_CONFIG, PROJECTOR_LEASE, EVENT_STORE, READ_MODELS], useFactory: projectorThread },
    { provide: MONITORING, inject: [APP_CONFIG], useFactory: monitoringSettings },
    spendingPlanSettingsProvider,
    ProjectorLifecycle,
    ReadConsistency,
    ProjectionLag,
  ],
  exports: [READ_MODELS, LiveProjector, PROJECTOR_LEASE, MONITORING, SPENDING_PLANS, ReadConsistency, ProjectionLag],
})
export class ReadModelsModule {}
