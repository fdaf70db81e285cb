import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newEvent, rejectionOf } from '../contract/contract-helpers';
import { SqliteEventStore } from './sqlite-event-store';
import { INDEXES_SQL, SCHEMA_VERSION, TABLE_SQL } from './sqlite-schema';
import { upgradeFromVersion1 } from './sqlite-upgrade';

/**
 * testing/fixtures/events-v1.sqlite was written by the adapter of schema version 1 (ADR 0001: a UNIQUE index on
 * event_id, no user_version): 16 events on 3 streams, a transfer appended with appendMultiple, Chinese text,
 * quotes and backslashes in the payloads.
 */
const FIXTURE = join(__dirname, 'testing', 'fixtures', 'events-v1.sqlite');

/** An independent check of the upgrade's own verification: count and SHA-256 of every row, in position order. */
function digestOf(db: Database.Database, table: string): { events: number; checksum: string } {
  const hash = createHash('sha256');
  let events = 0;
  for (const row of db.prepare(`SELECT position, event_id, stream_id, revision, type, data, metadata, stored_at FROM ${table} ORDER BY position`).raw().iterate()) {
    hash.update(JSON.stringify(row)).update('\n');
    events++;
  }
  return { events, checksum: hash.digest('hex') };
}

interface Row { position: number; event_id: string; stream_id: string; revision: number; type: string; data: string; metadata: string; stored_at: string }

describe('SqliteEventStore over a file of schema version 1', () => {
  let dir: string;
  let filename: string;
  const opened: SqliteEventStore[] = [];
  const open = () => {
    const store = SqliteEventStore.open({ filename });
    opened.push(store);
    return store;
  };
  const raw = <T>(read: (db: Database.Database) => T): T => {
    const db = new Database(filename, { readonly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sqlite-upgrade-'));
    filename = join(dir, 'events.sqlite');
    copyFileSync(FIXTURE, filename);
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given the old file, when opened, then it is upgraded in place: every event kept as it was, the same count and checksum', async () => {
    const before = raw((db) => ({
      version: db.pragma('user_version', { simple: true }),
      rows: db.prepare('SELECT * FROM events ORDER BY position').all() as Row[],
      digest: digestOf(db, 'events'),
    }));
    expect(before.version).toBe(0);

    const store = open();

    expect(store.schemaUpgrade).toEqual({ fromVersion: 1, toVersion: 2, events: 16, elapsedMs: expect.any(Number) });
    expect(raw((db) => digestOf(db, 'events'))).toEqual(before.digest);
    expect(store.diagnostics().schemaVersion).toBe(SCHEMA_VERSION);
    const all = await store.readAll();
    expect(all.map((e) => [e.position, e.id, e.streamId, e.revision, e.type, e.data, e.metadata, e.storedAt])).toEqual(
      before.rows.map((r) => [r.position, r.event_id, r.stream_id, r.revision, r.type, JSON.parse(r.data), JSON.parse(r.metadata), r.stored_at]),
    );
    const after = raw((db) => ({
      tables: db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all(),
      indexes: db.prepare(`SELECT name FROM pragma_index_list('events') ORDER BY name`).pluck().all(),
    }));
    expect(after).toEqual({ tables: ['events', 'idempotency_keys', 'sqlite_sequence'], indexes: ['events_ids_in_order', 'events_stream_revision'] });
  });

  it('given the upgraded file, then ids stay idempotent and unique, and positions continue', async () => {
    const [stored] = raw((db) => db.prepare(`SELECT event_id, stream_id FROM events WHERE stream_id = 'case-1' ORDER BY revision`).all()) as Row[];
    const store = open();
    const storedEvent = (await store.findEvent(stored.event_id))!;

    const again = await store.append('case-1', [storedEvent], 'no_stream');
    const elsewhere = await rejectionOf(store.append('case-2', [storedEvent], 'no_stream'));
    const next = await store.append('line-302', [newEvent()], 1);

    expect(again).toEqual({ nextExpectedRevision: 0, position: storedEvent.position, duplicate: true });
    expect(elsewhere).toMatchObject({ code: 'DUPLICATE_EVENT_ID', eventId: stored.event_id, streamId: 'case-1' });
    expect(next).toEqual({ nextExpectedRevision: 2, position: 17, duplicate: false });
  });

  it('given the upgraded file, when it is opened again (by this or another process), then nothing more is done', async () => {
    await open().close();
    const digest = raw((db) => digestOf(db, 'events'));

    const second = open();

    expect(second.schemaUpgrade).toBeUndefined();
    expect(raw((db) => digestOf(db, 'events'))).toEqual(digest);
  });

  it('given a file of a later schema version, when opened, then it is refused and left as it was', () => {
    const db = new Database(filename);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();

    const refusal = (() => { try { open(); return undefined; } catch (error) { return error; } })();

    expect(refusal).toMatchObject({ code: 'SCHEMA_TOO_NEW' });
    expect(raw((d) => [d.pragma('user_version', { simple: true }), digestOf(d, 'events').events])).toEqual([SCHEMA_VERSION + 1, 16]);
  });

  it('given a copy that does not match the old rows, then the upgrade fails and the file is left at version 1 with every row', () => {
    const digest = raw((db) => digestOf(db, 'events'));
    // a table that silently alters one row as it is copied: what the verification is there to catch
    const corrupting = `${TABLE_SQL}
      CREATE TRIGGER corrupt AFTER INSERT ON events WHEN NEW.position = 3 BEGIN UPDATE events SET data = '{}' WHERE position = 3; END;`;
    const db = new Database(filename);
    let failure: unknown;
    try {
      db.transaction(() => upgradeFromVersion1(db, { table: corrupting, indexes: INDEXES_SQL })).immediate();
    } catch (error) {
      failure = error;
    } finally {
      db.close();
    }

    expect(failure).toMatchObject({ code: 'SCHEMA_UPGRADE_FAILED' });
    expect(raw((d) => ({ version: d.pragma('user_version', { simple: true }), digest: digestOf(d, 'events') }))).toEqual({ version: 0, digest });
    expect(raw((d) => d.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all())).toEqual(['events', 'sqlite_sequence']);
  });
});
