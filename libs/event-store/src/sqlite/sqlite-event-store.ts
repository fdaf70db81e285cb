import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { EventStoreError } from '../errors';
import type {
  AppendOptions, AppendResult, EventStore, ExpectedRevision, IdempotencyKeyRef, NewEvent, ReadAllOptions, ReadStreamOptions, StoredEvent,
  StreamWrite, Subscription, SubscriptionHandler, SubscriptionOptions,
} from '../event-store.port';
import type { WithIdempotencyKeys } from '../idempotency/idempotency-keys.port';
import { SqliteIdempotencyKeys } from './sqlite-idempotency-keys';
import type { ImportSession, ImportTarget } from '../copy/import-session';
import { appendInTransaction } from './sqlite-append';
import { beginSqliteImport } from './sqlite-import';
import { configureConnection, DEFAULT_BUSY_TIMEOUT_MS } from './sqlite-schema';
import { prepareStatements, sqlLimit, type Statements, toStoredEvent } from './sqlite-statements';
import { SqliteSubscription } from './sqlite-subscription';

export interface SqliteEventStoreOptions {
  /** Database file; its parent directory is created. `:memory:` works for tests (no WAL, one process). */
  readonly filename: string;
  /** How often live subscriptions look for appends made by other processes. Default 200 ms. */
  readonly pollIntervalMs?: number;
  /** How long a writer waits for another process's write lock. Default 5000 ms. */
  readonly busyTimeoutMs?: number;
}

const DEFAULT_POLL_INTERVAL_MS = 200;
const DEFAULT_BATCH_SIZE = 500;

/**
 * One append's writes and the Idempotency-Key it carries, inside the transaction the caller holds (today the append's
 * own BEGIN IMMEDIATE): the key is recorded with its events and commits or rolls back with them (ADR 0017). Whatever
 * groups appends into one commit runs this unit as a whole, e.g. in the append's savepoint.
 */
function appendWithKey(stmts: Statements, keys: SqliteIdempotencyKeys, writes: readonly StreamWrite[], storedAt: string, key?: IdempotencyKeyRef): AppendResult[] {
  const results = writes.map((write) => appendInTransaction(stmts, write, storedAt));
  if (key) keys.recordInTransaction(key, storedAt);
  return results;
}

/**
 * Embedded event store on one SQLite file (WAL, synchronous=FULL). better-sqlite3 is synchronous, so
 * every method runs to completion before returning its promise: appends through one instance are
 * serialized by the event loop, appends from other processes by SQLite's write lock (BEGIN IMMEDIATE).
 */
export class SqliteEventStore implements EventStore, ImportTarget, WithIdempotencyKeys {
  private readonly appendListeners = new Set<() => void>();
  private readonly subscriptions = new Set<SqliteSubscription>();
  private readonly writeAll: (writes: readonly StreamWrite[], storedAt: string, key?: IdempotencyKeyRef) => AppendResult[];
  private readonly keys: SqliteIdempotencyKeys;
  private closed = false;

  private constructor(
    private readonly db: Database.Database,
    private readonly stmts: Statements,
    private readonly pollIntervalMs: number,
  ) {
    this.keys = new SqliteIdempotencyKeys(db, () => this.ensureOpen());
    const tx = db.transaction((writes: readonly StreamWrite[], storedAt: string, key?: IdempotencyKeyRef) => appendWithKey(stmts, this.keys, writes, storedAt, key));
    // IMMEDIATE takes the write lock before the revision is read, so no other process can append in between.
    this.writeAll = (writes, storedAt, key) => tx.immediate(writes, storedAt, key);
  }

  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    if (options.filename !== ':memory:') mkdirSync(dirname(options.filename), { recursive: true });
    const db = new Database(options.filename);
    try {
      configureConnection(db, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
      return new SqliteEventStore(db, prepareStatements(db), options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  async append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision, options?: AppendOptions): Promise<AppendResult> {
    return this.write([{ streamId, events, expectedRevision }], options)[0];
  }

  async appendMultiple(writes: readonly StreamWrite[], options?: AppendOptions): Promise<readonly AppendResult[]> {
    return this.write(writes, options);
  }

  /** Idempotency keys in this file, beside the events (ADR 0017). */
  idempotencyKeys(): SqliteIdempotencyKeys {
    return this.keys;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly StoredEvent[]> {
    this.ensureOpen();
    const rows = this.stmts.readStream.all(streamId, options.fromRevision ?? 0, sqlLimit(options.maxCount));
    return rows.map(toStoredEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<readonly StoredEvent[]> {
    return this.readAfter(options.after ?? 0, sqlLimit(options.maxCount));
  }

  subscribe(handler: SubscriptionHandler, options: SubscriptionOptions = {}): Subscription {
    this.ensureOpen();
    const subscription = new SqliteSubscription(
      {
        readAfter: (position, limit) => this.readAfter(position, limit),
        headPosition: () => this.head(),
        onAppend: (listener) => {
          this.appendListeners.add(listener);
          return () => this.appendListeners.delete(listener);
        },
      },
      handler,
      {
        after: options.after ?? 0,
        batchSize: Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE),
        pollIntervalMs: this.pollIntervalMs,
        onEnd: (ended) => this.subscriptions.delete(ended),
      },
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async streamRevision(streamId: string): Promise<number> {
    this.ensureOpen();
    return this.stmts.streamHead.get(streamId)?.revision ?? -1;
  }

  async headPosition(): Promise<number> {
    return this.head();
  }

  async findEvent(eventId: string): Promise<StoredEvent | undefined> {
    this.ensureOpen();
    const row = this.stmts.byId.get(eventId);
    return row && toStoredEvent(row);
  }

  async healthy(): Promise<boolean> {
    if (this.closed) return false;
    try {
      return this.stmts.ping.get()?.ok === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Subscriptions first: each finishes its in-flight handler and must not read the closed connection.
    await Promise.allSettled([...this.subscriptions].map((subscription) => subscription.stop()));
    this.db.close();
  }

  /** The copy command's target: one transaction writing events verbatim; refuses a non-empty store. */
  async beginImport(): Promise<ImportSession> {
    this.ensureOpen();
    return beginSqliteImport(this.db, () => { for (const listener of [...this.appendListeners]) listener(); });
  }

  /** Connection settings as SQLite reports them, for health pages and tests. */
  diagnostics(): { journalMode: string; synchronous: number; busyTimeoutMs: number } {
    this.ensureOpen();
    return {
      journalMode: this.db.pragma('journal_mode', { simple: true }) as string,
      synchronous: this.db.pragma('synchronous', { simple: true }) as number,
      busyTimeoutMs: this.db.pragma('busy_timeout', { simple: true }) as number,
    };
  }

  private write(writes: readonly StreamWrite[], options?: AppendOptions): AppendResult[] {
    this.ensureOpen();
    const results = this.writeAll(writes, new Date().toISOString(), options?.idempotencyKey);
    // Only after the commit: a woken subscription must be able to read what woke it.
    if (results.some((result) => !result.duplicate)) {
      for (const listener of [...this.appendListeners]) listener();
    }
    return results;
  }

  private readAfter(position: number, limit: number): StoredEvent[] {
    this.ensureOpen();
    return this.stmts.readAll.all(position, limit).map(toStoredEvent);
  }

  private head(): number {
    this.ensureOpen();
    return this.stmts.head.get()?.head ?? 0;
  }

  private ensureOpen(): void {
    if (this.closed) throw new EventStoreError('STORE_CLOSED', 'the event store is closed');
  }
}
