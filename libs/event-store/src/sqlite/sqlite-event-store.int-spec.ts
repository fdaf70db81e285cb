import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newEvent, newEvents, rejectionOf, waitFor } from '../contract/contract-helpers';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { describeIdempotencyKeysContract } from '../contract/idempotency-keys.contract';
import { EventStoreError } from '../errors';
import type { StoredEvent } from '../event-store.port';
import { SqliteEventStore } from './sqlite-event-store';
import { SCHEMA_VERSION } from './sqlite-schema';
import { runInChildProcesses } from './testing/cross-process';

/** A fresh database file in its own temp dir (nested, so open() must create the parent). */
function tempStore(pollIntervalMs = 20) {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-event-store-'));
  const filename = join(dir, 'data', 'events.db');
  const opened: SqliteEventStore[] = [];
  const open = (poll = pollIntervalMs) => {
    const store = SqliteEventStore.open({ filename, pollIntervalMs: poll });
    opened.push(store);
    return store;
  };
  const cleanup = async () => {
    for (const store of opened) await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, filename, open, cleanup };
}

describeEventStoreContract('SQLite', async () => {
  const temp = tempStore();
  return { store: temp.open(), reopen: async () => temp.open(), cleanup: temp.cleanup };
});

describeIdempotencyKeysContract('SQLite', async () => {
  const temp = tempStore();
  return { store: temp.open(), reopen: async () => temp.open(), cleanup: temp.cleanup };
});

