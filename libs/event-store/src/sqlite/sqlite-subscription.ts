import { EventStoreError } from '../errors';
import type { StoredEvent, Subscription, SubscriptionHandler } from '../event-store.port';

/** What a subscription needs from the store: synchronous reads and a wake-up on local appends. */
export interface SubscriptionSource {
  readAfter(position: number, limit: number): readonly StoredEvent[];
  headPosition(): number;
  /** Calls `listener` after each local commit; returns the unsubscribe function. */
  onAppend(listener: () => void): () => void;
}

export interface SubscriptionSettings {
  readonly after: number;
  readonly batchSize: number;
  /** Polling interval: the only way to see appends committed by other processes. */
  readonly pollIntervalMs: number;
  /** Called once the subscription has ended (stopped or failed), so the store can forget it. */
  readonly onEnd: (subscription: SqliteSubscription) => void;
}

/**
 * One reader loop: page through `position > checkpoint`, await the handler for each event, and when a
 * page comes back empty sleep until a local append, the poll timer or stop(). Because the handler is
 * awaited before the checkpoint moves, each event is delivered once and in position order. SQLite has a
 * single writer and assigns positions inside it, so positions become visible in order: no gap can be
 * filled later by a slower transaction.
 *
 * Errors (handler or read): the subscription stops without moving past the failed event, and the error
 * rejects `done` (and `caughtUp` if not yet resolved). Resubscribing from `position` retries that event.
 */
export class SqliteSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  readonly done: Promise<void>;
  private checkpoint: number;
  private stopped = false;
  private isCaughtUp = false;
  private wake: (() => void) | undefined;
  private resolveCaughtUp!: () => void;
  private rejectCaughtUp!: (error: unknown) => void;
  private resolveDone!: () => void;
  private rejectDone!: (error: unknown) => void;
  private readonly loop: Promise<void>;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly handler: SubscriptionHandler,
    private readonly settings: SubscriptionSettings,
  ) {
    this.checkpoint = settings.after;
    this.caughtUp = new Promise<void>((resolve, reject) => {
      this.resolveCaughtUp = resolve;
      this.rejectCaughtUp = reject;
    });
    this.done = new Promise<void>((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    // The caller may watch only one of the two; an unobserved rejection must not crash the process.
    this.caughtUp.catch(() => undefined);
    this.done.catch(() => undefined);
    // The catch-up target is fixed now, synchronously: "everything stored when subscribe() was called".
    const target = source.headPosition();
    this.loop = this.run(target);
  }

  get position(): number {
    return this.checkpoint;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }

  private async run(target: number): Promise<void> {
    try {
      // Never call the handler before subscribe() has returned the subscription to its caller.
      await Promise.resolve();
      while (!this.stopped) {
        if (this.checkpoint >= target) this.markCaughtUp();
        // Read and (if empty) start sleeping in the same synchronous step: an append cannot slip between.
        const page = this.source.readAfter(this.checkpoint, this.settings.batchSize);
        if (page.length === 0) {
          this.markCaughtUp(); // nothing more is stored, whatever the target said
          await this.sleep();
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

  private sleep(): Promise<void> {
    return new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        unsubscribe();
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(finish, this.settings.pollIntervalMs);
      const unsubscribe = this.source.onAppend(finish);
      this.wake = finish;
    });
  }
}
