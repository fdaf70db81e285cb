import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ids, newEvent, newEvents, rejectionOf } from '../contract/contract-helpers';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import { SqliteEventStore } from './sqlite-event-store';
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
