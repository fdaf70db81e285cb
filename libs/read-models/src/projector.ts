import type { EventStore, StoredEvent, Subscription } from '@app/event-store';
import { LIVE_PREFIX, type ReadModelDb } from './database';
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
  /** when caught up, how often to look for appends made by other processes (default 500 ms); local appends wake it at once */
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
  /** after each batch that read events (for logs: the correlation ids it carried) */
  readonly onBatch?: (batch: { readonly events: readonly StoredEvent[]; readonly applied: number; readonly position: number }) => void;
}

interface Waiter { readonly position: number; readonly settle: (reached: boolean) => void }

/**
 * Keeps the live read models (`rm_*`) up to date: catches up from the stored checkpoint in pages, then
 * follows new appends (the store's subscription only rings the bell; events are read in pages by
 * position). Every batch is one transaction that re-reads the checkpoint, so a crash, a redelivery, a
 * second projector or a rebuild swapping the tables underneath can neither double-count nor skip.
 */
export class Projector {
  private readonly projections: readonly Projection[];
  private readonly batchSize: number;
  private current = 0;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private rung = false;
  private wakeUp: (() => void) | undefined;
  private doorbell: Subscription | undefined;
  private serial: Promise<unknown> = Promise.resolve();
  private readonly waiters = new Set<Waiter>();
  /** the last batch failure, cleared by the next successful batch (for health pages) */
  lastError: unknown;
  /** what the cold-start rebuild did, if start() found the projector far behind (see rebuildBacklog) */
  coldStart: RebuildResult | undefined;

  constructor(private readonly store: EventStore, private readonly rm: ReadModelDb, private readonly options: ProjectorOptions = {}) {
    this.projections = options.projections ?? ALL_PROJECTIONS;
    this.batchSize = options.batchSize ?? 2500;
  }

  /** Whether this process writes the read models ('active') or follows another's checkpoint ('standby'). */
  get role(): 'active' | 'standby' {
    return !this.options.lease || this.options.lease.held ? 'active' : 'standby';
  }

  /** Global position every projection has committed (the lowest checkpoint). */
  get position(): number {
    return this.current;
  }

  /** Loads the checkpoint and starts following the store in the background. */
  async start(): Promise<void> {
    if (this.loop) return;
    this.stopping = false;
    this.current = Math.min(...(await readCheckpoints(this.rm.db, this.projections)).values());
    this.doorbell = this.store.subscribe(() => this.wake(), { after: await this.store.headPosition() });
    this.doorbell.done.catch(() => undefined); // the poll timer still covers a dead doorbell
    this.loop = this.run();
  }

  /** Finishes the batch in flight, then stops; pending and later waitFor() calls answer false (until start()). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.doorbell?.stop().catch(() => undefined);
    await this.loop;
    this.loop = undefined;
    for (const waiter of [...this.waiters]) waiter.settle(false);
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

  /** Read-your-writes: resolves true once every projection has passed `position`, false after `timeoutMs`. */
  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    if (this.current >= position) return Promise.resolve(true);
    // stopped (shutting down): nothing will advance; answer soon rather than hold a job or a request open for
    // the whole timeout — not at once, which would let a caller that polls in a loop spin without yielding
    if (this.stopping) return new Promise((resolve) => setTimeout(() => resolve(this.current >= position), Math.min(timeoutMs, 250)).unref());
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
      this.advanced(Math.min(...(await readCheckpoints(this.rm.db, this.projections)).values()));
      return this.current;
    });
    this.serial = next.catch(() => undefined);
    return next;
  }

  private advanced(position: number): void {
    this.current = position;
    this.lastError = undefined;
    for (const waiter of [...this.waiters]) if (waiter.position <= position) waiter.settle(true);
  }

  private async run(): Promise<void> {
    let active = false;
    while (!this.stopping) {
      this.rung = false;
      try {
        if (this.role === 'standby') {
          active = false;
          await this.refresh();
          // someone is waiting for a position (read-your-writes on this instance): look again soon
          await this.sleep(this.waiters.size > 0 ? 50 : this.options.pollIntervalMs ?? 500);
          continue;
        }
        if (!active) {
          active = true; // just became the writer (start, or a takeover): catch up in bulk if far behind
          await this.refresh();
          await this.rebuildIfFarBehind();
        }
        const read = await this.runBatch();
        if (read === 0 && !this.rung) await this.sleep(this.options.pollIntervalMs ?? 500);
      } catch (error) {
        this.lastError = error;
        this.options.onError?.(error);
        await this.sleep(this.options.retryDelayMs ?? 1000);
      }
    }
  }

  private async rebuildIfFarBehind(): Promise<void> {
    const threshold = this.options.rebuildBacklog ?? 50_000;
    try {
      const backlog = (await this.store.headPosition()) - this.current;
      if (threshold <= 0 || backlog <= threshold || backlog < this.current) return;
      this.coldStart = await rebuild(this.store, this.rm, { projections: this.projections });
      this.current = Math.min(...(await readCheckpoints(this.rm.db, this.projections)).values());
    } catch (error) {
      this.lastError = error; // the incremental loop carries on from the checkpoint
      this.options.onError?.(error);
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
