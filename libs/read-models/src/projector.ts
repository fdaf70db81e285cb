import type { EventStore, StoredEvent } from '@app/event-store';
import { LIVE_PREFIX, type ReadModelDb } from './database';
import { startingPoint } from './catch-up';
import type { SharedDoorbell } from './doorbell';
import { type CatchUpProgress, LiveProjector, percentOf, type ProjectorRole } from './live-projector';
import { outdatedTables } from './migrations';
import { type Projection, projectNext, readCheckpoints } from './projection';
import { ALL_PROJECTIONS } from './projections/index';
import { rebuild, type RebuildResult } from './rebuild';

export interface ProjectorOptions {
  readonly projections?: readonly Projection[];
  /** events per batch transaction (default 2500); live batches are as small as what is new */
  readonly batchSize?: number;
  /**
   * Cold start: when the backlog at start exceeds this many events (default 50,000; 0 = never) and is at least
   * the position already reached, rebuild (bulk, aside, swap: several times faster) instead of catching up.
   */
  readonly rebuildBacklog?: number;
  /** events per batch of such a rebuild (default 5000) */
  readonly rebuildBatchSize?: number;
  /** SQLite page cache of such a rebuild, KiB (rebuild.ts) */
  readonly rebuildCacheKiB?: number;
  /** when caught up, how often to look for appends nobody rang about (other processes; default 500 ms) */
  readonly pollIntervalMs?: number;
  /** pause after a failed batch before retrying it (default 1000 ms) */
  readonly retryDelayMs?: number;
  readonly onError?: (error: unknown) => void;
  /**
   * Several processes: only the holder of this lease writes (see lease.ts). The others are standbys: they
   * follow the checkpoint the holder stores, so `position` and `waitFor` answer for the shared read models.
   * Without it the projector always writes (one process, tests, the rebuild CLI).
   */
  readonly lease?: { readonly held: boolean };
  /** shared with the thread that rings (projector thread): it rings only while this projector may sleep */
  readonly doorbell?: SharedDoorbell;
  /** after each batch that read events (for logs: the correlation ids it carried) */
  readonly onBatch?: (batch: { readonly events: readonly StoredEvent[]; readonly applied: number; readonly position: number }) => void;
  /** position, catching-up progress or the last error changed (the projector thread reports them to the main thread) */
  readonly onChange?: () => void;
}

interface Waiter { readonly position: number; readonly settle: (reached: boolean) => void }

/**
 * Keeps the live read models (`rm_*`) up to date: catches up from the stored checkpoint in pages, then
 * follows new appends (rung by `ring(head)`, else found by polling; events are read in pages by position,
 * once). Every batch is one transaction that re-reads the checkpoint, so a crash, a redelivery, a second
 * projector or a rebuild swapping the tables underneath can neither double-count nor skip. Tables of an
 * older shape, or a backlog far behind, are rebuilt aside (rebuild.ts) while `catchingUp` reports progress.
 */
export class Projector extends LiveProjector {
  private readonly projections: readonly Projection[];
  private readonly batchSize: number;
  private current = 0;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private abort = new AbortController();
  private rung = false;
  private wakeUp: (() => void) | undefined;
  private serial: Promise<unknown> = Promise.resolve();
  private readonly waiters = new Set<Waiter>();
  /** the store's head when started, until the live tables include it (then 0) */
  private startHead = 0;
  private startedFrom = { position: 0, at: 0 };
  /** the live tables have an older shape than their declarations: a rebuild must replace them */
  private outdated = false;
  private rebuilding: { position: number; head: number; eventsPerSecond: number } | undefined;
  private failure: unknown;
  /** what the cold-start rebuild did, if the projector found itself far behind or outdated (see rebuildBacklog) */
  coldStart: RebuildResult | undefined;

  constructor(private readonly store: EventStore, private readonly rm: ReadModelDb, private readonly options: ProjectorOptions = {}) {
    super();
    this.projections = options.projections ?? ALL_PROJECTIONS;
    this.batchSize = options.batchSize ?? 2500;
  }

  get role(): ProjectorRole {
    return !this.options.lease || this.options.lease.held ? 'active' : 'standby';
  }

  get position(): number {
    return this.current;
  }

  get lastError(): unknown {
    return this.failure;
  }

  private failed(error: unknown): void {
    this.failure = error;
    this.options.onChange?.();
    this.options.onError?.(error);
  }

  /** The live tables have an older shape and wait for a rebuild to replace them: no position counts as reached. */
  get replacing(): boolean {
    return this.outdated;
  }

  get catchingUp(): CatchUpProgress | undefined {
    const target = this.startHead;
    if (this.rebuilding) {
      const goal = Math.max(target, this.rebuilding.head);
      return { phase: 'rebuilding', position: this.rebuilding.position, target: goal, percent: percentOf(this.rebuilding.position, goal), eventsPerSecond: Math.round(this.rebuilding.eventsPerSecond) };
    }
    if (this.outdated) return { phase: 'rebuilding', position: 0, target, percent: 0, eventsPerSecond: null };
    if (target === 0) return undefined;
    const seconds = (performance.now() - this.startedFrom.at) / 1000;
    const eventsPerSecond = seconds > 1 ? Math.round((this.current - this.startedFrom.position) / seconds) : null;
    return { phase: 'catching-up', position: this.current, target, percent: percentOf(this.current, target), eventsPerSecond };
  }

