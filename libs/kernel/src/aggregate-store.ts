import { DomainEvent, DomainError, fiscalYearDecider, fold } from '@app/domain';
import { closedYearGuards, isFiscalYearStream } from './fiscal-year-guard';
import { EventStore, ExpectedRevision, IdempotencyKeyRef, NewEvent, StoredEvent, StreamWrite, WrongExpectedRevisionError } from '@app/event-store';
import { CommandContext } from './command-context';
import { envelope, toDomainEvent } from './envelope';
import { StreamQueue } from './stream-queue';

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

/** What a command decided about one stream: the facts, the budget unit they belong to, and (for natural keys) their ids. */
export interface Decision<E extends DomainEvent> {
  readonly events: readonly E[];
  readonly unit: string | null;
  /** event ids derived from what the events are about (a retry finds them); default: random, or from the context's idSeed */
  readonly ids?: readonly string[];
  /** with no events: still require the stream to be at the revision read (another stream's decision relied on it) */
  readonly guard?: boolean;
}

/** A command's outcome: what was appended (nothing when the decision was empty: `duplicate`) and the facts decided. */
export interface Handled<E extends DomainEvent> extends Appended {
  readonly events: readonly E[];
}

/** A stream a command loads, with the reducer that folds it. */
export interface StreamRef<S, E> { readonly streamId: string; readonly reducer: Reducer<S, E> }
type LoadedOf<T> = T extends StreamRef<infer S, any> ? Loaded<S> : never;

interface CacheEntry { readonly reducer: object; readonly state: unknown; readonly revision: number }

/**
 * The store found a decision's event ids already stored: the same command was recorded before (a retry), or a
 * concurrent command with the same natural key (文号, 凭证号) and perhaps other content got there first. Decided
 * once more on the state that includes them, the decider tells which (ADR 0017).
 */
