import { extname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type CatchUpProgress, LiveProjector, type ProjectorRole } from '../live-projector';
import { progressAtStart, type StartingPoint } from '../catch-up';
import { SharedDoorbell } from '../doorbell';
import type { FromThread, ProjectorThreadOptions, ThreadState, ToThread } from './protocol';
import { TS_BOOTSTRAP } from './ts-bootstrap';

export type { ProjectorThreadOptions } from './protocol';

export interface ProjectorThreadEvents {
  /**
   * Where the read models stand, read on this side's own connections at start(): position and catching-up
   * progress are known at once, before the thread has loaded its code and opened its connections.
   */
  readonly startingPoint?: () => Promise<StartingPoint>;
  readonly onLog?: (level: 'debug' | 'log' | 'warn' | 'error', message: string) => void;
  /** each batch the thread applied (only with `reportBatches`) */
  readonly onBatch?: (batch: { readonly events: number; readonly applied: number; readonly position: number; readonly correlationIds: readonly string[] }) => void;
}

interface Waiter { readonly position: number; readonly settle: (reached: boolean) => void }

/** How long stop() lets the thread finish its batch and close its connections before terminating it. */
const STOP_GRACE_MS = 10_000;
/** A thread that died is started again after this long, doubling while it keeps dying before it runs (a database away). */
const RESPAWN_DELAY_MS = 1000;
const RESPAWN_DELAY_MAX_MS = 30_000;

/**
 * The projector in a worker thread of its own (ADR 0019): catch-up, rebuilds and live batches run there, on
 * its own connections, so the request event loop never projects. This side holds the state the thread
 * reports (position, role, catching-up progress, last error), answers `waitFor` from it, and rings the
 * thread with the new head after local appends, once per event-loop turn however many appends it held.
 */
export class ProjectorThread extends LiveProjector {
  private worker: Worker | undefined;
  private state: ThreadState = { position: 0, role: 'standby', catchingUp: null, replacing: false, lastError: null };
  private readonly waiters = new Set<Waiter>();
  private stopping = false;
  private ringing: { head: number } | undefined;
  /** shared with the thread: a ring is sent only while its projector may be asleep */
  private readonly doorbell = new SharedDoorbell();
  private respawn: NodeJS.Timeout | undefined;
  private respawnDelay = RESPAWN_DELAY_MS;
  /** the thread has loaded its code (before that, stop() terminates it: it holds nothing yet) */
  private running = false;
  private started = false;

  constructor(private readonly options: ProjectorThreadOptions, private readonly events: ProjectorThreadEvents = {}) {
    super();
  }

  get position(): number { return this.state.position; }
  get role(): ProjectorRole { return this.state.role; }
  get lastError(): unknown { return this.state.lastError ?? undefined; }
  get catchingUp(): CatchUpProgress | undefined { return this.state.catchingUp ?? undefined; }

  /**
   * Starts the thread. Resolves at once (not once caught up, nor once the thread runs): with `startingPoint`,
   * position and progress are read here first; the thread reports its own as soon as it runs.
   */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    const point = await this.events.startingPoint?.();
    if (point) this.update({ ...this.state, position: point.position, catchingUp: progressAtStart(point) ?? null, replacing: point.outdated });
    this.preload();
    this.send({ type: 'start' });
  }

  /** Creates the thread so that it loads its code now (e.g. while the app initialises); it projects from start(). */
  preload(): void {
    if (!this.worker) this.spawn();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.respawn);
    const worker = this.worker;
    if (worker) {
      const exited = new Promise<void>((done) => worker.once('exit', () => done()));
      this.send({ type: 'stop' });
      // still loading its code: nothing in flight to finish, no need to wait until it could hear the stop
      const timer = setTimeout(() => void worker.terminate(), this.running ? STOP_GRACE_MS : 0);
      await exited;
      clearTimeout(timer);
    }
    this.worker = undefined;
    this.started = false;
    for (const waiter of [...this.waiters]) waiter.settle(false);
  }

  ring(head: number): void {
    if (this.ringing) {
      this.ringing.head = Math.max(this.ringing.head, head);
      return;
    }
    this.ringing = { head };
    setImmediate(() => {
      const rung = this.ringing!;
      this.ringing = undefined;
      // while the thread projects it reads again until it finds nothing: no message needed (doorbell.ts)
      if (rung.head > this.state.position && this.doorbell.announce()) this.send({ type: 'ring', head: rung.head });
    });
  }

  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    if (this.reached(position)) return Promise.resolve(true);
    if (this.stopping) return new Promise((done) => setTimeout(() => done(this.reached(position)), Math.min(timeoutMs, 250)).unref());
    return new Promise<boolean>((done) => {
      const waiter: Waiter = {
        position,
        settle: (reached) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          done(reached);
        },
      };
      const timer = setTimeout(() => waiter.settle(false), timeoutMs);
      this.waiters.add(waiter);
      this.send({ type: 'wait', position, timeoutMs });
    });
  }

  private reached(position: number): boolean {
    return this.state.position >= position && !this.state.replacing;
  }

  private send(message: ToThread): void {
    this.worker?.postMessage(message);
  }

  private spawn(): void {
    const entry = join(__dirname, `projector-thread.worker${extname(__filename)}`);
    const fromSources = extname(__filename) === '.ts';
    const worker = fromSources
      ? new Worker(TS_BOOTSTRAP, { eval: true, workerData: { options: this.options, doorbell: this.doorbell.cells, entry, root: resolve(__dirname, '..', '..', '..', '..'), swc: require.resolve('@swc/core') }, resourceLimits: this.options.resourceLimits })
      : new Worker(entry, { workerData: { options: this.options, doorbell: this.doorbell.cells }, resourceLimits: this.options.resourceLimits });
    this.doorbell.reset(); // a new thread: ring until its projector says it reads
    worker.unref(); // the process's lifetime is the app's: a thread that only waits must not keep it alive
    this.worker = worker;
    this.running = false;
    worker.on('message', (message: FromThread) => {
      switch (message.type) {
        case 'loaded': this.running = true; break;
        case 'state':
          this.respawnDelay = RESPAWN_DELAY_MS; // it runs
          this.update(message.state);
          break;
        case 'batch': this.events.onBatch?.(message); break;
        case 'log': this.events.onLog?.(message.level, message.message); break;
        case 'failed':
          this.events.onLog?.('error', `projector thread failed: ${message.error}`);
          this.update({ ...this.state, lastError: message.error });
          break;
        case 'stopped': break;
        default: { const unknown: never = message; throw new Error(`unknown message ${JSON.stringify(unknown)}`); }
      }
    });
    worker.on('error', (error) => {
      this.update({ ...this.state, lastError: error.message });
      this.events.onLog?.('error', `projector thread crashed: ${error.stack ?? error.message}`);
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (this.stopping || !this.started) return;
      // ended on its own (could not open a store, crashed, out of memory): report it and start again; the
      // checkpoint says where to resume
      this.update({ ...this.state, lastError: this.state.lastError ?? `projector thread exited with code ${code}` });
      this.respawn = setTimeout(() => {
        if (this.stopping) return;
        this.spawn();
        this.send({ type: 'start' });
      }, this.respawnDelay);
      this.respawn.unref();
      this.respawnDelay = Math.min(this.respawnDelay * 2, RESPAWN_DELAY_MAX_MS);
    });
  }

  private update(state: ThreadState): void {
    this.state = state;
    for (const waiter of [...this.waiters]) if (this.reached(waiter.position)) waiter.settle(true);
  }
}
