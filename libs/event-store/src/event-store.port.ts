/**
 * The event-store port. Adapters: SQLite (embedded default, ./sqlite), PostgreSQL (production, ./postgres) and KurrentDB.
 * Positions and revisions are JS numbers: both are counters far below 2^53.
 */

/** Optimistic concurrency expectation for an append. */
export type ExpectedRevision =
  | 'any'
  | 'no_stream'
  | 'stream_exists'
  /** exact revision of the last event in the stream (0-based); -1 means "no event yet", like 'no_stream' */
  | number;

export interface EventMetadata {
  readonly [key: string]: unknown;
}

/** An event about to be appended. `id` is a UUID chosen by the caller (idempotency key of the event). */
export interface NewEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface StoredEvent extends NewEvent {
  readonly streamId: string;
  /** 0-based revision within its stream */
  readonly revision: number;
  /** 1-based global position, strictly increasing across all streams in commit order */
  readonly position: number;
  /** ISO instant when the store committed it */
  readonly storedAt: string;
}

export interface AppendResult {
  /** revision of the last event of this stream after the append */
  readonly nextExpectedRevision: number;
  /** global position of the last event written (or found, when the append was a duplicate) */
  readonly position: number;
  /** true when every event id was already stored in this stream: nothing was written */
  readonly duplicate: boolean;
}

export interface StreamWrite {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expectedRevision: ExpectedRevision;
}

/**
 * The Idempotency-Key a command was sent with (ADR 0017): per caller (`scope`), and the request it was first
 * used for (`fingerprint`). An append that carries it records the key beside the events, in the same transaction
 * where the adapter can (SQLite, PostgreSQL), so the key says "recorded" exactly when the events are stored.
 */
export interface IdempotencyKeyRef {
  readonly scope: string;
  readonly key: string;
  readonly fingerprint: string;
}

export interface AppendOptions {
  readonly idempotencyKey?: IdempotencyKeyRef;
}

export interface ReadStreamOptions {
  /** first revision to read (inclusive), default 0 */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** read events with position strictly greater than this; default 0 (from the start) */
  readonly after?: number;
  readonly maxCount?: number;
}

export interface SubscriptionOptions {
  /** deliver events with position strictly greater than this (a stored checkpoint); default 0 */
  readonly after?: number;
  /** events per catch-up page */
  readonly batchSize?: number;
}

export type SubscriptionHandler = (event: StoredEvent) => Promise<void> | void;

export interface Subscription {
  /** position of the last event delivered */
  readonly position: number;
  /** resolves once the subscription has caught up with everything stored when it started */
  readonly caughtUp: Promise<void>;
  /**
   * Resolves when the subscription ends by stop() or close(); rejects with the handler's error when a
   * handler throws. A failed event is not skipped: `position` stays before it, so resubscribing from
   * `position` retries it. `caughtUp` also rejects if the failure happens before catching up.
   */
  readonly done: Promise<void>;
  /** resolves after the current handler call (if any) returns; no further deliveries */
  stop(): Promise<void>;
}

export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision, options?: AppendOptions): Promise<AppendResult>;
  /** All writes succeed together or none does (e.g. 调剂: both lines of a transfer). */
  appendMultiple(writes: readonly StreamWrite[], options?: AppendOptions): Promise<readonly AppendResult[]>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly StoredEvent[]>;
  readAll(options?: ReadAllOptions): Promise<readonly StoredEvent[]>;
  /** Catch up from `after`, then follow live appends, delivering each event once, in position order. */
  subscribe(handler: SubscriptionHandler, options?: SubscriptionOptions): Subscription;
  /** Last revision of a stream, or -1 if it does not exist. */
  streamRevision(streamId: string): Promise<number>;
  /** Global position of the newest event, 0 for an empty store. */
  headPosition(): Promise<number>;
  /** Find a stored event by id (any stream), for idempotent command replies. */
  findEvent(eventId: string): Promise<StoredEvent | undefined>;
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
