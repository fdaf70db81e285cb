import type Database from 'better-sqlite3';
import type { EventMetadata, StoredEvent } from '../event-store.port';
import { IDS_IN_ORDER_INDEX } from './sqlite-schema';

export interface EventRow {
  readonly position: number;
  readonly event_id: string;
  readonly stream_id: string;
  readonly revision: number;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly stored_at: string;
}

export interface StreamHeadRow {
  readonly revision: number;
  readonly position: number;
}

const COLUMNS = 'position, event_id, stream_id, revision, type, data, metadata, stored_at';

/** Every statement is prepared once per connection: preparing costs more than running. */
export function prepareStatements(db: Database.Database) {
  return {
    insert: db.prepare<[string, string, number, string, string, string, string]>(
      `INSERT INTO events (event_id, stream_id, revision, type, data, metadata, stored_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    // Served by the (stream_id, revision) unique index, which also carries the rowid (= position).
    streamHead: db.prepare<[string], StreamHeadRow>(
      'SELECT revision, position FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
    ),
    readStream: db.prepare<[string, number, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
    ),
    readAll: db.prepare<[number, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
    ),
    atPosition: db.prepare<[number], EventRow>(`SELECT ${COLUMNS} FROM events WHERE position = ?`),
    // The ids in position order, from the narrow index that exists for this scan (ADR 0018); rows as [position, id].
    idsAfter: db.prepare<[number, number], [number, string]>(
      `SELECT position, event_id FROM events INDEXED BY ${IDS_IN_ORDER_INDEX} WHERE position > ? ORDER BY position LIMIT ?`,
    ).raw(true),
    head: db.prepare<[], { head: number | null }>('SELECT max(position) AS head FROM events'),
    // changes whenever another connection commits to the file (not on this connection's own commits)
    dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
    ping: db.prepare<[], { ok: number }>('SELECT 1 AS ok'),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    revision: row.revision,
    position: row.position,
    type: row.type,
    data: JSON.parse(row.data) as unknown,
    metadata: JSON.parse(row.metadata) as EventMetadata,
    storedAt: row.stored_at,
  };
}

/** SQLite reads `LIMIT -1` as "no limit". */
export function sqlLimit(maxCount: number | undefined): number {
  return maxCount === undefined ? -1 : Math.max(0, Math.floor(maxCount));
}
