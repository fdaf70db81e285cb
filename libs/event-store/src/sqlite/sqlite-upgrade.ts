import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { EventStoreError } from '../errors';

/** What opening an older file did to it, for the log. */
export interface SchemaUpgrade {
  readonly fromVersion: number;
  readonly toVersion: number;
  /** events copied, counted on both sides */
  readonly events: number;
  /** SHA-256 over every event row in position order, the same before and after */
  readonly checksum: string;
  readonly elapsedMs: number;
}

const COLUMNS = 'position, event_id, stream_id, revision, type, data, metadata, stored_at';

/**
 * Version 1 (ADR 0001) had `event_id TEXT NOT NULL UNIQUE`; SQLite cannot drop a constraint, so the table is
 * rebuilt (SQLite's documented procedure for other schema changes): the old table is renamed aside, the new
 * one created from `schemaSql`, every row copied with its position, both sides counted and checksummed, the
 * old table dropped, and the AUTOINCREMENT counter carried over. Runs inside the caller's IMMEDIATE
 * transaction: a failed verification rolls everything back and the file stays at version 1.
 *
 * The old table's pages go to the free list and are reused by later appends (VACUUM would return them).
 */
export function upgradeFromVersion1(db: Database.Database, schemaSql: string): SchemaUpgrade {
  const started = performance.now();
  const sequence = (db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'events'`).get() as { seq: number } | undefined)?.seq ?? 0;
  db.exec('ALTER TABLE events RENAME TO events_v1');
  db.exec(schemaSql);
  db.exec(`INSERT INTO events (${COLUMNS}) SELECT ${COLUMNS} FROM events_v1 ORDER BY position`);

  const before = digestOf(db, 'events_v1');
  const after = digestOf(db, 'events');
  if (before.events !== after.events || before.checksum !== after.checksum) {
    throw new EventStoreError('SCHEMA_UPGRADE_FAILED',
      `upgrading the event store to schema 2 did not copy the events faithfully (${before.events} events, ${before.checksum} before; ${after.events}, ${after.checksum} after): nothing was changed`);
  }
  db.exec('DROP TABLE events_v1');
  db.prepare(`INSERT INTO sqlite_sequence (name, seq) SELECT 'events', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'events')`).run();
  db.prepare(`UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'events'`).run(sequence);
  return { fromVersion: 1, toVersion: 2, events: after.events, checksum: after.checksum, elapsedMs: performance.now() - started };
}

/** Count and SHA-256 of a table's event rows, every column, in position order. */
export function digestOf(db: Database.Database, table: string): { events: number; checksum: string } {
  const hash = createHash('sha256');
  let events = 0;
  for (const row of db.prepare(`SELECT ${COLUMNS} FROM ${table} ORDER BY position`).raw().iterate()) {
    hash.update(JSON.stringify(row)).update('\n');
    events++;
  }
  return { events, checksum: hash.digest('hex') };
}
