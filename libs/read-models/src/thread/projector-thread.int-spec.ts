import { disbursed, established, LINE } from '@app/domain/testing/appropriation-fixtures';
import { sql } from 'kysely';
import { LIVE_PREFIX } from '../database';
import { outdatedTables } from '../migrations';
import { executionTotals } from '../queries/execution';
import { startingPoint } from '../catch-up';
import { Projector } from '../projector';
import { appendAll, DIALECTS, openTestBed, type TestBed } from '../testing/harness';
import { ProjectorThread } from './projector-thread';

/**
 * The projector in its worker thread (ADR 0019), on its own connections to the same files or schema: progress
 * while it catches up, read-your-writes through the doorbell, a rebuild of outdated tables, a clean stop.
 */
describe.each(DIALECTS)('projector thread (%s)', (dialect) => {
  let bed: TestBed;
  let thread: ProjectorThread | undefined;
  beforeAll(async () => { bed = await openTestBed(dialect); });
  afterAll(async () => { await bed.close(); });
  beforeEach(async () => { await bed.reset(); });
  afterEach(async () => { await thread?.stop(); thread = undefined; });

  const open = () => new ProjectorThread(
    { store: { adapter: 'sqlite', filename: bed.storeFile }, readModels: bed.options, pollIntervalMs: 60_000 }, // no polling: only the doorbell wakes it
    { startingPoint: () => startingPoint(bed.store, bed.rm) },
  );
  const lineRow = async () => (await executionTotals(bed.rm.db, { asOf: '2023-12-31', groupBy: 'line', filters: { fiscalYear: 2023 } }))[0];
  const payments = (from: number, count: number) => Array.from({ length: count }, (_, i) => disbursed(`d${from + i}`, '1.00', LINE, '2023-03-01'));

  it('given a backlog at start, then start() answers before the catch-up with its progress, which ends once the head seen at start is reached', async () => {
    const head = await appendAll(bed.store, [established(), ...payments(0, 300)]);
    thread = open();

    await thread.start();

    expect(thread.catchingUp).toMatchObject({ phase: 'catching-up', target: head });
    expect(thread.catchingUp!.percent).toBeLessThan(100);
    expect(await thread.waitFor(head, 60_000)).toBe(true);
    expect(thread.catchingUp).toBeUndefined();
    expect(await lineRow()).toMatchObject({ disbursed: '300.00', disbursementCount: 300 });
  });

  it('given a running thread that never polls, when appends ring the doorbell with the new head, then it projects them (nobody waiting)', async () => {
    thread = open();
    await thread.start();
    await appendAll(bed.store, [established()]);

    const position = await appendAll(bed.store, payments(0, 2));
    thread.ring(position - 1);
    thread.ring(position); // rings of one turn go as one message

    for (const deadline = Date.now() + 60_000; thread.position < position && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 10));
    expect(thread.position).toBe(position);
    expect(thread.role).toBe('active');
    expect(await lineRow()).toMatchObject({ disbursed: '2.00' });
  });

  it('given live tables of an older shape, then start() reports a rebuild and no position counts as reached until the rebuilt tables are in', async () => {
    const head = await appendAll(bed.store, [established(), ...payments(0, 80)]);
    await new Projector(bed.store, bed.rm).catchUp(); // the checkpoint is at the head …
    await sql`alter table rm_lines add column retired_column text`.execute(bed.rm.raw); // … but an upgrade changed a table
    thread = open();

    await thread.start();

    expect(thread.catchingUp).toMatchObject({ phase: 'rebuilding', target: head });
    expect(await thread.waitFor(head, 60_000)).toBe(true);
    expect(await outdatedTables(bed.rm, LIVE_PREFIX)).toEqual([]);
    expect(thread.catchingUp).toBeUndefined();
    expect(await lineRow()).toMatchObject({ disbursed: '80.00', disbursementCount: 80 });
  });

  it('given stop(), then the thread ends and later waits answer false; a new start() carries on from the checkpoint', async () => {
    thread = open();
    await thread.start();
    const first = await appendAll(bed.store, [established(), ...payments(0, 1)]);
    thread.ring(first);
    expect(await thread.waitFor(first, 60_000)).toBe(true);

    await thread.stop();
    const later = await appendAll(bed.store, payments(1, 1));
    expect(await thread.waitFor(later, 100)).toBe(false);

    await thread.start();
    thread.ring(later);
    expect(await thread.waitFor(later, 60_000)).toBe(true);
    expect(await lineRow()).toMatchObject({ disbursed: '2.00' });
  });
});
