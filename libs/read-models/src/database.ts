import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Pool as PgPool } from 'pg';
import { withPrefixMark } from './compiled';
import { TablePrefixPlugin } from './prefix-plugin';
import type { ReadModelTables } from './schema';
import { migrate, TABLE_NAMES } from './migrations';

/** Where the read models live: an SQLite file (embedded default) or a PostgreSQL schema (production). */
export type ReadModelOptions =
  | { readonly dialect: 'sqlite'; readonly filename: string }
  | { readonly dialect: 'postgres'; readonly connectionString: string; readonly schema?: string; readonly poolSize?: number };

/** Live tables are `rm_*`; a rebuild fills `rmb_*` aside, then renames live → `rmo_*` (dropped) and `rmb_*` → live. */
export const LIVE_PREFIX = 'rm_';
export const BUILD_PREFIX = 'rmb_';
export const OLD_PREFIX = 'rmo_';

/** Where the configuration puts the read models: PostgreSQL when READ_MODEL_URL is set, else the SQLite file. */
export function readModelOptionsFor(config: { READ_MODEL_URL?: string; READ_MODEL_SCHEMA: string; READ_MODEL_FILE: string }): ReadModelOptions {
  return config.READ_MODEL_URL
    ? { dialect: 'postgres', connectionString: config.READ_MODEL_URL, schema: config.READ_MODEL_SCHEMA }
    : { dialect: 'sqlite', filename: config.READ_MODEL_FILE };
}

/** The embedded default: `DATA_DIR/read-models.sqlite`, beside the event store. */
export const defaultReadModelFile = (dataDir: string) => join(dataDir, 'read-models.sqlite');

/** A table-prefixed view of the read models, typed by their logical names. */
export type ReadModelKysely = Kysely<ReadModelTables>;

export interface ReadModelDb {
  readonly dialect: 'sqlite' | 'postgres';
  /** the live tables: what queries and the live projector use */
  readonly db: ReadModelKysely;
  /** the same connections without a prefix: DDL, renames, introspection */
  readonly raw: Kysely<any>;
  /** the tables carrying `prefix`, optionally on a connection already in a transaction */
  tables(prefix: string, on?: Kysely<any>): ReadModelKysely;
  /**
   * One write transaction that excludes every other projector writing the same tables: SQLite
   * `BEGIN IMMEDIATE` (the database write lock, taken before the checkpoint is read), PostgreSQL
   * `LOCK TABLE … IN EXCLUSIVE MODE` on the given physical tables (readers are not blocked).
   */
  writeTransaction<T>(lockTables: readonly string[], fn: (conn: Kysely<any>) => Promise<T>): Promise<T>;
  /** physical table names in the database (current schema) */
  listTables(on?: Kysely<any>): Promise<string[]>;
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface OpenSettings {
  /** create any missing live table (default true) */
  readonly migrate?: boolean;
  /**
   * SQLite: how long a statement of this connection waits for another connection's write lock, blocking its
   * thread (better-sqlite3 is synchronous). Default 10 s. A request event loop sets it short and retries its
   * few writes asynchronously (`whileBusy`). Applied after the migration, which always waits normally.
   */
  readonly busyTimeoutMs?: number;
  /**
   * SQLite: this connection's page cache in KiB (default: better-sqlite3's 16 MB). The projector thread's connection
   * takes 4 MiB (ADR 0023); the query connection keeps the default, so that a query's pages stay cached.
   */
  readonly cacheKiB?: number;
}

/** Opens the read models and creates any missing live table (see migrations.ts). */
export async function openReadModels(options: ReadModelOptions, settings: OpenSettings = {}): Promise<ReadModelDb> {
  const rm = options.dialect === 'sqlite' ? openSqlite(options.filename) : await openPostgres(options);
  if (settings.migrate !== false) await migrate(rm, LIVE_PREFIX);
  if (rm.dialect === 'sqlite' && settings.busyTimeoutMs !== undefined) await sql.raw(`pragma busy_timeout = ${Math.max(0, Math.round(settings.busyTimeoutMs))}`).execute(rm.raw);
  if (rm.dialect === 'sqlite' && settings.cacheKiB !== undefined) await sql.raw(`pragma cache_size = ${-Math.max(64, Math.round(settings.cacheKiB))}`).execute(rm.raw);
  return rm;
}

/** SQLite answered "database is locked": another connection holds the write lock (the projector thread's batch). */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
}

/** Runs `write` again while SQLite is busy, waiting between attempts without blocking the event loop, for up to `waitMs`. */
export async function whileBusy<T>(write: () => Promise<T>, waitMs = 10_000): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      return await write();
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

function openSqlite(filename: string): ReadModelDb {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  // busy timeout: the API's projector and a rebuild CLI share the file and queue for the write lock
  const database = new Database(filename, { timeout: 10_000 });
  database.pragma('journal_mode = WAL');
  // NORMAL in WAL: a power cut may lose the last commits but never splits one; checkpoint and rows go together
  database.pragma('synchronous = NORMAL');
  const raw = new Kysely<any>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return makeDb('sqlite', raw, async (conn, _lock, fn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

async function openPostgres(options: Extract<ReadModelOptions, { dialect: 'postgres' }>): Promise<ReadModelDb> {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid read-model schema name ${JSON.stringify(schema)}`);
  // loaded only for PostgreSQL: the SQLite projector thread starts faster without it
  const { Pool } = require('pg') as { Pool: typeof PgPool };
  const pool = new Pool({ connectionString: options.connectionString, max: options.poolSize ?? 4, options: `-c search_path=${schema}` });
  const raw = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  await sql`create schema if not exists ${sql.id(schema)}`.execute(raw);
  return makeDb('postgres', raw, async (conn, lockTables, fn) => {
    if (lockTables.length > 0) await sql`lock table ${sql.join(lockTables.map((t) => sql.id(t)))} in exclusive mode`.execute(conn);
    return fn(conn);
  });
}

/**
 * Kysely prepares every query afresh; the projections' writes repeat a handful of SQL texts thousands of
 * times, so statements are cached by text (SQLite re-prepares a cached statement itself after a schema
 * change such as the rebuild's swap).
 */
function withStatementCache(database: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare: (text: string) => {
      let statement = cache.get(text);
      if (!statement) {
        if (cache.size >= 500) cache.clear(); // as-of queries embed literals in their text; keep the cache bounded
        statement = database.prepare(text);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

type InTransaction = <T>(conn: Kysely<any>, lockTables: readonly string[], fn: (conn: Kysely<any>) => Promise<T>) => Promise<T>;

function makeDb(dialect: ReadModelDb['dialect'], raw: Kysely<any>, inTransaction: InTransaction): ReadModelDb {
  const tables = (prefix: string, on: Kysely<any> = raw) => withPrefixMark(on.withPlugin(new TablePrefixPlugin(prefix, TABLE_NAMES)) as ReadModelKysely, prefix);
  return {
    dialect, raw, tables, db: tables(LIVE_PREFIX),
    writeTransaction: (lockTables, fn) => dialect === 'sqlite'
      // one connection: Kysely's mutex keeps every other query out until the callback returns
      ? raw.connection().execute((conn) => inTransaction(conn, lockTables, fn))
      : raw.transaction().execute((trx) => inTransaction(trx, lockTables, fn)),
    listTables: async (on = raw) => {
      const query = dialect === 'sqlite'
        ? sql<{ name: string }>`select name from sqlite_master where type = 'table'`
        : sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`;
      return (await query.execute(on)).rows.map((r) => r.name);
    },
    close: () => raw.destroy(),
  };
}
