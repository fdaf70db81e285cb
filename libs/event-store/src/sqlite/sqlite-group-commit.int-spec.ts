import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ids, newEvent, newEvents, rejectionOf } from '../contract/contract-helpers';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import { SqliteEventStore } from './sqlite-event-store';
import { SqliteEventIds } from './sqlite-event-ids';
import { GroupCommit } from './sqlite-group-commit';
import { configureConnection } from './sqlite-schema';
import { prepareStatements } from './sqlite-statements';
import { UnsyncedFrom } from './unsynced-from';
import { WalFileSync } from './wal-file-sync';

/** The real fdatasync, started only when the test says: a commit can be looked at before its sync (fdatasync's timing cannot be). */
class HeldWalSync extends WalFileSync {
  release!: () => void;
  private readonly held = new Promise<void>((resolve) => { this.release = resolve; });
  override sync(): Promise<void> {
    return this.held.then(() => super.sync());
  }
}
import { runInChildProcesses } from './testing/cross-process';

describe('SqliteEventStore group commit and event ids (ADR 0018)', () => {
  let dir: string;
  let filename: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sqlite-group-commit-'));
    filename = join(dir, 'events.db');
    store = SqliteEventStore.open({ filename });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given 16 appends submitted in one turn of the event loop, then they are committed in one transaction', async () => {
    const before = store.writeStats();

    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => store.append(`line-${i}`, [newEvent()], 'no_stream')));

    expect(store.writeStats()).toEqual({ transactions: before.transactions + 1, appends: before.appends + 16 });
    expect(results.map((r) => r.position).sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it('given one turn with a stale revision, an id stored in another stream and a valid append, then each conflict fails alone', async () => {
    await store.append('line-1', newEvents(2), 'no_stream');
    const taken = newEvent();
    await store.append('line-2', [taken], 'no_stream');
    const valid = newEvents(2);
    const headBefore = await store.headPosition();
    const { transactions } = store.writeStats();

    const [stale, reused, ok, transfer] = await Promise.allSettled([
      store.append('line-1', newEvents(1), 0),
      store.append('line-3', [newEvent(), taken], 'no_stream'),
      store.append('line-4', valid, 'no_stream'),
      store.appendMultiple([
        { streamId: 'line-5', events: newEvents(1), expectedRevision: 'no_stream' },
        { streamId: 'line-1', events: newEvents(1), expectedRevision: 5 },
      ]),
    ]);

    expect(store.writeStats().transactions).toBe(transactions + 1);
    expect(stale).toMatchObject({ status: 'rejected', reason: expect.any(WrongExpectedRevisionError) });
    expect(reused).toMatchObject({ status: 'rejected', reason: { code: 'DUPLICATE_EVENT_ID', streamId: 'line-2' } });
    expect(ok).toEqual({ status: 'fulfilled', value: { nextExpectedRevision: 1, position: headBefore + 2, duplicate: false } });
    expect(transfer).toMatchObject({ status: 'rejected', reason: { code: 'WRONG_EXPECTED_REVISION', streamId: 'line-1' } });
    expect(ids(await store.readAll({ after: headBefore }))).toEqual(ids(valid));
    expect(await store.streamRevision('line-3')).toBe(-1);
    expect(await store.streamRevision('line-5')).toBe(-1);
  });

  it('given one turn where two appends carry the same event id, then the first is stored and the second refused, naming its stream', async () => {
    const shared = newEvent();

    const [first, second] = await Promise.allSettled([
      store.append('line-a', [shared], 'no_stream'),
      store.append('line-b', [shared], 'no_stream'),
    ]);

    expect(first).toMatchObject({ status: 'fulfilled', value: { duplicate: false } });
    expect(second).toMatchObject({ status: 'rejected', reason: expect.any(DuplicateEventIdError) });
    expect(second).toMatchObject({ reason: { eventId: shared.id, streamId: 'line-a' } });
    expect((await store.findEvent(shared.id))?.streamId).toBe('line-a');
  });

  it('given the same batch twice in one turn (a retried request), then the second answers duplicate with the first position', async () => {
    const batch = newEvents(3);

    const [first, retry] = await Promise.all([store.append('line-r', batch, 'any'), store.append('line-r', batch, 'any')]);

    expect(retry).toEqual({ ...first, duplicate: true });
    expect(await store.streamRevision('line-r')).toBe(2);
  });

  it('given an append acknowledged, then another connection reads it: it was committed before the promise resolved', async () => {
    const event = newEvent();
    const { position } = await store.append('line-d', [event], 'no_stream');

    const other = new Database(filename, { readonly: true });
    try {
      expect(other.prepare('SELECT event_id FROM events WHERE position = ?').get(position)).toEqual({ event_id: event.id });
    } finally {
      other.close();
    }
  });

  it('given an append acknowledged, then the WAL file was synced for it and the connection is back at synchronous=FULL (an import commits with it)', async () => {
    const syncs = store.walSyncs();

    await store.append('line-s', [newEvent()], 'no_stream');
    const afterFirst = store.walSyncs();
    await Promise.all([store.append('line-s', [newEvent()], 0), store.append('line-t', [newEvent()], 'no_stream')]);

    expect(afterFirst).toBeGreaterThan(syncs);
    expect(store.walSyncs()).toBeGreaterThan(afterFirst);
    expect(store.diagnostics()).toMatchObject({ journalMode: 'wal', synchronous: 2 });
  });

  it('given the WAL file cannot be synced, then the append is not acknowledged: it fails, saying it was written but is not known durable', async () => {
    const db = new Database(join(dir, 'unsynced.db'));
    configureConnection(db, 5000);
    const stmts = prepareStatements(db);
    let rung = 0;
    const writer = new GroupCommit(db, stmts, new SqliteEventIds(stmts), () => rung++, () => undefined, undefined, new WalFileSync(join(dir, 'no-such-wal')));
    try {
      const event = newEvent();

      const failure = await rejectionOf(writer.submit([{ streamId: 'line-f', events: [event], expectedRevision: 'no_stream' }]));

      expect(String(failure)).toMatch(/written but the WAL file could not be synced: ENOENT/);
      expect(db.prepare('SELECT stream_id FROM events WHERE event_id = ?').get(event.id)).toEqual({ stream_id: 'line-f' });
      expect(rung).toBe(0); // not announced as appended: nobody is told of an append that was refused
    } finally {
      db.close();
    }
  });

  it('given a group committed and its WAL sync not done, then readers of the process stop before it and its append is not answered; once synced, both', async () => {
    await store.append('line-0', [newEvent()], 'no_stream'); // position 1, durable
    const db = new Database(filename);
    configureConnection(db, 5000);
    const stmts = prepareStatements(db);
    const wal = new HeldWalSync(`${filename}-wal`);
    const unsynced = new UnsyncedFrom();
    const writer = new GroupCommit(db, stmts, new SqliteEventIds(stmts), () => undefined, () => undefined, undefined, wal, unsynced);
    const reader = SqliteEventStore.open({ filename, unsyncedFrom: unsynced.cell }); // the projector thread's kind of connection
    try {
      let answered = false;
      const append = writer.submit([{ streamId: 'line-1', events: newEvents(2), expectedRevision: 'no_stream' }]).then((r) => { answered = true; return r; });
      while (!(await reader.streamRevision('line-1') >= 1)) await new Promise((resolve) => setImmediate(resolve)); // committed: the rows are in the file

      expect((await reader.readAll()).map((e) => e.position)).toEqual([1]);
      expect(await reader.headPosition()).toBe(1);
      expect(answered).toBe(false);

      wal.release();
      expect(await append).toEqual([{ nextExpectedRevision: 1, position: 3, duplicate: false }]);
      expect((await reader.readAll()).map((e) => e.position)).toEqual([1, 2, 3]);
      expect(await reader.headPosition()).toBe(3);
    } finally {
      wal.release();
      await writer.drain();
      await wal.close();
      await reader.close();
      db.close();
    }
  });

  it('given a store in memory (no WAL file), then an append is acknowledged at its COMMIT, with no file to sync', async () => {
    const memory = SqliteEventStore.open({ filename: ':memory:' });
    try {
      expect(await memory.append('line-m', [newEvent()], 'no_stream')).toMatchObject({ position: 1 });
      expect(memory.walSyncs()).toBe(0);
    } finally {
      await memory.close();
    }
  });

  it('given appends submitted just before close(), then they are committed and close() resolves after them', async () => {
    const pending = Array.from({ length: 4 }, (_, i) => store.append(`line-c${i}`, [newEvent()], 'no_stream'));

    await store.close();

    expect((await Promise.all(pending)).map((r) => r.duplicate)).toEqual([false, false, false, false]);
    const reopened = SqliteEventStore.open({ filename });
    expect(await reopened.headPosition()).toBe(4);
    await reopened.close();
  });

  it('given events imported through this store after it has read its ids, then their ids are known (the import commits on this connection)', async () => {
    expect(await store.findEvent(newEvent().id)).toBeUndefined(); // the ids are read now
    const source = SqliteEventStore.open({ filename: join(dir, 'source.db') });
    const imported = newEvents(3);
    await source.append('line-i', imported, 'no_stream');
    const session = await store.beginImport();
    await session.write(await source.readAll());
    await session.commit();
    await source.close();

    expect(await store.findEvent(imported[2].id)).toMatchObject({ streamId: 'line-i', revision: 2, position: 3 });
    expect(await rejectionOf(store.append('line-j', [imported[0]], 'no_stream'))).toMatchObject({ code: 'DUPLICATE_EVENT_ID', streamId: 'line-i' });
    expect(await store.append('line-i', [newEvent()], 2)).toMatchObject({ position: 4 });
  });

  describe('ids appended by another process after this one has read them all', () => {
    it('then findEvent finds them, an append of one to another stream is refused, and the same batch answers duplicate', async () => {
      await store.append('line-0', [newEvent()], 'no_stream');
      expect(await store.findEvent(newEvent().id)).toBeUndefined(); // the ids are read now
      const theirs = newEvents(2);

      const [outcome] = await runInChildProcesses(filename, [{ kind: 'race', streamId: 'line-x', events: theirs, expected: -1 }]);

      expect(outcome.ok).toBe(true);
      expect(await store.findEvent(theirs[1].id)).toMatchObject({ streamId: 'line-x', revision: 1 });
      expect(await rejectionOf(store.append('line-y', [theirs[0]], 'no_stream'))).toMatchObject({ code: 'DUPLICATE_EVENT_ID', streamId: 'line-x' });
      expect(await store.append('line-x', theirs, 'no_stream')).toMatchObject({ nextExpectedRevision: 1, duplicate: true });
    }, 30_000);
  });
});