describe('SqliteEventStore (SQLite specifics)', () => {
  let temp: ReturnType<typeof tempStore>;
  beforeEach(() => { temp = tempStore(); });
  afterEach(async () => { await temp.cleanup(); });

  it('given a new file path, when opened, then the directory is created, the connection is WAL + synchronous=FULL, and the schema is current', () => {
    const store = temp.open();

    expect(existsSync(temp.filename)).toBe(true);
    expect(store.diagnostics()).toEqual({ journalMode: 'wal', synchronous: 2 /* FULL */, busyTimeoutMs: 5000, schemaVersion: SCHEMA_VERSION });
    expect(store.schemaUpgrade).toBeUndefined();
  });

  it('given a file of stored events reopened, when its event ids are preloaded, then they are read without an append, and an append then checks against them', async () => {
    const first = temp.open();
    await first.append('a', newEvents(5000), 'no_stream');
    await first.close();
    const store = temp.open();
    expect(store.idStats().ids).toBe(0);

    store.preloadEventIds();

    await waitFor(() => store.idStats().ids === 5000, 30_000, 'the 5,000 stored ids');
    const [again] = (await store.readStream('a', { maxCount: 1 }));
    const duplicate = await store.append('a', [{ id: again.id, type: again.type, data: again.data, metadata: again.metadata }], 'any');
    expect(duplicate.duplicate).toBe(true);
  });

  it('given a store closed while its event ids are being preloaded, then nothing is left failing', async () => {
    const first = temp.open();
    await first.append('a', newEvents(5000), 'no_stream');
    await first.close();
    const store = temp.open();
    store.preloadEventIds();
    await store.close();
    await expect(temp.open().streamRevision('a')).resolves.toBe(4999);
  });

  it('given an empty file, when appending, then positions are 1-based and contiguous across streams', async () => {
    const store = temp.open();

    await store.append('a', newEvents(2), 'no_stream');
    await store.appendMultiple([
      { streamId: 'b', events: newEvents(1), expectedRevision: 'no_stream' },
      { streamId: 'a', events: newEvents(2), expectedRevision: 1 },
    ]);

    expect((await store.readAll()).map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
    expect(await store.headPosition()).toBe(5);
  });

  it('given appended events, when the store is closed and reopened, then they are all there and positions continue', async () => {
    const first = temp.open();
    const events = newEvents(5);
    await first.append('line-301', events, 'no_stream');
    await first.close();

    const second = temp.open();
    const reread = await second.readStream('line-301');
    const next = await second.append('line-301', [newEvent()], 4);

    expect(reread.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(reread.map((e) => e.data)).toEqual(events.map((e) => e.data));
    expect(next).toEqual({ nextExpectedRevision: 5, position: 6, duplicate: false });
  });

  it('given the schema, when a duplicate (stream, revision) is inserted directly, then SQLite refuses it', async () => {
    const store = temp.open();
    await store.append('line-302', [newEvent()], 'no_stream');
    const raw = new Database(temp.filename);
    const insert = raw.prepare(
      `INSERT INTO events (event_id, stream_id, revision, type, data, metadata, stored_at) VALUES (?, ?, ?, 'T', '{}', '{}', 'now')`,
    );
    try {
      expect(() => insert.run(newEvent().id, 'line-302', 0)).toThrow(/UNIQUE constraint failed: events.stream_id, events.revision/);
    } finally {
      raw.close();
    }
    expect(await store.headPosition()).toBe(1);
  });

  it('given every index of the schema, then each is written in insertion order: no index on the random event ids (ADR 0018)', () => {
    temp.open();
    const raw = new Database(temp.filename, { readonly: true });
    try {
      const indexed = raw.prepare(`SELECT il.name AS name, group_concat(ii.name, ',') AS columns FROM pragma_index_list('events') il
        JOIN pragma_index_info(il.name) ii GROUP BY il.name ORDER BY il.name`).all();
      expect(indexed).toEqual([
        { name: 'events_ids_in_order', columns: 'position,event_id' },
        { name: 'events_stream_revision', columns: 'stream_id,revision' },
      ]);
    } finally {
      raw.close();
    }
  });

  it('given a closed store, then it reports unhealthy and operations reject with STORE_CLOSED', async () => {
    const store = temp.open();
    await store.close();

    expect(await store.healthy()).toBe(false);
    expect(await rejectionOf(store.append('x', [newEvent()], 'any'))).toMatchObject({ code: 'STORE_CLOSED' });
    expect(await rejectionOf(store.readAll())).toBeInstanceOf(EventStoreError);
  });

  it('given a subscription with a very long poll interval, when this instance appends, then it is woken at once', async () => {
    const store = temp.open(60_000);
    const received: StoredEvent[] = [];
    const subscription = store.subscribe((event) => { received.push(event); });
    await subscription.caughtUp;

    await store.append('line-303', newEvents(2), 'no_stream');

    await waitFor(() => received.length === 2, 30_000, 'a local append to wake the subscription'); // well before its 60 s poll
    await store.close(); // also stops the subscription
    await expect(subscription.done).resolves.toBeUndefined();
  });

  describe('a tail read after the stream\'s known head (answered without a query, issue 14)', () => {
    it('given a stream read to its end and appended here, then its tail is still read right after another connection appends', async () => {
      const mine = temp.open();
      const theirs = temp.open();
      expect(await mine.readStream('line-h')).toEqual([]); // known: no such stream
      expect(await mine.readStream('line-h', { fromRevision: 0 })).toEqual([]);

      await theirs.append('line-h', newEvents(2), 'no_stream'); // another connection: data_version changes
      expect((await mine.readStream('line-h')).map((e) => e.revision)).toEqual([0, 1]);

      await mine.append('line-h', newEvents(1), 1);
      expect(await mine.readStream('line-h', { fromRevision: 3 })).toEqual([]);
      expect((await mine.readStream('line-h', { fromRevision: 2 })).map((e) => e.revision)).toEqual([2]);
      await theirs.append('line-h', newEvents(1), 2);
      expect((await mine.readStream('line-h', { fromRevision: 3 })).map((e) => e.revision)).toEqual([3]);
      expect((await mine.readStream('line-h', { fromRevision: 1, maxCount: 1 })).map((e) => e.revision)).toEqual([1]);
      expect((await mine.readStream('line-h', { fromRevision: 2 })).map((e) => e.revision)).toEqual([2, 3]);
    });

    it('given an empty stream known here, when events are imported through this connection, then they are read', async () => {
      const store = temp.open();
      expect(await store.readStream('line-i')).toEqual([]);
      const source = SqliteEventStore.open({ filename: join(temp.dir, 'source.db') });
      await source.append('line-i', newEvents(2), 'no_stream');
      const session = await store.beginImport();
      await session.write(await source.readAll());
      expect((await store.readStream('line-i')).map((e) => e.revision)).toEqual([0, 1]); // inside the import: its own rows
      await session.abort();
      expect(await store.readStream('line-i')).toEqual([]);
      const again = await store.beginImport();
      await again.write(await source.readAll());
      await again.commit();
      await source.close();
      expect((await store.readStream('line-i')).map((e) => e.revision)).toEqual([0, 1]);
    });
  });

  describe('several processes on one file', () => {
    it('given 4 processes appending with the same expected revision at once, then exactly one wins', async () => {
      const store = temp.open();
      await store.append('line-304', [newEvent()], 'no_stream');
      const attempts = Array.from({ length: 4 }, () => newEvents(2));

      const outcomes = await runInChildProcesses(
        temp.filename,
        attempts.map((events) => ({ kind: 'race' as const, streamId: 'line-304', events, expected: 0 })),
      );

      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
      expect(outcomes.filter((o) => !o.ok)).toEqual(
        Array.from({ length: 3 }, () => ({ ok: false, name: 'WrongExpectedRevisionError', code: 'WRONG_EXPECTED_REVISION' })),
      );
      const stored = await store.readStream('line-304');
      const winner = attempts[outcomes.findIndex((o) => o.ok)];
      expect(stored.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(stored.slice(1).map((e) => e.id)).toEqual(winner.map((e) => e.id));
    }, 120_000);

    it('given 3 processes racing on one stream with retries, then no event is lost or doubled and a subscriber polls them in order', async () => {
      const store = temp.open(20);
      const received: StoredEvent[] = [];
      const subscription = store.subscribe((event) => { received.push(event); });
      const perChild = 30;
      const batches = Array.from({ length: 3 }, () => newEvents(perChild));

      const outcomes = await runInChildProcesses(
        temp.filename,
        batches.map((events) => ({ kind: 'retry-loop' as const, streamId: 'line-305', events })),
      );

      expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
      const total = 3 * perChild;
      const stored = await store.readStream('line-305');
      expect(stored.map((e) => e.revision)).toEqual(Array.from({ length: total }, (_, i) => i));
      expect(stored.map((e) => e.position)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(new Set(stored.map((e) => e.id))).toEqual(new Set(batches.flat().map((e) => e.id)));
      for (const batch of batches) {
        const order = batch.map((e) => stored.findIndex((s) => s.id === e.id));
        expect(order).toEqual([...order].sort((x, y) => x - y)); // each writer's events keep its order
      }
      await waitFor(() => received.length === total, 30_000, 'the subscriber to poll every event');
      expect(received.map((e) => e.id)).toEqual(stored.map((e) => e.id));
      await subscription.stop();
    }, 120_000);
  });
});
