import type { AllStreamSubscription, KurrentDBClient } from '@kurrent/kurrentdb-client';
import type { Subscription, SubscriptionHandler } from '../event-store.port';
import { readPositionAfter } from './kurrentdb-mapping';
import { allEventsFilter, headPositionOf, storedFrom } from './kurrentdb-reads';

/**
 * A catch-up subscription to $all with the server-side filter (no system events, no id-index entries),
 * from the checkpoint `after`. The client's stream is pulled one event at a time and the handler is
 * awaited before the next pull, so delivery is once, in order, and a slow handler applies backpressure.
 *
 * `caughtUp` resolves once everything up to the head read at the start has been handled. A handler's
 * error ends the subscription without moving past the event; it rejects `done` (and `caughtUp` when not
 * yet resolved), so resubscribing from `position` retries it — the same semantics as the SQLite adapter.
 */
export class KurrentDbSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  readonly done: Promise<void>;
  private checkpoint: number;
  private stopped = false;
  private isCaughtUp = false;
  private stream: AllStreamSubscription | undefined;
  private resolveCaughtUp!: () => void;
  private rejectCaughtUp!: (error: unknown) => void;
  private resolveDone!: () => void;
  private rejectDone!: (error: unknown) => void;
  private readonly loop: Promise<void>;

  constructor(
    private readonly client: KurrentDBClient,
    private readonly handler: SubscriptionHandler,
    after: number,
    private readonly onEnd: (subscription: KurrentDbSubscription) => void,
  ) {
    this.checkpoint = after;
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
    // ends the pull loop when it waits for the next event; a handler in flight still completes
    await this.stream?.unsubscribe().catch(() => undefined);
    await this.loop;
  }

  private async run(): Promise<void> {
    try {
      await Promise.resolve(); // never call the handler before subscribe() has returned
      const target = await headPositionOf(this.client);
      this.markCaughtUpAt(target);
      if (!this.stopped) {
        this.stream = this.client.subscribeToAll({ fromPosition: readPositionAfter(this.checkpoint), filter: allEventsFilter() });
        for await (const resolved of this.stream) {
          if (this.stopped) break;
          const event = storedFrom(resolved);
          if (!event || event.position <= this.checkpoint) continue; // the inclusive start, or a filtered stray
          await this.handler(event);
          this.checkpoint = event.position;
          this.markCaughtUpAt(target);
        }
      }
      this.resolveCaughtUp(); // stopped before catching up: nothing more will come
      this.resolveDone();
    } catch (error) {
      if (this.stopped && !this.isCaughtUp) this.resolveCaughtUp();
      if (this.stopped && isCancellation(error)) this.resolveDone();
      else {
        this.rejectCaughtUp(error);
        this.rejectDone(error);
      }
    } finally {
      this.stopped = true;
      await this.stream?.unsubscribe().catch(() => undefined);
      this.onEnd(this);
    }
  }

  private markCaughtUpAt(target: number): void {
    if (!this.isCaughtUp && this.checkpoint >= target) {
      this.isCaughtUp = true;
      this.resolveCaughtUp();
    }
  }
}

/** The client ends an unsubscribed stream with a cancellation; that is a normal stop, not a failure. */
function isCancellation(error: unknown): boolean {
  const e = error as { type?: unknown; code?: unknown; name?: unknown } | null;
  return e?.type === 'cancelled' || e?.code === 1 || e?.name === 'CancelledError' || e?.name === 'AbortError';
}
