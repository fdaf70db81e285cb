import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, EventStore, StoredEvent } from '@app/event-store';
import { LiveProjector } from '@app/read-models';

/** What the open pages are told when the read models advance: enough to decide whether to refetch. */
export interface LiveMessage {
  /** the read models' position: pass it as `minPosition` when refetching */
  readonly position: number;
  /** event types in this step, e.g. DisbursementRecorded.v1 */
  readonly types: readonly string[];
  /** budget units the events were recorded for; null when one concerns the whole department (budget import) */
  readonly units: readonly (string | null)[];
}

export type LiveListener = (message: LiveMessage) => void;

const MAX_EVENTS_PER_STEP = 2000;

/**
 * Follows the projector (not the event store): a message is sent only once the read models include the
 * events, so a page refetching on it sees them. One loop for the whole process, fanned out to listeners.
 */
@Injectable()
export class LiveFeed implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveFeed');
  private readonly listeners = new Set<LiveListener>();
  private readonly closers = new Set<() => void>();
  private stopping = false;
  private loop: Promise<void> | undefined;
  /** wakes the loop when it idles with no listener */
  private wake: (() => void) | undefined;

  constructor(private readonly projector: LiveProjector, @Inject(EVENT_STORE) private readonly store: EventStore) {}

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  /** Open event streams would keep the HTTP server from closing: end them before it closes. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    for (const close of [...this.closers]) close();
    await this.loop;
  }

  get position(): number {
    return this.projector.position;
  }

  /** Registers a listener and a closer (called at shutdown); answers the unsubscribe function. */
  listen(listener: LiveListener, close: () => void): () => void {
    this.listeners.add(listener);
    this.closers.add(close);
    this.wake?.();
    return () => { this.listeners.delete(listener); this.closers.delete(close); };
  }

  private async run(): Promise<void> {
    let seen = this.projector.position;
    while (!this.stopping) {
      if (this.listeners.size === 0) {
        // Nobody listens: nothing to follow. Each step of the loop is a message to the projector thread and one back
        // (issue 14: 2.5 % of the main thread under a stream of commands), for a message that would go to no one.
        // A listener that arrives starts from the position its `hello` announced (same turn, nothing projected since).
        await new Promise<void>((resolve) => { this.wake = resolve; });
        this.wake = undefined;
        seen = this.projector.position;
        continue;
      }
      // waitFor resolves as soon as the projector passes `seen` (it is woken by the store), else after 1 s
      const advanced = await this.projector.waitFor(seen + 1, 1000);
      if (this.stopping) break;
      if (!advanced) continue;
      const reached = this.projector.position;
      try {
        if (this.listeners.size > 0) this.broadcast(summarize(reached, await this.store.readAll({ after: seen, maxCount: Math.min(reached - seen, MAX_EVENTS_PER_STEP) })));
      } catch (error) {
        this.logger.warn(`could not read events ${seen}…${reached}: ${error instanceof Error ? error.message : String(error)}`);
      }
      seen = reached;
    }
  }

  private broadcast(message: LiveMessage): void {
    for (const listener of [...this.listeners]) listener(message);
  }
}

/** Types and units of a step; more events than read (a large import) still announce the position. */
export function summarize(position: number, events: readonly StoredEvent[]): LiveMessage {
  const types = new Set<string>();
  const units = new Set<string | null>();
  for (const e of events) {
    if (e.position > position) break;
    types.add(e.type);
    const unit = e.metadata.unit;
    units.add(typeof unit === 'string' && unit !== '' ? unit : null);
  }
  return { position, types: [...types], units: [...units] };
}
