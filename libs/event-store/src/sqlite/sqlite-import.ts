import type Database from 'better-sqlite3';
import type { ImportSession } from '../copy/import-session';
import { EventStoreError } from '../errors';

/**
 * The copy target on SQLite: BEGIN IMMEDIATE holds the write lock from the emptiness check to COMMIT.
 * Explicit positions go into the INTEGER PRIMARY KEY; appends continue after the largest.
 */
export function beginSqliteImport(db: Database.Database, onCommit: () => void): ImportSession {
  db.exec('BEGIN IMMEDIATE');
  try {
    const stored = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM events').get()?.n ?? 0;
    if (stored > 0) throw new EventStoreError('TARGET_NOT_EMPTY', `the target already holds ${stored} events: copy into an empty store`);
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  const insert = db.prepare<[number, string, string, number, string, string, string, string]>(
    `INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    write: async (events) => {
      for (const e of events) {
        insert.run(e.position, e.id, e.streamId, e.revision, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), e.storedAt);
      }
    },
    commit: async () => {
      db.exec('COMMIT');
      onCommit();
    },
    abort: async () => {
      if (db.inTransaction) db.exec('ROLLBACK');
    },
  };
}
