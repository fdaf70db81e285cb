import type { EventMetadata, NewEvent, StoredEvent } from '../event-store.port';
import type { SchemaNames } from './postgres-schema';

/** A row as node-postgres returns it: bigint as string, json parsed, timestamptz as Date. */
export interface EventRow {
  readonly position: string;
  readonly event_id: string;
  readonly stream_id: string;
  readonly revision: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly stored_at: Date;
}

export const COLUMNS = 'position, event_id, stream_id, revision, type, data, metadata, stored_at';

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    revision: Number(row.revision),
    position: Number(row.position),
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    storedAt: row.stored_at.toISOString(),
  };
}

/** One event about to be inserted with its position and revision already decided. */
export interface PlannedRow {
  readonly position: number;
  readonly streamId: string;
  readonly revision: number;
  readonly event: NewEvent;
  /** ISO instant; millisecond precision, so it reads back exactly */
  readonly storedAt: string;
}

/** Rows per INSERT statement: 8 parameters each, far below PostgreSQL's 65,535 per statement. */
export const INSERT_CHUNK = 1000;

/** A multi-row INSERT of `rows` (at most INSERT_CHUNK): plain VALUES lists, no unnest, for portability. */
export function insertStatement(names: SchemaNames, rows: readonly PlannedRow[]): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const tuples = rows.map((row) => {
    const at = values.length;
    values.push(
      row.position, row.event.id, row.streamId, row.revision, row.event.type,
      JSON.stringify(row.event.data), JSON.stringify(row.event.metadata), row.storedAt,
    );
    return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6}, $${at + 7}, $${at + 8})`;
  });
  return { text: `INSERT INTO ${names.events} (${COLUMNS}) VALUES ${tuples.join(', ')}`, values };
}

/** The last event of each stream, one index probe per stream (no LATERAL, for portability). */
export function headsStatement(names: SchemaNames, streamIds: readonly string[]): { text: string; values: string[] } {
  const parts = streamIds.map((_, i) =>
    `(SELECT stream_id, revision, position FROM ${names.events} WHERE stream_id = $${i + 1} ORDER BY revision DESC LIMIT 1)`);
  return { text: parts.join(' UNION ALL '), values: [...streamIds] };
}

/** SQLite's `LIMIT -1` is PostgreSQL's `LIMIT NULL` (LIMIT ALL). */
export function pgLimit(maxCount: number | undefined): number | null {
  return maxCount === undefined ? null : Math.max(0, Math.floor(maxCount));
}

/**
 * How every append transaction starts. `SET LOCAL synchronous_commit = on` makes COMMIT wait for the WAL
 * flush (and for synchronous standbys, if any) whatever the server, role, database or connection string
 * say, so an acknowledged append survives a crash. Then the allocator lock.
 */
export const beginAppend = (names: SchemaNames) => `BEGIN; SET LOCAL synchronous_commit = on; SELECT position FROM ${names.head} FOR UPDATE`;
