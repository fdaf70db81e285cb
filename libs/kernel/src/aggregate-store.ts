import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DomainEvent, DomainError, fiscalYearDecider } from '@app/domain';
import { closedYearGuards, isFiscalYearStream } from './fiscal-year-guard';
import {
  DEFAULT_STREAM_PAGE_SIZE, EventStore, ExpectedRevision, IdempotencyKeyRef, NewEvent, SnapshotStore, StoredEvent, StreamWrite, WrongExpectedRevisionError,
  readStreamPages,
} from '@app/event-store';
import { CommandContext } from './command-context';
import { envelope, toDomainEvent } from './envelope';
import { StreamQueue } from './stream-queue';
import { SnapshotPolicy, SnapshotSpec, Snapshotter } from './snapshots/snapshotter';

export interface Reducer<S, E> {
  readonly initialState: () => S;
  readonly evolve: (state: S, event: E) => S;
  /** its states may be snapshotted (ADR 0020): the fold's name and version */
  readonly snapshot?: SnapshotSpec;
}

/** One page of a stream folded by a load (instrumentation: metrics, and tests that act between pages). */
export interface PageFolded {
  readonly streamId: string;
  /** 0-based, within this load */
  readonly page: number;
  readonly events: number;
  /** the stream revision folded so far */
  readonly revision: number;
}
export type PageObserver = (page: PageFolded) => void | Promise<void>;

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

interface CacheEntry {
  readonly reducer: Reducer<unknown, never>;
  readonly state: unknown;
  readonly revision: number;
  /** revision of the newest snapshot written or read for this stream, -1 when none */
  readonly snapshotRevision: number;
}

/**
 * The store found a decision's event ids already stored: the same command was recorded before (a retry), or a
 * concurrent command with the same natural key (文号, 凭证号) and perhaps other content got there first. Decided
 * once more on the state that includes them, the decider tells which (ADR 0017).
 */
class DecidedOnStaleState extends Error {}

/**
 * Loads aggregates by folding their streams and appends their decisions with optimistic concurrency.
 * Folded states are cached per stream (LRU): loading reads only the events after the cached revision,
 * so a command costs the same whether the stream holds 10 or 100,000 events. A state not in memory (after a
 * start) is folded from its latest snapshot and the events after it, read in pages that give the event loop a
 * turn in between (ADR 0020). The store stays the source of truth: another process's appends are simply read as the tail.
 */
export interface AggregateStoreOptions {
  /** retries of a command after a concurrent write to the same stream (COMMAND_RETRIES) */
  readonly retries: number;
  /** folded states kept in memory, by stream (STATE_CACHE_SIZE); 0 keeps none */
  readonly cacheSize: number;
  /** where snapshots are kept (none: every cold load folds the whole stream) */
  readonly snapshots?: SnapshotStore | null;
  /** when a snapshot is written (SNAPSHOT_EVERY, SNAPSHOT_FOLD_BUDGET_MS) */
  readonly snapshotPolicy?: SnapshotPolicy;
  /** events per page of a stream read (STREAM_PAGE_SIZE) */
  readonly pageSize?: number;
  /** a snapshot could not be read or written (it is a cache: the command goes on) */
  readonly onSnapshotError?: (error: unknown, streamId: string) => void;
}

export const DEFAULT_SNAPSHOT_POLICY: SnapshotPolicy = { every: 500, foldBudgetMs: 20 };

export class AggregateStore {
  private readonly cache = new Map<string, CacheEntry>();
  /** commands on one stream take turns in this process; other processes race through the retry */
  private readonly queue = new StreamQueue();
  /** loads with no cached state, by stream: a second caller waits for the first and reads only the tail after it */
  private readonly coldLoads = new Map<string, Promise<unknown>>();
  private readonly pageObservers = new Set<PageObserver>();
  private readonly snapshotter: Snapshotter | null;
  private readonly pageSize: number;
  private background: Promise<void> = Promise.resolve();

  constructor(readonly store: EventStore, private readonly options: AggregateStoreOptions) {
    const onError = options.onSnapshotError ?? (() => undefined);
    this.snapshotter = options.snapshots ? new Snapshotter(options.snapshots, options.snapshotPolicy ?? DEFAULT_SNAPSHOT_POLICY, onError) : null;
    this.pageSize = options.pageSize ?? DEFAULT_STREAM_PAGE_SIZE;
  }

  /** A fiscal year's state (open, closing, closed), cached like any aggregate: the closed-year rule reads it for every write. */
  readonly loadYear = (streamId: string) => this.load(streamId, fiscalYearDecider);

  async load<S, E extends DomainEvent>(streamId: string, reducer: Reducer<S, E>): Promise<Loaded<S>> {
    for (let flight = this.coldLoads.get(streamId); flight; flight = this.coldLoads.get(streamId)) await flight.catch(() => undefined);
    const cached = this.cache.get(streamId);
    if (cached && cached.reducer === reducer) return this.foldTail(streamId, reducer, { ...cached, state: cached.state as S }, 0);
    const cold = this.loadCold(streamId, reducer);
    this.coldLoads.set(streamId, cold);
    try {
      return await cold;
    } finally {
      if (this.coldLoads.get(streamId) === cold) this.coldLoads.delete(streamId);
    }
  }

