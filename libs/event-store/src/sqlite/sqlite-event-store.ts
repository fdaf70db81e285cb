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
import { SqliteEventIds } from './sqlite-event-ids';
import { GroupCommit } from './sqlite-group-commit';
import { beginSqliteImport } from './sqlite-import';
import { configureConnection, DEFAULT_BUSY_TIMEOUT_MS } from './sqlite-schema';
import type { SchemaUpgrade } from './sqlite-upgrade';
import { prepareStatements, sqlLimit, type Statements, toStoredEvent } from './sqlite-statements';
import { SqliteSubscription } from './sqlite-subscription';
import { SqliteStreamHeads } from './sqlite-stream-heads';

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
 * Embedded event store on one SQLite file (WAL, synchronous=FULL). better-sqlite3 is synchronous: reads
 * run to completion before returning their promise; appends submitted in one turn of the event loop are
 * committed together (GroupCommit), and appends from other processes are serialized by SQLite's write
 * lock (BEGIN IMMEDIATE).
 */
export class SqliteEventStore implements EventStore, ImportTarget, WithIdempotencyKeys {
  private readonly appendListeners = new Set<() => void>();
  private readonly subscriptions = new Set<SqliteSubscription>();
  private readonly ids: SqliteEventIds;
  private readonly writer: GroupCommit;
  private readonly keys: SqliteIdempotencyKeys;
  private readonly heads: SqliteStreamHeads;
  private closed = false;

  private constructor(
    private readonly db: Database.Database,
    private readonly stmts: Statements,
    private readonly pollIntervalMs: number,
    /** what opening did to a file of an earlier schema version, if anything */
    readonly schemaUpgrade: SchemaUpgrade | undefined,
  ) {
    this.keys = new SqliteIdempotencyKeys(db, () => this.ensureOpen());
    this.ids = new SqliteEventIds(stmts);
    this.heads = new SqliteStreamHeads(db, stmts);
    // an Idempotency-Key is recorded in its append's savepoint of the group's transaction (ADR 0017, 0018)
    this.writer = new GroupCommit(db, stmts, this.ids, () => this.notifyAppended(), (key, storedAt) => this.keys.recordInTransaction(key, storedAt), this.heads);
  }

  /**
   * Opens (and creates) the file; a file of an earlier schema version is upgraded first, once, which rewrites
   * the events table (ADR 0018: about a minute for a million events): `schemaUpgrade` tells what was done.
   */
  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    if (options.filename !== ':memory:') mkdirSync(dirname(options.filename), { recursive: true });
    const db = new Database(options.filename);
    try {
      const upgrade = configureConnection(db, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
      return new SqliteEventStore(db, prepareStatements(db), options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS, upgrade);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * Starts reading the stored event ids (ADR 0018) now, in slices that yield, instead of at the first append: the
   * first append of a process on a file of 1M events waited 1.6 s for them (a start's first-admin check, the first
   * command after a restart). For the process that writes; a reader (the projector thread) never needs them.
   */
  preloadEventIds(): void {
    this.ids.ready().catch(() => undefined); // closed meanwhile: the first append would load them, and it never comes
  }

  async append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision, options?: AppendOptions): Promise<AppendResult> {
    return (await this.write([{ streamId, events, expectedRevision }], options))[0];
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
    const from = options.fromRevision ?? 0;
    const limit = sqlLimit(options.maxCount);
    // a tail known to be empty (a cached aggregate's load after this process's own append) needs no query
    const heads = this.heads.usable();
    if (heads && this.heads.endsBefore(streamId, from)) return [];
    const rows = this.stmts.readStream.all(streamId, from, limit);
    if (heads && (limit < 0 || rows.length < limit)) this.heads.readToEnd(streamId, from, rows.length > 0 ? rows[rows.length - 1].revision : undefined);
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
    await this.ids.ready();
    const row = this.ids.find(eventId);
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
    // Appends accepted before close() are committed (and acknowledged) first.
    await this.writer.drain();
    // Subscriptions first: each finishes its in-flight handler and must not read the closed connection.
    await Promise.allSettled([...this.subscriptions].map((subscription) => subscription.stop()));
    this.db.close();
  }

  /** The copy command's target: one transaction writing events verbatim; refuses a non-empty store. */
  async beginImport(): Promise<ImportSession> {
    this.ensureOpen();
    return beginSqliteImport(this.db, () => {
      this.ids.invalidate(); // committed through this connection: data_version does not tell
      this.heads.invalidate();
      this.notifyAppended();
    });
  }

  /** Connection settings as SQLite reports them, for health pages and tests. */
  diagnostics(): { journalMode: string; synchronous: number; busyTimeoutMs: number; schemaVersion: number } {
    this.ensureOpen();
    return {
      journalMode: this.db.pragma('journal_mode', { simple: true }) as string,
      synchronous: this.db.pragma('synchronous', { simple: true }) as number,
      busyTimeoutMs: this.db.pragma('busy_timeout', { simple: true }) as number,
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
    };
  }

  /** Write transactions committed by this instance and the appends they carried (group commit: ADR 0018). */
  writeStats(): { transactions: number; appends: number } {
    return { ...this.writer.stats };
  }

  /** The in-memory event id table (ADR 0018): ids read so far and the bytes it holds. */
  idStats(): { ids: number; bytes: number } {
    const { ids, bytes } = this.ids.diagnostics();
    return { ids, bytes };
  }

  private async write(writes: readonly StreamWrite[], options?: AppendOptions): Promise<AppendResult[]> {
    this.ensureOpen();
    return this.writer.submit(writes, options?.idempotencyKey);
  }

  private notifyAppended(): void {
    for (const listener of [...this.appendListeners]) listener();
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
