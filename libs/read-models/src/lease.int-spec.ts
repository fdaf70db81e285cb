import { disbursed, established, LINE } from '@app/domain/testing/appropriation-fixtures';
import type { ReadModelDb } from './database';
import { Lease } from './lease';
import { Projector } from './projector';
import { executionTotals } from './queries/execution';
import { appendAll, DIALECTS, openTestBed, type TestBed } from './testing/harness';

const until = async (condition: () => boolean, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** Several processes over one read-model database (each its own connections): one holder at a time, fast takeover. */
describe.each(DIALECTS)('lease (%s)', (dialect) => {
  let bed: TestBed;
  let other: ReadModelDb;
  const started: Lease[] = [];
  // a TTL a busy machine's stalls cannot outlast (a holder losing its lease mid-test to a late renewal); the test of a
  // dead holder gives its own lease 400 ms
  const lease = (rm: ReadModelDb, name: string, ttlMs = 5000) => {
    const l = new Lease(rm, name, { ttlMs, renewMs: 50 });
    started.push(l);
    return l;
  };
  beforeAll(async () => { bed = await openTestBed(dialect); other = await bed.openAnother(); });
  afterAll(async () => { await bed.close(); });
  afterEach(async () => { for (const l of started.splice(0)) await l.stop(); });

  it('given two processes asking for the same lease, then exactly one holds it, and the other stands by', async () => {
    const [a, b] = [lease(bed.rm, 'one'), lease(other, 'one')];

    await Promise.all([a.start(), b.start()]);

    expect([a.role, b.role].sort()).toEqual(['active', 'standby']);
    const holder = a.held ? a : b;
    expect((await holder.current())?.holder).toBe(holder.holder);
  });

  it('given the holder stops cleanly, then the standby takes over at its next look, well before the TTL', async () => {
    const a = lease(bed.rm, 'clean', 60_000);
    await a.start();
    const b = lease(other, 'clean', 60_000);
    await b.start();
    expect(b.role).toBe('standby');

    await a.stop();

    await until(() => b.held, 30_000); // half the TTL: it did not wait for the lease to expire
    expect(a.held).toBe(false);
  });

  it('given the holder dies (stops renewing without releasing), then the standby takes over once the TTL has passed, not before', async () => {
    const a = new Lease(bed.rm, 'dies', { ttlMs: 400, renewMs: 50 });
    await a.tryAcquire(); // one acquisition and no heartbeat: a process killed right after
    const b = lease(other, 'dies');
    const since = Date.now();
    await b.start();
    expect(b.held).toBe(false);

    await until(() => b.held);

    expect(Date.now() - since).toBeGreaterThanOrEqual(300);
    expect(await a.tryAcquire()).toBe(false); // the old holder coming back does not get it back
  });

  it('given a projector standing by, then its position follows the shared checkpoint and waitFor answers when the active one has projected', async () => {
    await bed.reset();
    const [a, b] = [lease(bed.rm, 'projector'), lease(other, 'projector')];
    await a.start();
    await b.start();
    const active = new Projector(bed.store, bed.rm, { lease: a, pollIntervalMs: 20 });
    const standby = new Projector(bed.store, other, { lease: b, pollIntervalMs: 20 });
    await Promise.all([active.start(), standby.start()]);
    try {
      await appendAll(bed.store, [established(), disbursed('d1', '12.34', LINE, '2023-03-01')]);

      expect(await standby.waitFor(2, 30_000)).toBe(true);

      expect([active.role, standby.role]).toEqual(['active', 'standby']);
      expect(standby.position).toBe(2);
      const [row] = await executionTotals(other.db, { asOf: '2023-12-31', groupBy: 'line', filters: { fiscalYear: 2023 } });
      expect(row.disbursed).toBe('12.34');
    } finally {
      await active.stop();
      await standby.stop();
    }
  });

  it('given the active projector\'s lease passes to the standby, then the standby carries on projecting from the checkpoint', async () => {
    await bed.reset();
    const [a, b] = [lease(bed.rm, 'handover'), lease(other, 'handover')];
    await a.start();
    await b.start();
    const first = new Projector(bed.store, bed.rm, { lease: a, pollIntervalMs: 20 });
    const second = new Projector(bed.store, other, { lease: b, pollIntervalMs: 20 });
    await Promise.all([first.start(), second.start()]);
    try {
      await appendAll(bed.store, [established(), disbursed('d1', '1.00', LINE, '2023-03-01')]);
      expect(await first.waitFor(2, 30_000)).toBe(true);

      await first.stop();
      await a.stop();
      await until(() => second.role === 'active');
      await appendAll(bed.store, [disbursed('d2', '2.00', LINE, '2023-03-02')]);

      expect(await second.waitFor(3, 30_000)).toBe(true);
      const [row] = await executionTotals(other.db, { asOf: '2023-12-31', groupBy: 'line', filters: { fiscalYear: 2023 } });
      expect(row).toMatchObject({ disbursed: '3.00', disbursementCount: 2 });
    } finally {
      await second.stop();
    }
  });
});
