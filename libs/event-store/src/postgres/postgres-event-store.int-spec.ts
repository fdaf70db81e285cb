import { rejectionOf, newEvent, newEvents, newStreamId, ids, positions, waitFor } from '../contract/contract-helpers';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { describeIdempotencyKeysContract } from '../contract/idempotency-keys.contract';
import { EventStoreError } from '../errors';
import type { StoredEvent } from '../event-store.port';
import { PostgresEventStore } from './postgres-event-store';
import { appendInChild, type HoldingChild } from './testing/pg-child';
import { PG_URL, testSchema, withClient } from './testing/pg-test-schema';

describeEventStoreContract('PostgreSQL', async () => {
  const temp = testSchema();
  return { store: await temp.open(), reopen: () => temp.open(), cleanup: temp.cleanup };
});

describeIdempotencyKeysContract('PostgreSQL', async () => {
  const temp = testSchema();
  return { store: await temp.open(), reopen: () => temp.open(), cleanup: temp.cleanup };
});

const consecutive = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/** Waits until a session of this schema's store waits for a lock (the allocator row): a positive signal. */
async function waitForAllocatorWaiter(schema: string): Promise<void> {
  await withClient(async (client) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE application_name = 'budget-event-store' AND wait_event_type = 'Lock' AND query LIKE $1`, [`%"${schema}".head%`],
      );
      if (rows[0].n > 0) return;
      if (Date.now() > deadline) throw new Error('no append waited for the allocator');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
}

describe('PostgresEventStore (PostgreSQL specifics)', () => {
  let temp: ReturnType<typeof testSchema>;
  const children: HoldingChild[] = [];
  beforeEach(() => { temp = testSchema(); });
  afterEach(async () => {
    for (const child of children.splice(0)) child.dispose();
    await temp.cleanup();
  });

  it('given a new schema, when opened, then both tables are created in it and every session commits synchronously', async () => {
    const store = await temp.open();

    const tables = await withClient((c) => c.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`, [temp.schema]));
    expect(tables.rows.map((r) => r.table_name)).toEqual(['events', 'head', 'idempotency_keys']);
    expect(await store.diagnostics()).toMatchObject({ schema: temp.schema, synchronousCommit: 'on', transactionIsolation: 'read committed' });
  });

  it('given a connection string asking for synchronous_commit=off, then appends still commit synchronously', async () => {
    const settings: string[] = [];
    const store = await temp.open({
      connectionString: `${PG_URL}?options=${encodeURIComponent('-c synchronous_commit=off')}`,
      beforeCommit: async ({ client }) => {
        settings.push((await client.query(`SELECT current_setting('synchronous_commit') AS value`)).rows[0].value);
      },
    });

    await store.append(newStreamId(), newEvents(2), 'no_stream');

    expect(settings).toEqual(['on']);
    expect((await store.diagnostics()).synchronousCommit).toBe('on');
  });

  it('given 6 stores starting at once (6 sessions, as 6 processes would be) on a schema that does not exist, then every start succeeds on one set of tables', async () => {
    const stores = await Promise.all(Array.from({ length: 6 }, () => temp.open()));

    await Promise.all(stores.map((store, i) => store.append(`line-${i}`, [newEvent()], 'no_stream')));
    const head = await withClient((c) => c.query(`SELECT count(*)::int AS rows, max(position)::int AS position FROM "${temp.schema}".head`));
    expect(head.rows[0]).toEqual({ rows: 1, position: 6 });
    expect(positions(await stores[0].readAll())).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('given two schemas in one database, then they are two independent stores', async () => {
    const other = testSchema();
    try {
      const [a, b] = [await temp.open(), await other.open()];
      await a.append('line-1', newEvents(2), 'no_stream');

      expect(await b.headPosition()).toBe(0);
      expect(await b.append('line-1', newEvents(1), 'no_stream')).toEqual({ nextExpectedRevision: 0, position: 1, duplicate: false });
      expect(await a.headPosition()).toBe(2);
    } finally {
      await other.cleanup();
    }
  });

  it.each([
    ['a command\'s few events', 3],
    ['an import\'s many events', 60],
  ])('given %s with quotes, backslashes, NUL and Chinese in ids and data, then they round-trip and a retry (the careful path) is a duplicate', async (_, count) => {
    const store = await temp.open();
    const stream = `line-'); DROP TABLE x; -- \\ 调剂 ${count}`;
    const events = Array.from({ length: count }, (_, i) => ({
      ...newEvent(`Type 'quoted' \\ ${i}`, { text: `O'Brien \\ "双引号" \u0000 \n 😀 ${i}`, nested: { 'key\'s': [1.5, null, true] } }),
      metadata: { actor: "o'brien\\", note: '\u0000' },
    }));

    const first = await store.append(stream, events, 'no_stream');
    const retry = await store.append(stream, events, 'no_stream');

    expect(first).toEqual({ nextExpectedRevision: count - 1, position: count, duplicate: false });
    expect(retry).toEqual({ ...first, duplicate: true });
    const stored = await store.readStream(stream);
    expect(stored.map(({ id, type, data, metadata }) => ({ id, type, data, metadata }))).toEqual(events);
  });

  it('given a subscription that never polls, when another store appends, then NOTIFY wakes it', async () => {
    const [writer, reader] = [await temp.open(), await temp.open({ pollIntervalMs: 600_000 })];
    const received: StoredEvent[] = [];
    const subscription = reader.subscribe((event) => { received.push(event); });
    await subscription.caughtUp;

    const events = newEvents(3);
    await writer.append(newStreamId(), events, 'no_stream');

    await waitFor(() => received.length === 3, 30_000, 'a NOTIFY to wake the subscription'); // it never polls (600 s)
    expect(ids(received)).toEqual(ids(events));
    await subscription.stop();
  });

  it('given a closed store, then it reports unhealthy and operations reject with STORE_CLOSED', async () => {
    const store = await temp.open();
    await store.close();

    expect(await store.healthy()).toBe(false);
    expect(await rejectionOf(store.append('x', [newEvent()], 'any'))).toMatchObject({ code: 'STORE_CLOSED' });
    expect(await rejectionOf(store.readAll())).toBeInstanceOf(EventStoreError);
  });

  describe('an append that commits late', () => {
    it('given another process holding position n open, when an append comes after it, then that append waits, readers see neither, and both arrive in position order', async () => {
      const store = await temp.open();
      await store.append(newStreamId(), newEvents(2), 'no_stream');
      const headBefore = await store.headPosition();
      const [slowStream, fastStream] = [newStreamId(), newStreamId()];
      const [slowEvent, fastEvent] = [newEvent('DisbursementRecorded.v1'), newEvent('DisbursementRecorded.v1')];
      const slow = await appendInChild(PG_URL, temp.schema, { streamId: slowStream, events: [slowEvent], expected: 'no_stream' });
      children.push(slow);
      expect(await slow.holding).toEqual({ first: headBefore + 1, last: headBefore + 1 });

      const fast = store.append(fastStream, [fastEvent], 'no_stream');
      await waitForAllocatorWaiter(temp.schema);
      const received: StoredEvent[] = [];
      const subscription = store.subscribe((event) => { received.push(event); }, { after: headBefore });
      await subscription.caughtUp; // it has read: nothing past the open transaction

      expect(received).toEqual([]);
      expect(await store.readAll({ after: headBefore })).toEqual([]);
      expect(await store.headPosition()).toBe(headBefore);

      slow.commit();
      expect(await fast).toEqual({ nextExpectedRevision: 0, position: headBefore + 2, duplicate: false });
      expect(await slow.appended).toEqual({ nextExpectedRevision: 0, position: headBefore + 1, duplicate: false });
      await waitFor(() => received.length === 2, 30_000, 'both events');
      expect(ids(received)).toEqual([slowEvent.id, fastEvent.id]);
      expect(positions(received)).toEqual([headBefore + 1, headBefore + 2]);
      await subscription.stop();
    }, 120_000);

    it('given a process killed while it holds the allocator, then its event never appears and the next append takes its position', async () => {
      const store = await temp.open();
      const headBefore = await store.headPosition();
      const doomed = await appendInChild(PG_URL, temp.schema, { streamId: newStreamId(), events: newEvents(3), expected: 'no_stream' });
      children.push(doomed);
      await doomed.holding;
      const next = newEvent();
      const waiting = store.append(newStreamId(), [next], 'no_stream');
      await waitForAllocatorWaiter(temp.schema);

      doomed.child.kill('SIGKILL');
      await doomed.exited;

      expect(await waiting).toEqual({ nextExpectedRevision: 0, position: headBefore + 1, duplicate: false });
      expect(ids(await store.readAll({ after: headBefore }))).toEqual([next.id]);
    }, 120_000);

    it('given 6 writers whose commits are delayed at random, then a live subscription and concurrent reads see gapless positions, every event once', async () => {
      const delay = () => new Promise<void>((resolve) => setTimeout(resolve, Math.floor(Math.random() * 4)));
      const writers = await Promise.all(Array.from({ length: 6 }, () => temp.open({ beforeCommit: delay })));
      const reader = await temp.open({ pollIntervalMs: 600_000 }); // woken only by NOTIFY
      const received: StoredEvent[] = [];
      const subscription = reader.subscribe((event) => { received.push(event); });
      await subscription.caughtUp;
      const shared = newStreamId();
      const perWriter = 15;
      const written = writers.map(() => newEvents(perWriter));
      let running = true;
      let reads = 0;

      const readers = (async () => {
        while (running) {
          const seen = positions(await reader.readAll());
          expect(seen).toEqual(consecutive(1, seen.length)); // always a prefix: nothing committed later can land below it
          reads++;
        }
      })();
      await Promise.all(writers.map(async (writer, w) => {
        for (const [i, event] of written[w].entries()) {
          await writer.append(i % 3 === 0 ? shared : `line-${w}`, [event], 'any');
        }
      }));
      running = false;
      await readers;

      const total = writers.length * perWriter;
      await waitFor(() => received.length === total, 30_000, 'every event');
      expect(positions(received)).toEqual(consecutive(1, total));
      expect(new Set(ids(received))).toEqual(new Set(written.flat().map((e) => e.id)));
      expect(reads).toBeGreaterThan(0);
      await subscription.stop();
    }, 180_000);
  });
});
