import { disbursed, established, LINE } from '@app/domain/testing/appropriation-fixtures';
import { SqliteEventStore } from '@app/event-store';
import { LIVE_PREFIX } from './database';
import { applyBatch, type Projection, readCheckpoints } from './projection';
import { ALL_PROJECTIONS } from './projections/index';
import { Projector } from './projector';
import { executionTotals } from './queries/execution';
import { appendAll, DIALECTS, dumpTables, openTestBed, type TestBed } from './testing/harness';

/** A projection that fails its flush on demand, after the others have written inside the same transaction. */
function crasher(): Projection<null> & { armed: boolean } {
  return {
    armed: false, name: 'crasher', handles: new Set(['DisbursementRecorded.v1']), tables: [], createBatch: () => null, apply: () => undefined,
    async flush() { if (this.armed) throw new Error('simulated crash mid-batch'); },
  };
}

describe.each(DIALECTS)('projector (%s)', (dialect) => {
  let bed: TestBed;
  beforeAll(async () => { bed = await openTestBed(dialect); });
  afterAll(async () => { await bed.close(); });
  beforeEach(async () => { await bed.reset(); });

  const lineRow = async () => (await executionTotals(bed.rm.db, { asOf: '2023-12-31', groupBy: 'line', filters: { fiscalYear: 2023 } }))[0];
  const payments = (from: number, count: number, amount = '1.00') =>
    Array.from({ length: count }, (_, i) => disbursed(`d${from + i}`, amount, LINE, '2023-03-01'));

  it('given a crash mid-batch, then nothing of the batch is visible, the checkpoint did not move, and a restart applies it exactly once', async () => {
    const crash = crasher();
    const projections = [...ALL_PROJECTIONS, crash];
    await appendAll(bed.store, [established(), ...payments(0, 3)]);
    await new Projector(bed.store, bed.rm, { projections, batchSize: 4 }).catchUp();
    const committed = await dumpTables(bed.rm);
    await appendAll(bed.store, payments(3, 5));
    crash.armed = true;
    const first = new Projector(bed.store, bed.rm, { projections, batchSize: 4 });
    await first.start();
    await expect(first.runBatch()).rejects.toThrow('simulated crash');
    await first.stop();
    expect(await dumpTables(bed.rm)).toEqual(committed);
    expect([...(await readCheckpoints(bed.rm.db, projections)).values()]).toEqual(projections.map(() => 4));
    expect((await lineRow()).disbursed).toBe('3.00');
    crash.armed = false;
    const restarted = new Projector(bed.store, bed.rm, { projections, batchSize: 4 }); // a new process: state from the DB only
    await restarted.start();
    expect(await restarted.waitFor(9, 30_000)).toBe(true);
    await restarted.stop();
    expect(await lineRow()).toMatchObject({ disbursed: '8.00', disbursementCount: 8 });
  });

  it('given events applied, when they are delivered again (same batch, second projector), then nothing changes', async () => {
    await appendAll(bed.store, [established(), ...payments(0, 10, '0.01')]);
    const a = new Projector(bed.store, bed.rm, { batchSize: 3 });
    const b = new Projector(bed.store, bed.rm, { batchSize: 7 });
    await Promise.all([a.catchUp(), b.catchUp()]); // two projectors racing over the same tables
    const once = await dumpTables(bed.rm);
    expect((await lineRow()).disbursed).toBe('0.10');
    const events = await bed.store.readAll();
    const outcome = await bed.rm.writeTransaction([`${LIVE_PREFIX}checkpoints`], (conn) => applyBatch(bed.rm.tables(LIVE_PREFIX, conn), ALL_PROJECTIONS, events, 0));
    expect(outcome).toMatchObject({ kind: 'applied', applied: 0 });
    expect(await dumpTables(bed.rm)).toEqual(once);
  });

  it('given a running projector, when events are appended (here or by another process), then waitFor resolves once they are visible', async () => {
    const projector = new Projector(bed.store, bed.rm, { pollIntervalMs: 20 });
    await projector.start();
    const position = await appendAll(bed.store, [established(), ...payments(0, 2)]);
    expect(await projector.waitFor(position, 30_000)).toBe(true);
    expect((await lineRow()).disbursed).toBe('2.00');
    const otherProcess = SqliteEventStore.open({ filename: bed.storeFile }); // its appends wake nobody here: polling finds them
    const later = await appendAll(otherProcess, payments(2, 1));
    await otherProcess.close();
    expect(await projector.waitFor(later, 30_000)).toBe(true);
    expect((await lineRow()).disbursed).toBe('3.00');
    expect(await projector.waitFor(position + 100, 50)).toBe(false);
    await projector.stop();
    expect(await projector.waitFor(position, 10)).toBe(true);
  });

  it('given stop() during a catch-up, then the batch in flight completes and the checkpoint matches the rows', async () => {
    await appendAll(bed.store, [established(), ...payments(0, 400)]);
    const projector = new Projector(bed.store, bed.rm, { batchSize: 50 });
    await projector.start();
    await projector.waitFor(2, 30_000); // the first batch is in: stop while the next ones are in flight
    await projector.stop();
    const [checkpoint] = (await readCheckpoints(bed.rm.db, ALL_PROJECTIONS)).values();
    expect(checkpoint).toBe(projector.position);
    const applied = Math.max(0, checkpoint - 1); // position 1 is the line; each later event is a 1.00 payment
    expect((await lineRow())?.disbursed ?? '0.00').toBe(`${applied}.00`);
  });

  it('given a cold start far behind, then the projector rebuilds in bulk instead of catching up batch by batch', async () => {
    const position = await appendAll(bed.store, [established(), ...payments(0, 60)]);
    const projector = new Projector(bed.store, bed.rm, { rebuildBacklog: 50 });
    await projector.start();
    expect(await projector.waitFor(position, 30_000)).toBe(true);
    await projector.stop();
    expect(projector.coldStart).toMatchObject({ events: 61, position: 61 });
    expect(await lineRow()).toMatchObject({ disbursed: '60.00', disbursementCount: 60 });
  });

  it('given a failing batch in the live loop, then onError reports it and the batch is retried', async () => {
    const crash = crasher();
    crash.armed = true;
    const errors: unknown[] = [];
    const projector = new Projector(bed.store, bed.rm, { projections: [...ALL_PROJECTIONS, crash], retryDelayMs: 20, onError: (e) => { errors.push(e); crash.armed = false; } });
    await projector.start();
    const position = await appendAll(bed.store, [established(), ...payments(0, 2)]);
    expect(await projector.waitFor(position, 30_000)).toBe(true);
    await projector.stop();
    expect(errors).toHaveLength(1);
    expect((await lineRow()).disbursed).toBe('2.00');
  });
});
