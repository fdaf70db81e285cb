import type Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { EventStoreError } from '../errors';

/** What opening an older file did to it, for the log. */
export interface SchemaUpgrade {
  readonly fromVersion: number;
  readonly toVersion: number;
  /** events copied, counted on both sides */
  readonly events: number;
  readonly elapsedMs: number;
}

const COLUMNS = ['position', 'event_id', 'stream_id', 'revision', 'type', 'data', 'metadata', 'stored_at'] as const;
const LIST = COLUMNS.join(', ');

/** Page cache while the rows are copied and the indexes sorted (KiB, as `PRAGMA cache_size` takes a negative number). */
const UPGRADE_CACHE_KIB = 256 * 1024;

/**
 * Version 1 (ADR 0001) had `event_id TEXT NOT NULL UNIQUE`; SQLite cannot drop a constraint, so the table is
 * rebuilt (SQLite's documented procedure for other schema changes): the old table is renamed aside, the new
 * one created, every row copied with its position, the indexes built, and the copy verified before the old
 * table is dropped (the next position is the largest + 1, as with version 1's AUTOINCREMENT, events never being
 * deleted). Runs inside the caller's IMMEDIATE
 * transaction: a failed verification rolls everything back and the file stays at version 1.
 *
 * Verified: the same count on both sides, and every column of every old row equal to the new row at the same
 * position (compared by SQLite itself in one pass; a checksum would only be a weaker form of this comparison).
 * The old table's pages go to the free list and are reused by later appends (VACUUM would return them).
 */
export function upgradeFromVersion1(db: Database.Database, schema: { readonly table: string; readonly indexes: string }): SchemaUpgrade {
  const started = performance.now();
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${UPGRADE_CACHE_KIB}`);
  try {
    db.exec('ALTER TABLE events RENAME TO events_v1');
    db.exec(schema.table);
    db.exec(`INSERT INTO events (${LIST}) SELECT ${LIST} FROM events_v1 ORDER BY position`);
    db.exec(schema.indexes);

    const before = count(db, 'events_v1');
    const after = count(db, 'events');
    const differing = rowsDiffering(db);
    if (before !== after || differing > 0) {
      throw new EventStoreError('SCHEMA_UPGRADE_FAILED', `upgrading the event store to schema 2 did not copy the events faithfully ` +
        `(${before} events before, ${after} after, ${differing} rows differ): nothing was changed`);
    }
    db.exec('DROP TABLE events_v1');
    return { fromVersion: 1, toVersion: 2, events: after, elapsedMs: performance.now() - started };
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

function count(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Old rows with no new row at their position, or one that differs in any column (`IS NOT` also compares types and NULLs). */
function rowsDiffering(db: Database.Database): number {
  const differs = COLUMNS.slice(1).map((c) => `n.${c} IS NOT o.${c}`).join(' OR ');
  return (db.prepare(`SELECT count(*) AS n FROM events_v1 o LEFT JOIN events n ON n.position = o.position WHERE n.position IS NULL OR ${differs}`)
    .get() as { n: number }).n;
}
