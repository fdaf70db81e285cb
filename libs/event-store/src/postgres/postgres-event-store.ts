import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { EventStoreError } from '../errors';
import type {
  AppendOptions, AppendResult, EventStore, ExpectedRevision, NewEvent, ReadAllOptions, ReadStreamOptions, StoredEvent, StreamWrite,
  Subscription, SubscriptionHandler, SubscriptionOptions,
} from '../event-store.port';
import type { WithIdempotencyKeys } from '../idempotency/idempotency-keys.port';
import { ensureKeysTable, PostgresIdempotencyKeys } from './postgres-idempotency-keys';
import type { ImportSession, ImportTarget } from '../copy/import-session';
import { appendInTransaction, type BeforeCommit } from './postgres-append';
import { beginPostgresImport } from './postgres-import';
import { PostgresListener } from './postgres-listener';
import { beginAppend, COLUMNS, type EventRow, pgLimit, toStoredEvent } from './postgres-rows';
import { DEFAULT_EVENT_STORE_SCHEMA, ensureSchema, namesOf, type SchemaNames } from './postgres-schema';
import { PostgresSubscription, WakeSignal } from './postgres-subscription';

export interface PostgresEventStoreOptions {
  /** postgres://user:password@host:5432/database */
  readonly connectionString: string;
  /** schema of the two tables, created on first start; default `budget_events` */
  readonly schema?: string;
  /** connections in the pool (appends hold one until COMMIT); default 5 */
  readonly poolSize?: number;
  /** longest sleep of a live subscription without a NOTIFY (a lost LISTEN connection); default 1000 ms */
  readonly pollIntervalMs?: number;
  /** for tests: runs inside each append transaction, after the inserts and before COMMIT */
  readonly beforeCommit?: BeforeCommit;
}

export interface PostgresDiagnostics {
  readonly schema: string;
  readonly serverVersion: string;
  /** as append transactions run (`on`: COMMIT waits for the WAL flush) */
  readonly synchronousCommit: string;
  /** the server's; `off` would void every durability promise, whatever synchronous_commit says */
  readonly fsync: string;
  readonly transactionIsolation: string;
}

const DEFAULT_BATCH_SIZE = 500;
const APPLICATION_NAME = 'budget-event-store';

/**
 * The event store on PostgreSQL (ADR 0011): two tables in their own schema, appends serialized by a
 * one-row position allocator so positions are gapless and become visible in commit order, synchronous
 * commits, LISTEN/NOTIFY to wake subscriptions in every process. Passes the contract suite
 * (postgres-event-store.int-spec.ts) against this machine's PostgreSQL.
 */
export class PostgresEventStore implements EventStore, ImportTarget, WithIdempotencyKeys {
  private readonly subscriptions = new Set<PostgresSubscription>();
  private readonly signal = new WakeSignal();
  private readonly listener: PostgresListener;
  private readonly keys: PostgresIdempotencyKeys;
  private closed = false;

  private constructor(private readonly pool: Pool, private readonly names: SchemaNames, config: PoolConfig,
    private readonly pollIntervalMs: number, private readonly beforeCommit: BeforeCommit | undefined) {
    this.listener = new PostgresListener(config, names.channel, this.signal);
    this.keys = new PostgresIdempotencyKeys(pool, names, () => this.ensureOpen());
  }

  /** Connects, and creates the schema and tables unless they exist (safe when several processes start at once). */
  static async connect(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const names = namesOf(options.schema ?? DEFAULT_EVENT_STORE_SCHEMA);
    // Durability is set in every append transaction (postgres-hot-path.ts, beginAppend). A session idle in a transaction (a frozen
    // process holding the allocator lock) is ended by the server after 30 s, which releases the lock.
    const config: PoolConfig = {
      connectionString: options.connectionString, application_name: APPLICATION_NAME, idle_in_transaction_session_timeout: 30_000,
    };
    const pool = new Pool({ ...config, max: options.poolSize ?? 5 });
    // an idle client losing its connection must not crash the process: the next query reports it
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        await ensureSchema(client, names);
        await ensureKeysTable(client, names);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return new PostgresEventStore(pool, names, config, options.pollIntervalMs ?? 1000, options.beforeCommit);
  }

  get schema(): string {
    return this.names.schema;
  }