class DecidedOnStaleState extends Error {}

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
  /** commands on one stream take turns in this process; other processes race through the retry */
  private readonly queue = new StreamQueue();

  constructor(readonly store: EventStore, private readonly options: AggregateStoreOptions) {}

  /** A fiscal year's state (open, closing, closed), cached like any aggregate: the closed-year rule reads it for every write. */
  readonly loadYear = (streamId: string) => this.load(streamId, fiscalYearDecider);

  async load<S, E extends DomainEvent>(streamId: string, reducer: Reducer<S, E>): Promise<Loaded<S>> {
    const cached = this.cache.get(streamId);
    const base = cached && cached.reducer === reducer ? cached : undefined;
    const tail = await this.store.readStream(streamId, { fromRevision: base ? base.revision + 1 : 0 });
    const state = fold(reducer.evolve, base ? (base.state as S) : reducer.initialState(), tail.map((e) => toDomainEvent<E>(e)));
    const revision = tail.length > 0 ? tail[tail.length - 1].revision : base?.revision ?? -1;
    this.remember(streamId, reducer, state, revision);
    return { state, revision };
  }

  /**
   * Every write goes through here or appendMultiple: events that would take effect in a closed (or closing) fiscal
   * year are refused with FISCAL_YEAR_CLOSED, and the write requires each year's stream to be still where it was
   * read, so that a close recorded meanwhile makes it fail and retry (ADR 0013).
   */
  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision, key?: IdempotencyKeyRef): Promise<Appended> {
    const guards = await closedYearGuards(this.loadYear, [{ streamId, events, expectedRevision: expected }]);
    const options = key ? { idempotencyKey: key } : undefined;
    const [result] = guards.length === 0
      ? [await this.store.append(streamId, events, expected, options)]
      : await this.store.appendMultiple([{ streamId, events, expectedRevision: expected }, ...guards], options);
    return { streamId, revision: result.nextExpectedRevision, position: result.position, eventIds: events.map((e) => e.id), duplicate: result.duplicate };
  }

  async appendMultiple(writes: readonly StreamWrite[], key?: IdempotencyKeyRef): Promise<Appended[]> {
    const guards = await closedYearGuards(this.loadYear, writes);
    const results = (await this.store.appendMultiple([...writes, ...guards], key ? { idempotencyKey: key } : undefined)).slice(0, writes.length);
    return results.map((r, i) => ({
      streamId: writes[i].streamId, revision: r.nextExpectedRevision, position: r.position, eventIds: writes[i].events.map((e) => e.id), duplicate: r.duplicate,
    }));
  }

  /**
   * The one way a command runs: load the stream and fold it, let `decide` check scope and invariants and
   * return the facts, append them with the revision folded — retried on a concurrent write, or with the
   * client's If-Match revision and no retry. An empty decision appends nothing.
   */
  handle<S, E extends DomainEvent>(streamId: string, reducer: Reducer<S, E>, decide: (state: S, revision: number) => Decision<E> | Promise<Decision<E>>, ctx: CommandContext): Promise<Handled<E>> {
    let redecided = false;
    return this.queue.run([streamId], () => this.withRetry(async () => {
      const { state, revision } = await this.load(streamId, reducer);
      const decision = await decide(state, revision);
      if (decision.events.length === 0) return { streamId, revision, position: 0, eventIds: [], duplicate: true, events: [] };
      const appended = await this.append(streamId, envelope(decision.events, ctx, decision.unit, decision.ids, streamId), ctx.expectedRevision ?? revision, ctx.idempotencyKey);
      if (appended.duplicate && !redecided) {
        redecided = true;
        throw new DecidedOnStaleState(streamId);
      }
      return { ...appended, events: decision.events };
    }, ctx.expectedRevision));
  }

  /**
   * What a command found already recorded answered the first time (ADR 0017): its events, found by the ids it
   * derives for them. Events recorded before their ids were derived are not found: then the stream as it stands,
   * with position 0 (nothing to wait for).
   */
  async recordedAnswer(streamId: string, eventIds: readonly string[]): Promise<Appended> {
    const found = await Promise.all(eventIds.map((id) => this.store.findEvent(id)));
    const events = found.filter((e): e is StoredEvent => e !== undefined && e.streamId === streamId);
    if (events.length === 0 || events.length < eventIds.length) {
      return { streamId, revision: await this.store.streamRevision(streamId), position: 0, eventIds: [], duplicate: true };
    }
    const last = events.reduce((a, b) => (b.position > a.position ? b : a));
    return { streamId, revision: last.revision, position: last.position, eventIds: events.map((e) => e.id), duplicate: true };
  }

  /**
   * Several streams decided together and appended atomically (a 调剂 between two lines, a bulk acknowledgement):
   * all or nothing, retried as one on a concurrent write to any of them.
   */
  handleMany<const T extends readonly StreamRef<any, any>[]>(streams: T,
    decide: (loaded: { -readonly [K in keyof T]: LoadedOf<T[K]> }) => readonly Decision<DomainEvent>[] | Promise<readonly Decision<DomainEvent>[]>,
    ctx: CommandContext, options: { readonly dryRun?: boolean } = {}): Promise<Handled<DomainEvent>[]> {
    let redecided = false;
    return this.queue.run(streams.map((s) => s.streamId), () => this.withRetry(async () => {
      const loaded = await Promise.all(streams.map((s) => this.load(s.streamId, s.reducer)));
      const decisions = await decide(loaded as never);
      // a dry run decides everything (every rule is checked, a closed fiscal year too) and records nothing
      if (options.dryRun) {
        await closedYearGuards(this.loadYear, streams.map((s, i) => ({ streamId: s.streamId, expectedRevision: loaded[i].revision, events: envelope(decisions[i].events, ctx, decisions[i].unit, decisions[i].ids) })));
        return decisions.map((d, i) => ({ streamId: streams[i].streamId, revision: loaded[i].revision, position: 0, eventIds: [], duplicate: true, events: d.events }));
      }
      const writes = streams.map((s, i) => ({ s, i, d: decisions[i] })).filter(({ d }) => d.events.length > 0 || d.guard).map(({ s, i, d }) => ({
        streamId: s.streamId, expectedRevision: loaded[i].revision as ExpectedRevision, events: envelope(d.events, ctx, d.unit, d.ids, s.streamId), decided: d.events,
      }));
      if (writes.every((w) => w.events.length === 0)) return [];
      const appended = await this.appendMultiple(writes.map(({ decided: _d, ...w }) => w), ctx.idempotencyKey);
      const duplicate = appended.find((a, i) => a.duplicate && writes[i].events.length > 0);
      if (duplicate && !redecided) {
        redecided = true;
        throw new DecidedOnStaleState(duplicate.streamId);
      }
      return appended.map((a, i) => ({ ...a, events: writes[i].decided }));
    }, ctx.expectedRevision));
  }

  /**
   * Runs load–decide–append, retrying a bounded number of times when another writer got to the stream
   * first. With an If-Match revision from the client there is no retry: the client must look again (412).
   */
  async withRetry<T>(attempt: () => Promise<T>, clientRevision?: number): Promise<T> {
    for (let i = 0; ; i++) {
      try {
        return await attempt();
      } catch (e) {
        // not a conflict (no retry counted, no wait): decide once more, on the state that holds the events found
        if (e instanceof DecidedOnStaleState) { i--; continue; }
        if (!(e instanceof WrongExpectedRevisionError)) throw e;
        // a fiscal year closed (or reopened) meanwhile is not the client's stream moving: look again, whatever If-Match said
        const yearMoved = isFiscalYearStream(e.streamId);
        const retries = clientRevision === undefined || yearMoved ? this.options.retries : 0;
        if (clientRevision !== undefined && !yearMoved) {
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
