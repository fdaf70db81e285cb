import { disbursed, established, increased, LINE, OTHER_LINE } from '@app/domain/testing/appropriation-fixtures';
import { BUILD_PREFIX, LIVE_PREFIX, OLD_PREFIX } from './database';
import { dropTables } from './migrations';
import { Projector } from './projector';
import { executionTotals } from './queries/execution';
import { rebuild } from './rebuild';
import { budgetDocument } from './testing/fixtures';
import { appendAll, DIALECTS, dumpTables, openTestBed, type TestBed } from './testing/harness';
import { foldAsOf } from './testing/model';
import { rebuildInChildProcess } from './testing/rebuild-child';

describe.each(DIALECTS)('rebuild (%s)', (dialect) => {
  let bed: TestBed;
  beforeAll(async () => { bed = await openTestBed(dialect); });
  afterAll(async () => { await bed.close(); });
  beforeEach(async () => { await bed.reset(); });

  const payments = (from: number, count: number, lineId = LINE) =>
    Array.from({ length: count }, (_, i) => disbursed(`d${from + i}`, `${1 + ((from + i) % 7)}.0${i % 10}`, lineId, `2023-0${1 + ((from + i) % 9)}-1${i % 10}`));
  const tablesOf = async (prefix: string) => (await bed.rm.listTables()).filter((t) => t.startsWith(prefix));

  it.each(['this process', 'another process (the CLI)'])(
    'given a live projector and appends racing a rebuild in %s, then the live tables keep answering, the swap is atomic and the projector continues from the new checkpoint',
    async (where) => {
      const events = [budgetDocument(), established(), established({ lineId: OTHER_LINE, amount: '500.00' }), ...payments(0, 600), increased('10.00', OTHER_LINE)];
      await appendAll(bed.store, events);
      const live = new Projector(bed.store, bed.rm, { pollIntervalMs: 10, batchSize: 25 });
      await live.start();
      const answered: number[] = [];
      let pages = 0;
      const race = async () => {
        const more = payments(1000 + ++pages * 10, 10, OTHER_LINE);
        events.push(...more);
        await appendAll(bed.store, more); // writes racing the rebuild
        answered.push((await executionTotals(bed.rm.db, { asOf: '2023-12-31', groupBy: 'unit', filters: { fiscalYear: 2023 } })).length);
      };
      const phases = new Set<string>();
      const result = where === 'this process'
        // in one process SQLite must share the connection (better-sqlite3 waits for locks synchronously)
        ? await rebuild(bed.store, dialect === 'sqlite' ? bed.rm : await bed.openAnother(), {
          batchSize: 40, onProgress: async (p) => { phases.add(p.phase); if (p.phase === 'building' && pages < 5) await race(); },
        })
        : await rebuildInChildProcess(bed.storeFile, bed.options, race);
      const after = payments(5000, 5);
      events.push(...after);
      const head = await appendAll(bed.store, after);
      expect(await live.waitFor(head, 30_000)).toBe(true);
      await live.stop();
      expect(answered.length).toBeGreaterThan(0);
      expect(answered.every((n) => n === 1)).toBe(true);
      if (where === 'this process') expect([...phases]).toEqual(['building', 'swapping', 'done']);
      expect(result.events).toBeGreaterThanOrEqual(604);
      expect(result.eventsPerSecond).toBeGreaterThan(0);
      const rows = await executionTotals(bed.rm.db, { asOf: '2023-12-31', groupBy: 'line', filters: { fiscalYear: 2023 } });
      const folded = foldAsOf(events, '2023-12-31');
      expect(rows.map((r) => [r.key, r.appropriated, r.netDisbursed, r.balance])).toEqual([...folded].map(([k, f]) => [k, f.appropriated, f.netDisbursed, f.balance]));
      expect(rows.reduce((n, r) => n + r.disbursementCount, 0)).toBe(events.filter((e) => e.type === 'DisbursementRecorded.v1').length);
      expect(await tablesOf(BUILD_PREFIX)).toEqual([]);
      expect(await tablesOf(OLD_PREFIX)).toEqual([]);
      const raced = await dumpTables(bed.rm);
      await rebuild(bed.store, bed.rm);
      expect(await dumpTables(bed.rm)).toEqual(raced);
    }, 120_000);

  it('given incremental tables, when rebuilt, then every row is identical and a rebuild of an empty database creates the live tables', async () => {
    await appendAll(bed.store, [budgetDocument(), established(), ...payments(0, 50)]);
    await new Projector(bed.store, bed.rm, { batchSize: 3 }).catchUp();
    const incremental = await dumpTables(bed.rm);
    await rebuild(bed.store, bed.rm);
    expect(await dumpTables(bed.rm)).toEqual(incremental);
    await dropTables(bed.rm, LIVE_PREFIX);
    expect(await tablesOf(LIVE_PREFIX)).toEqual([]);
    const result = await rebuild(bed.store, bed.rm);
    expect(result).toMatchObject({ position: 52, events: 52 });
    expect(await dumpTables(bed.rm)).toEqual(incremental);
  });
});