  async append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision, options?: AppendOptions): Promise<AppendResult> {
    return (await this.write([{ streamId, events, expectedRevision }], options))[0];
  }

  async appendMultiple(writes: readonly StreamWrite[], options?: AppendOptions): Promise<readonly AppendResult[]> {
    return writes.length === 0 ? [] : this.write(writes, options);
  }

  /** Idempotency keys in this schema, beside the events (ADR 0017). */
  idempotencyKeys(): PostgresIdempotencyKeys {
    return this.keys;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly StoredEvent[]> {
    const { rows } = await this.query<EventRow>(
      `SELECT ${COLUMNS} FROM ${this.names.events} WHERE stream_id = $1 AND revision >= $2 ORDER BY revision LIMIT $3`,
      [streamId, options.fromRevision ?? 0, pgLimit(options.maxCount)],
    );
    return rows.map(toStoredEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<readonly StoredEvent[]> {
    return this.readAfter(options.after ?? 0, pgLimit(options.maxCount));
  }

  subscribe(handler: SubscriptionHandler, options: SubscriptionOptions = {}): Subscription {
    this.ensureOpen();
    this.listener.ensure();
    const subscription = new PostgresSubscription(
      {
        readAfter: (position, limit) => {
          this.listener.ensure();
          return this.readAfter(position, limit);
        },
        headPosition: () => this.headPosition(),
      },
      handler,
      {
        after: options.after ?? 0,
        batchSize: Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE),
        pollIntervalMs: this.pollIntervalMs,
        signal: this.signal,
        onEnd: (ended) => this.subscriptions.delete(ended),
      },
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async streamRevision(streamId: string): Promise<number> {
    const { rows } = await this.query<{ revision: string }>(
      `SELECT revision FROM ${this.names.events} WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1`, [streamId],
    );
    return rows.length === 0 ? -1 : Number(rows[0].revision);
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.query<{ position: string }>(`SELECT position FROM ${this.names.head}`);
    return Number(rows[0]?.position ?? 0);
  }

  async findEvent(eventId: string): Promise<StoredEvent | undefined> {
    const { rows } = await this.query<EventRow>(`SELECT ${COLUMNS} FROM ${this.names.events} WHERE event_id = $1`, [eventId]);
    return rows.length === 0 ? undefined : toStoredEvent(rows[0]);
  }

  async healthy(): Promise<boolean> {
    if (this.closed) return false;
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // subscriptions first: each finishes its in-flight handler and must not read from an ended pool
    await Promise.allSettled([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.listener.close();
    await this.pool.end();
  }

  /** The settings append transactions run with (the same prologue, rolled back), for health pages and tests. */
  async diagnostics(): Promise<PostgresDiagnostics> {
    const client = await this.connection();
    try {
      const results = await client.query(`${beginAppend(this.names)};
        SELECT current_setting('server_version') AS server_version, current_setting('synchronous_commit') AS synchronous_commit,
               current_setting('fsync') AS fsync, current_setting('transaction_isolation') AS transaction_isolation`) as unknown as { rows: Record<string, string>[] }[];
      const row = results[results.length - 1].rows[0];
      return {
        schema: this.names.schema, serverVersion: row.server_version, synchronousCommit: row.synchronous_commit,
        fsync: row.fsync, transactionIsolation: row.transaction_isolation,
      };
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  }

  /** The copy command's target: one transaction writing events verbatim under the allocator lock; refuses a non-empty store. */
  async beginImport(): Promise<ImportSession> {
    return beginPostgresImport(await this.connection(), this.names, () => this.signal.bump());
  }

  private async connection(): Promise<PoolClient> {
    this.ensureOpen();
    return this.pool.connect();
  }

  private async write(writes: readonly StreamWrite[], options?: AppendOptions): Promise<AppendResult[]> {
    this.ensureOpen();
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      const { results, head } = await appendInTransaction(client, this.names, writes, this.beforeCommit, options?.idempotencyKey);
      // after the commit only: a woken subscription must be able to read what woke it
      if (head !== undefined) this.signal.bump();
      return results;
    } catch (error) {
      // a connection that failed mid-transaction is not given back to the pool
      if (!(error instanceof EventStoreError) && !(error instanceof RangeError)) broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
  }

  private async readAfter(position: number, limit: number | null): Promise<StoredEvent[]> {
    const { rows } = await this.query<EventRow>(
      `SELECT ${COLUMNS} FROM ${this.names.events} WHERE position > $1 ORDER BY position LIMIT $2`, [position, limit],
    );
    return rows.map(toStoredEvent);
  }

  private async query<R extends object>(text: string, values?: unknown[]) {
    this.ensureOpen();
    return this.pool.query<R & import('pg').QueryResultRow>(text, values);
  }

  private ensureOpen(): void {
    if (this.closed) throw new EventStoreError('STORE_CLOSED', 'the event store is closed');
  }
}
