import type Database from 'better-sqlite3';
import { EventStoreError } from '../errors';
import { upgradeFromVersion1, type SchemaUpgrade } from './sqlite-upgrade';

/** `PRAGMA user_version` of the layout below; a store of ADR 0001's first layout reads 0 (it never set it). */
export const SCHEMA_VERSION = 2;

export const IDS_IN_ORDER_INDEX = 'events_ids_in_order';

/**
 * One table. `position` is the global order, the rowid: the next is the largest + 1, and events are never
 * deleted (schema 1 had AUTOINCREMENT for that case, at the price of a write to sqlite_sequence in every
 * transaction: ADR 0018). Every index is written in (near) insertion order: the rowid, (stream, revision) at
 * the end of each stream, and (position, event_id) at the end of the file. Event ids are random UUIDv5s,
 * so a unique index on them dirtied a random page per event; their uniqueness is checked in memory under
 * the write lock instead (sqlite-event-ids.ts, ADR 0018), and the narrow ordered index lets a process read
 * every id quickly when it builds that check. The indexes are separate statements so that an upgrade can
 * build them after copying the rows.
 */
export const TABLE_SQL = `
CREATE TABLE IF NOT EXISTS events (
  position  INTEGER PRIMARY KEY,
  event_id  TEXT    NOT NULL,
  stream_id TEXT    NOT NULL,
  revision  INTEGER NOT NULL,
  type      TEXT    NOT NULL,
  data      TEXT    NOT NULL,
  metadata  TEXT    NOT NULL,
  stored_at TEXT    NOT NULL
);`;

export const INDEXES_SQL = `
CREATE UNIQUE INDEX IF NOT EXISTS events_stream_revision ON events (stream_id, revision);
CREATE INDEX IF NOT EXISTS ${IDS_IN_ORDER_INDEX} ON events (position, event_id);`;

export const SCHEMA_SQL = TABLE_SQL + INDEXES_SQL;

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Page cache per connection (KiB). better-sqlite3 builds SQLite with 16 MB per connection; appends touch only the
 * right edges of the ordered indexes and reads go by position or stream, so 4 MiB serves them as well, and the
 * process's several connections (writer, projector thread, read models) no longer add up to 60 MB of cache during a
 * 100,000-row import (bench section 9: peak RSS 12 MiB lower).
 */
export const STORE_CACHE_KIB = 4096;

export function configureConnection(db: Database.Database, busyTimeoutMs: number): SchemaUpgrade | undefined {
  // First, so that the pragmas and schema creation below wait for other processes instead of failing.
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  // WAL: readers never block the writer, and several processes can share the file.
  db.pragma('journal_mode = WAL');
  // FULL: the WAL is fsynced at every commit, so an acknowledged append survives a power loss
  // (NORMAL in WAL mode can lose the last transactions).
  db.pragma('synchronous = FULL');
  db.pragma(`cache_size = -${STORE_CACHE_KIB}`);
  return ensureSchema(db);
}

/**
 * Creates the schema in a new file, upgrades a file of an earlier version (once, under the write lock, so
 * that several processes opening it at once upgrade it once), and refuses a file of a later version.
 */
function ensureSchema(db: Database.Database): SchemaUpgrade | undefined {
  if (versionOf(db) === SCHEMA_VERSION) return undefined;
  return db.transaction((): SchemaUpgrade | undefined => {
    const version = versionOf(db);
    if (version === SCHEMA_VERSION) return undefined;
    if (version > SCHEMA_VERSION) {
      throw new EventStoreError('SCHEMA_TOO_NEW', `the event store file has schema version ${version}; this build reads up to ${SCHEMA_VERSION}`);
    }
    const upgrade = hasEventsTable(db) ? upgradeFromVersion1(db, { table: TABLE_SQL, indexes: INDEXES_SQL }) : (db.exec(SCHEMA_SQL), undefined);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    return upgrade;
  }).immediate();
}

function versionOf(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function hasEventsTable(db: Database.Database): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'`).get() !== undefined;
}