  /**
   * Calls `observer` after each page a load folds, and waits for it before reading the next page. Answers the
   * function that stops observing.
   */
  observePages(observer: PageObserver): () => void {
    this.pageObservers.add(observer);
    return () => { this.pageObservers.delete(observer); };
  }

  /** Resolves once the snapshots due and the background folds scheduled so far are written (shutdown, tests, the bench). */
  async flushSnapshots(): Promise<void> {
    await this.background;
    await this.snapshotter?.flush();
  }

  private async loadCold<S, E extends DomainEvent>(streamId: string, reducer: Reducer<S, E>): Promise<Loaded<S>> {
    const started = performance.now();
    const snapshot = reducer.snapshot && this.snapshotter ? await this.snapshotter.read<S>(streamId, reducer.snapshot) : undefined;
    const base = snapshot ?? { state: reducer.initialState(), revision: -1 };
    return this.foldTail(streamId, reducer, { ...base, snapshotRevision: base.revision }, started);
  }

  /** Folds the events after `base.revision`, page by page, remembers the state and writes a snapshot when one is due. */
  private async foldTail<S, E extends DomainEvent>(streamId: string, reducer: Reducer<S, E>,
    base: { readonly state: S; readonly revision: number; readonly snapshotRevision: number }, started: number): Promise<Loaded<S>> {
    const began = started || performance.now();
    let { state, revision } = base;
    let folded = 0;
    let page = 0;
    for await (const events of readStreamPages(this.store, streamId, { fromRevision: revision + 1, pageSize: this.pageSize })) {
      for (const e of events) state = reducer.evolve(state, toDomainEvent<E>(e));
      revision = events[events.length - 1].revision;
      folded += events.length;
      for (const observe of this.pageObservers) await observe({ streamId, page, events: events.length, revision });
      page++;
    }
    let snapshotRevision = base.snapshotRevision;
    if (reducer.snapshot && this.snapshotter?.isDue(revision, snapshotRevision, folded, performance.now() - began)) {
      this.snapshotter.schedule(streamId, reducer.snapshot, state, revision);
      snapshotRevision = revision;
    }
    this.remember(streamId, reducer, state, revision, snapshotRevision);
    return { state, revision };
  }

  /**
   * After an append: a cached stream that has grown a snapshot's worth since its last one (a committed import) is
   * folded again in the background, so that its snapshot is written before a restart needs it.
   */
  private refreshAfterAppend(streamId: string, revision: number): void {
    const cached = this.cache.get(streamId);
    const every = this.snapshotter?.policy.every ?? 0;
    if (!cached?.reducer.snapshot || every <= 0 || revision - cached.snapshotRevision < every) return;
    const reducer = cached.reducer;
    this.background = this.background.then(async () => {
      await nextTurn();
      await this.load(streamId, reducer);
    }).catch((error: unknown) => this.options.onSnapshotError?.(error, streamId));
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
    this.refreshAfterAppend(streamId, result.nextExpectedRevision);
    return { streamId, revision: result.nextExpectedRevision, position: result.position, eventIds: events.map((e) => e.id), duplicate: result.duplicate };
  }

  async appendMultiple(writes: readonly StreamWrite[], key?: IdempotencyKeyRef): Promise<Appended[]> {
    const guards = await closedYearGuards(this.loadYear, writes);
    const results = (await this.store.appendMultiple([...writes, ...guards], key ? { idempotencyKey: key } : undefined)).slice(0, writes.length);
    results.forEach((r, i) => this.refreshAfterAppend(writes[i].streamId, r.nextExpectedRevision));
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
      const events = envelope(decision.events, ctx, decision.unit, decision.ids, streamId);
      const appended = await this.append(streamId, events, ctx.expectedRevision ?? revision, ctx.idempotencyKey);
      if (appended.duplicate && !redecided) {
        redecided = true;
        throw new DecidedOnStaleState(streamId);
      }
      if (!appended.duplicate) this.foldAppended(streamId, reducer, revision, events, appended.revision);
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

  /**
   * What this command appended, folded into the cached state it was decided on, so that the next command on the
   * stream does not read its own events back (issue 14: a record-disbursement read its predecessor's event, two JSON
   * parses and a query after each commit). The events are folded as a load would see them (through JSON, as the store
   * keeps them). Only when the cache still holds the state folded to `base` and the append went right after it;
   * otherwise the next load reads the tail as before.
   */
  private foldAppended<S, E extends DomainEvent>(streamId: string, reducer: Reducer<S, E>, base: number, events: readonly NewEvent[], revision: number): void {
    const cached = this.cache.get(streamId);
    if (!cached || cached.reducer !== reducer || cached.revision !== base || revision !== base + events.length) return;
    let state = cached.state as S;
    for (const e of events) state = reducer.evolve(state, toDomainEvent<E>({ type: e.type, data: JSON.parse(JSON.stringify(e.data)), metadata: JSON.parse(JSON.stringify(e.metadata)) }));
    this.remember(streamId, reducer, state, revision, cached.snapshotRevision);
  }

  private remember(streamId: string, reducer: Reducer<any, any>, state: unknown, revision: number, snapshotRevision: number) {
    if (this.options.cacheSize === 0 || revision < 0) return;
    this.cache.delete(streamId);
    this.cache.set(streamId, { reducer, state, revision, snapshotRevision });
    if (this.cache.size > this.options.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
  }
}
