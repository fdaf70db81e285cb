import type Database from 'better-sqlite3';

/**
 * One table. `position` is the global order: AUTOINCREMENT so a position is never reused, even if rows
 * were ever deleted. The two UNIQUE constraints are the last line of defence behind the checks done
 * in the append transaction; each one is also the only index we need (by id, and by stream + revision),
 * so an append costs about the same as a raw insert.
 */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS events (
  position  INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id  TEXT    NOT NULL UNIQUE,
  stream_id TEXT    NOT NULL,
  revision  INTEGER NOT NULL,
  type      TEXT    NOT NULL,
  data      TEXT    NOT NULL,
  metadata  TEXT    NOT NULL,
  stored_at TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
);`;

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export function configureConnection(db: Database.Database, busyTimeoutMs: number): void {
  // First, so that the pragmas and schema creation below wait for other processes instead of failing.
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  // WAL: readers never block the writer, and several processes can share the file.
  db.pragma('journal_mode = WAL');
  // FULL: the WAL is fsynced at every commit, so an acknowledged append survives a power loss
  // (NORMAL in WAL mode can lose the last transactions).
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA_SQL);
}