  /** Loads the checkpoint and the head to catch up with, then follows the store in the background. */
  async start(): Promise<void> {
    if (this.loop) return;
    this.stopping = false;
    this.abort = new AbortController();
    const point = await startingPoint(this.store, this.rm, this.projections);
    this.current = point.position;
    this.startHead = point.head > point.position || point.outdated ? point.head : 0;
    this.startedFrom = { position: this.current, at: performance.now() };
    this.outdated = point.outdated;
    this.loop = this.run();
    this.options.onChange?.();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.abort.abort(); // a rebuild in progress stops between pages; its aside tables are dropped by the next one
    this.wake();
    await this.loop;
    this.loop = undefined;
    for (const waiter of [...this.waiters]) waiter.settle(false);
  }

  ring(_head: number): void {
    this.wake();
  }

  /** One batch; resolves to the number of events read (0 when caught up). Serialized per projector. */
  runBatch(): Promise<number> {
    const next = this.serial.then(async () => {
      const { read, position, applied, events } = await projectNext(this.store, this.rm, { projections: this.projections, prefix: LIVE_PREFIX, after: this.current, batchSize: this.batchSize });
      this.advanced(position);
      if (read > 0) this.options.onBatch?.({ events, applied, position });
      return read;
    });
    this.serial = next.catch(() => undefined);
    return next;
  }

  /** Applies batches until nothing is left to read. */
  async catchUp(): Promise<void> {
    while ((await this.runBatch()) > 0) { /* next page */ }
  }

  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    if (this.reached(position)) return Promise.resolve(true);
    // stopped (shutting down): nothing will advance; answer soon rather than hold a job or a request open for
    // the whole timeout — not at once, which would let a caller that polls in a loop spin without yielding
    if (this.stopping) return new Promise((resolve) => setTimeout(() => resolve(this.reached(position)), Math.min(timeoutMs, 250)).unref());
    return new Promise<boolean>((resolve) => {
      const waiter: Waiter = {
        position,
        settle: (reached) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => waiter.settle(false), timeoutMs);
      this.waiters.add(waiter);
      this.wake();
    });
  }

  /** Standby: the position the active projector has stored (no writes). */
  async refresh(): Promise<number> {
    const next = this.serial.then(async () => {
      if (this.outdated) this.outdated = (await outdatedTables(this.rm, LIVE_PREFIX)).length > 0; // the holder's rebuild swapped new tables in
      this.advanced(await this.storedPosition());
      return this.current;
    });
    this.serial = next.catch(() => undefined);
    return next;
  }

  private reached(position: number): boolean {
    return this.current >= position && !this.outdated;
  }

  private storedPosition(): Promise<number> {
    return readCheckpoints(this.rm.db, this.projections).then((c) => Math.min(...c.values()));
  }

  private advanced(position: number): void {
    const changed = position !== this.current || this.failure !== undefined;
    this.current = position;
    this.failure = undefined;
    if (this.startHead > 0 && position >= this.startHead && !this.outdated && !this.rebuilding) this.startHead = 0;
    for (const waiter of [...this.waiters]) if (this.reached(waiter.position)) waiter.settle(true);
    if (changed) this.options.onChange?.();
  }

  private async run(): Promise<void> {
    let active = false;
    const bell = this.options.doorbell;
    while (!this.stopping) {
      this.rung = false;
      bell?.reading();
      try {
        if (this.role === 'standby') {
          active = false;
          await this.refresh();
          // someone is waiting for a position (read-your-writes on this instance): look again soon
          bell?.idle();
          await this.sleep(this.waiters.size > 0 ? 50 : this.options.pollIntervalMs ?? 500);
          continue;
        }
        if (!active) {
          await this.refresh(); // just became the writer (start, or a takeover): rebuild if outdated or far behind
          active = await this.rebuildIfNeeded();
          if (!active) { bell?.idle(); await this.sleep(this.options.retryDelayMs ?? 1000); continue; }
        }
        const read = await this.runBatch();
        if (read === 0 && !this.rung && (bell?.maySleep() ?? true)) await this.sleep(this.options.pollIntervalMs ?? 500);
      } catch (error) {
        this.failed(error);
        bell?.idle();
        await this.sleep(this.options.retryDelayMs ?? 1000);
      }
    }
  }

  /** False when the live tables are outdated and could not be rebuilt yet (try again later; batches would fail on them). */
  private async rebuildIfNeeded(): Promise<boolean> {
    const threshold = this.options.rebuildBacklog ?? 50_000;
    const head = await this.store.headPosition();
    const backlog = head - this.current;
    const farBehind = threshold > 0 && backlog > threshold && backlog >= this.current;
    if (!this.outdated && !farBehind) return true;
    this.rebuilding = { position: 0, head, eventsPerSecond: 0 };
    this.options.onChange?.();
    try {
      this.coldStart = await rebuild(this.store, this.rm, {
        projections: this.projections, batchSize: this.options.rebuildBatchSize, cacheKiB: this.options.rebuildCacheKiB, signal: this.abort.signal,
        onProgress: (p) => { this.rebuilding = { position: p.position, head: p.head, eventsPerSecond: p.eventsPerSecond }; this.options.onChange?.(); },
      });
      this.outdated = false;
      this.rebuilding = undefined;
      this.advanced(await this.storedPosition());
      return true;
    } catch (error) {
      this.rebuilding = undefined;
      if (!this.stopping) this.failed(error); // far behind only: the incremental loop carries on from the checkpoint
      return !this.outdated;
    }
  }

  private wake(): void {
    this.rung = true;
    this.wakeUp?.();
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }
}
