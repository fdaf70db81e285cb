import { EventStoreError } from '../errors';
import type { StoredEvent, Subscription, SubscriptionHandler } from '../event-store.port';

/**
 * A counter bumped by every sign that events may have been committed: a local append, a NOTIFY from
 * another process, a listener that reconnected. A reader notes the count before it reads; if the
 * count moved meanwhile it reads again instead of sleeping, so a wake-up during a read is never lost.
 */
export class WakeSignal {
  private count = 0;
  private readonly waiters = new Set<() => void>();

  get version(): number {
    return this.count;
  }

  bump(): void {
    this.count++;
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Resolves once the count differs from `seen`, after `timeoutMs`, or when `abort` is called. */
  wait(seen: number, timeoutMs: number): { readonly done: Promise<void>; abort(): void } {
    let abort = () => undefined as void;
    const done = new Promise<void>((resolve) => {
      if (this.count !== seen) return resolve();
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(finish);
        resolve();
      };
      const timer = setTimeout(finish, timeoutMs);
      this.waiters.add(finish);
      abort = finish;
    });
    return { done, abort: () => abort() };
  }
}

export interface PollSource {
  readAfter(position: number, limit: number): Promise<readonly StoredEvent[]>;
  headPosition(): Promise<number>;
}

export interface PollSettings {
  readonly after: number;
  readonly batchSize: number;
  /** the longest sleep without a wake-up: the safety net should a NOTIFY be lost with its connection */
  readonly pollIntervalMs: number;
  readonly signal: WakeSignal;
  readonly onEnd: (subscription: PostgresSubscription) => void;
}

/**
 * One reader loop: page through `position > checkpoint`, await the handler for each event, and when a
 * page comes back empty sleep until a wake-up, the poll timer or stop(). Positions become visible in
 * order (the allocator serializes commits, ADR 0011), so `position > checkpoint` never steps over an
 * event that is still to commit. Errors: the subscription stops before the failed event and rejects
 * `done` (and `caughtUp` if pending), the SQLite adapter's semantics.
 */
export class PostgresSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  readonly done: Promise<void>;
  private checkpoint: number;
  private stopped = false;
  private isCaughtUp = false;
  private abortSleep: (() => void) | undefined;
  private resolveCaughtUp!: () => void;
  private rejectCaughtUp!: (error: unknown) => void;
  private resolveDone!: () => void;
  private rejectDone!: (error: unknown) => void;
  private readonly loop: Promise<void>;

  constructor(private readonly source: PollSource, private readonly handler: SubscriptionHandler, private readonly settings: PollSettings) {
    this.checkpoint = settings.after;
    this.caughtUp = new Promise<void>((resolve, reject) => { this.resolveCaughtUp = resolve; this.rejectCaughtUp = reject; });
    this.done = new Promise<void>((resolve, reject) => { this.resolveDone = resolve; this.rejectDone = reject; });
    // the caller may watch only one of the two; an unobserved rejection must not crash the process
    this.caughtUp.catch(() => undefined);
    this.done.catch(() => undefined);
    this.loop = this.run();
  }

  get position(): number {
    return this.checkpoint;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abortSleep?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    try {
      await Promise.resolve(); // never call the handler before subscribe() has returned
      const target = await this.source.headPosition();
      while (!this.stopped) {
        if (this.checkpoint >= target) this.markCaughtUp();
        const seen = this.settings.signal.version;
        const page = await this.source.readAfter(this.checkpoint, this.settings.batchSize);
        if (page.length === 0) {
          this.markCaughtUp(); // nothing more is stored, whatever the target said
          await this.sleep(seen);
          continue;
        }
        for (const event of page) {
          if (this.stopped) break;
          await this.handler(event);
          this.checkpoint = event.position;
          if (this.checkpoint >= target) this.markCaughtUp();
        }
      }
      this.rejectCaughtUp(new EventStoreError('SUBSCRIPTION_STOPPED', 'subscription stopped before catching up'));
      this.resolveDone();
    } catch (error) {
      this.stopped = true;
      this.rejectCaughtUp(error);
      this.rejectDone(error);
    } finally {
      this.settings.onEnd(this);
    }
  }

  private markCaughtUp(): void {
    if (this.isCaughtUp) return;
    this.isCaughtUp = true;
    this.resolveCaughtUp();
  }

  private async sleep(seen: number): Promise<void> {
    if (this.stopped) return;
    const wait = this.settings.signal.wait(seen, this.settings.pollIntervalMs);
    this.abortSleep = wait.abort;
    await wait.done;
    this.abortSleep = undefined;
  }
}
