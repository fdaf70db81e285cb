import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NewEvent, SqliteEventStore } from '@app/event-store';
import { HeadDoorbell, ringingOnAppend } from './head-doorbell';

const event = (): NewEvent => ({ id: randomUUID(), type: 'TestHappened.v1', data: { n: 1 }, metadata: {} });

/**
 * The doorbell (ADR 0019) on the SQLite store's group commit (ADR 0018): appends submitted in one turn share
 * one transaction, and each rings only once that transaction is committed, so the projector thread, reading
 * through its own connection, finds every rung position.
 */
describe('the head doorbell on a group-committing SQLite store', () => {
  let dir: string;
  let sqlite: SqliteEventStore;
  let reader: Database.Database;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'doorbell-group-commit-'));
    sqlite = SqliteEventStore.open({ filename: join(dir, 'events.db') });
    reader = new Database(join(dir, 'events.db'), { readonly: true });
  });
  afterEach(async () => {
    reader.close();
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given 16 appends and a stale one in one turn, then they commit together and the doorbell rings for each success, after the commit, never for the failure', async () => {
    const doorbell = new HeadDoorbell();
    // what another connection sees at the moment of each ring
    const rings: { head: number; committed: number }[] = [];
    doorbell.listen((head) => rings.push({ head, committed: (reader.prepare('select max(position) as p from events').get() as { p: number }).p }));
    const store = ringingOnAppend(sqlite, doorbell);
    await store.append('line-0', [event()], 'no_stream');
    rings.length = 0;
    const { transactions } = sqlite.writeStats();

    const outcomes = await Promise.allSettled([
      store.append('line-0', [event()], 'no_stream'), // stale: line-0 exists
      ...Array.from({ length: 16 }, (_, i) => store.append(`line-${i + 1}`, [event()], 'no_stream')),
    ]);

    expect(sqlite.writeStats().transactions).toBe(transactions + 1);
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: { code: 'WRONG_EXPECTED_REVISION' } });
    const positions = outcomes.slice(1).map((o) => (o.status === 'fulfilled' ? o.value.position : -1));
    expect(rings.map((r) => r.head).sort((a, b) => a - b)).toEqual([...positions].sort((a, b) => a - b));
    expect(rings.every((r) => r.committed >= r.head)).toBe(true);
    expect(Math.max(...rings.map((r) => r.head))).toBe(await store.headPosition());
  });
});
