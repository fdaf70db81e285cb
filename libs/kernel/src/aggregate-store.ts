import { DomainEvent, DomainError, fold } from '@app/domain';
import { EventStore, ExpectedRevision, NewEvent, StreamWrite, WrongExpectedRevisionError } from '@app/event-store';
import { toDomainEvent } from './envelope';

export interface Reducer<S, E> {
  readonly initialState: () => S;
  readonly evolve: (state: S, event: E) => S;
}

export interface Loaded<S> {
  readonly state: S;
  /** last revision of the stream, -1 when it does not exist */
  readonly revision: number;
}

export interface Appended {
  readonly streamId: string;
  readonly revision: number;
  readonly position: number;
  readonly eventIds: readonly string[];
  /** nothing was written: the same events were already stored (a retried request) */
  readonly duplicate: boolean;
}

interface CacheEntry { readonly reducer: object; readonly state: unknown; readonly revision: number }

/**
 * Loads aggregates by folding their streams and appends their decisions with optimistic concurrency.
 * Folded states are cached per stream (LRU): loading reads only the events after the cached revision,
 * so a command costs the same whether the stream holds 10 or 100,000 events. The store stays the
 * source of truth: another process's appends are simply read as the tail.
 */
export interface AggregateStoreOptions {
  /** retries of a command after a concurrent write to the same stream (COMMAND_RETRIES) */
  readonly retries: number;
  /** folded states kept in memory, by stream (STATE_CACHE_SIZE); 0 keeps none */
  readonly cacheSize: number;
}

export class AggregateStore {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(readonly store: EventStore, private readonly options: AggregateStoreOptions) {}

  async load<S, E extends DomainEvent>(streamId: string, reducer: Reducer<S, E>): Promise<Loaded<S>> {
    const cached = this.cache.get(streamId);
    const base = cached && cached.reducer === reducer ? cached : undefined;
    const tail = await this.store.readStream(streamId, { fromRevision: base ? base.revision + 1 : 0 });
    const state = fold(reducer.evolve, base ? (base.state as S) : reducer.initialState(), tail.map((e) => toDomainEvent<E>(e)));
    const revision = tail.length > 0 ? tail[tail.length - 1].revision : base?.revision ?? -1;
    this.remember(streamId, reducer, state, revision);
    return { state, revision };
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<Appended> {
    const result = await this.store.append(streamId, events, expected);
    return { streamId, revision: result.nextExpectedRevision, position: result.position, eventIds: events.map((e) => e.id), duplicate: result.duplicate };
  }

  async appendMultiple(writes: readonly StreamWrite[]): Promise<Appended[]> {
    const results = await this.store.appendMultiple(writes);
    return results.map((r, i) => ({
      streamId: writes[i].streamId, revision: r.nextExpectedRevision, position: r.position, eventIds: writes[i].events.map((e) => e.id), duplicate: r.duplicate,
    }));
  }

  /**
   * Runs load–decide–append, retrying a bounded number of times when another writer got to the stream
   * first. With an If-Match revision from the client there is no retry: the client must look again (412).
   */
  async withRetry<T>(attempt: () => Promise<T>, clientRevision?: number): Promise<T> {
    const retries = clientRevision === undefined ? this.options.retries : 0;
    for (let i = 0; ; i++) {
      try {
        return await attempt();
      } catch (e) {
        if (!(e instanceof WrongExpectedRevisionError)) throw e;
        if (clientRevision !== undefined) {
          throw DomainError.conflict('REVISION_MISMATCH', 'If-Match', `the stream is at revision ${e.actual}, not ${clientRevision}`, { kind: 'precondition', actual: e.actual });
        }
        if (i >= retries) throw DomainError.conflict('CONCURRENT_MODIFICATION', undefined, 'too many concurrent changes to the same record; try again');
        // full jitter, growing with each attempt, so that colliding writers spread out instead of colliding again
        await new Promise((r) => setTimeout(r, Math.random() * 5 * 2 ** i));
      }
    }
  }

  private remember(streamId: string, reducer: object, state: unknown, revision: number) {
    if (this.options.cacheSize === 0 || revision < 0) return;
    this.cache.delete(streamId);
    this.cache.set(streamId, { reducer, state, revision });
    if (this.cache.size > this.options.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
  }
}
