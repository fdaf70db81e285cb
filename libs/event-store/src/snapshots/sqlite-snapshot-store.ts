import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Snapshot, SnapshotStore } from './snapshot-store.port';

/**
 * One table beside `events` in the event store's SQLite file, on a connection of its own. A lost snapshot only
 * costs a longer load, so its commits are not fsynced (synchronous=NORMAL) and it waits briefly for another
 * process's write lock before giving up: a snapshot write is skipped rather than holding the event loop.
 */
const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS snapshots (
  stream_id TEXT    NOT NULL,
  fold      TEXT    NOT NULL,
  version   INTEGER NOT NULL,
  revision  INTEGER NOT NULL,
  state     TEXT    NOT NULL,
  stored_at TEXT    NOT NULL,
  PRIMARY KEY (stream_id, fold)
) WITHOUT ROWID;`;

interface SnapshotRow { readonly stream_id: string; readonly fold: string; readonly version: number; readonly revision: number; readonly state: string }

export class SqliteSnapshotStore implements SnapshotStore {
  private readonly readStmt: Database.Statement<[string, string], SnapshotRow>;
  private readonly writeStmt: Database.Statement<[string, string, number, number, string, string]>;

  private constructor(private readonly db: Database.Database) {
    this.readStmt = db.prepare('SELECT stream_id, fold, version, revision, state FROM snapshots WHERE stream_id = ? AND fold = ?');
    // a newer fold version replaces whatever is there; the same version only moves forward
    this.writeStmt = db.prepare(`INSERT INTO snapshots (stream_id, fold, version, revision, state, stored_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (stream_id, fold) DO UPDATE SET version = excluded.version, revision = excluded.revision, state = excluded.state, stored_at = excluded.stored_at
      WHERE excluded.version <> snapshots.version OR excluded.revision > snapshots.revision`);
  }

  static open(options: { readonly filename: string; readonly busyTimeoutMs?: number }): SqliteSnapshotStore {
    if (options.filename !== ':memory:') mkdirSync(dirname(options.filename), { recursive: true });
    const db = new Database(options.filename);
    try {
      db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
      db.pragma('journal_mode = WAL');
      db.exec(SCHEMA_SQL);
      // after the schema: creating the table waited for the lock like any start; a snapshot write does not
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 50');
      db.pragma('cache_size = -1024'); // a snapshot is read once per cold line and written now and then: 1 MiB, not 16
      return new SqliteSnapshotStore(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  async read(streamId: string, fold: string): Promise<Snapshot | undefined> {
    const row = this.readStmt.get(streamId, fold);
    return row && { streamId: row.stream_id, fold: row.fold, version: row.version, revision: row.revision, state: row.state };
  }

  async write(s: Snapshot): Promise<void> {
    this.writeStmt.run(s.streamId, s.fold, s.version, s.revision, s.state, new Date().toISOString());
  }

  async clear(fold?: string): Promise<number> {
    return (fold === undefined ? this.db.prepare('DELETE FROM snapshots').run() : this.db.prepare('DELETE FROM snapshots WHERE fold = ?').run(fold)).changes;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
