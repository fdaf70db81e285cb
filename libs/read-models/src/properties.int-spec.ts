import fc from 'fast-check';
import type { DomainEvent, LineAttributes } from '@app/domain';
import { fenToYuan, yuanToFen } from './fen';
import { Projector } from './projector';
import { beneficiariesByCategory } from './queries/beneficiaries';
import { executionTotals, type ExecutionRow, type GroupBy } from './queries/execution';
import { rebuild } from './rebuild';
import { appendAll, DIALECTS, dumpTables, openTestBed, type TestBed } from './testing/harness';
import { foldAsOf } from './testing/model';
import { dateOf, type Scenario, scenarioArb } from './testing/scenario';

// 40 runs per property and dialect (20 for the rebuild) keep the whole read-model suite well under 40 s on 2 cores
const RUNS = { numRuns: Number(process.env.READ_MODEL_PROPERTY_RUNS ?? 40) };
const FIGURES = ['initial', 'increased', 'decreased', 'transferredIn', 'transferredOut', 'appropriated', 'disbursed', 'reversed', 'netDisbursed', 'advanced', 'recovered', 'balance'] as const;

/** Every rollup the API offers, with the line attribute it groups by. */
const ROLLUPS: [GroupBy, (1 | 2 | 3) | undefined, (l: LineAttributes) => string][] = [
  ['department', undefined, (l) => l.department], ['unit', undefined, (l) => l.unit], ['project', undefined, (l) => l.project ?? 'basic'],
  ['type', undefined, (l) => l.type], ['source', undefined, (l) => l.fundingSource], ['functional', 1, (l) => l.functional.slice(0, 3)],
  ['functional', 2, (l) => l.functional.slice(0, 5)], ['functional', 3, (l) => l.functional], ['economic', 1, (l) => l.economic?.slice(0, 3) ?? ''],
  ['economic', 2, (l) => l.economic ?? ''],
];

describe.each(DIALECTS)('read-model properties (%s)', (dialect) => {
  let bed: TestBed;
  beforeAll(async () => { bed = await openTestBed(dialect); });
  afterAll(async () => { await bed.close(); });

  /** A fresh store and tables, the scenario appended in `cuts`+1 chunks, each caught up with its own batch size. */
  const project = async (events: readonly DomainEvent[], cuts: readonly number[] = [], batchSize = 1000) => {
    await bed.reset();
    const projector = new Projector(bed.store, bed.rm, { batchSize });
    const bounds = [...new Set(cuts.map((c) => c % (events.length + 1)))].sort((a, b) => a - b);
    let from = 0;
    for (const to of [...bounds, events.length]) {
      await appendAll(bed.store, events.slice(from, to));
      await projector.catchUp();
      from = to;
    }
    return projector;
  };
  const lines = (asOf: string) => executionTotals(bed.rm.db, { asOf, groupBy: 'line', filters: { fiscalYear: 2023 } });

  it('every rollup equals the sum of its lines', async () => {
    await fc.assert(fc.asyncProperty(scenarioArb, fc.integer({ min: 0, max: 364 }), async (s: Scenario, day) => {
      await project(s.events);
      const asOf = dateOf(day);
      const byLine = new Map((await lines(asOf)).map((r) => [r.key, r]));
      for (const [groupBy, level, keyOf] of ROLLUPS) {
        const expected = new Map<string, Record<string, bigint>>();
        for (const line of s.lines) {
          const row = byLine.get(line.lineId);
          if (!row) continue;
          const acc = expected.get(keyOf(line)) ?? Object.fromEntries([...FIGURES, 'lines', 'disbursementCount'].map((f) => [f, 0n]));
          for (const f of FIGURES) acc[f] += yuanToFen(row[f]);
          acc.lines += 1n;
          acc.disbursementCount += BigInt(row.disbursementCount);
          expected.set(keyOf(line), acc);
        }
        const actual = await executionTotals(bed.rm.db, { asOf, groupBy, level, filters: { fiscalYear: 2023 } });
        const present = (r: ExecutionRow) => [r.key, ...FIGURES.map((f) => r[f]), r.lines, r.disbursementCount];
        const wanted = [...expected].sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([key, acc]) => [key, ...FIGURES.map((f) => fenToYuan(acc[f])), Number(acc.lines), Number(acc.disbursementCount)]);
        expect(actual.map(present)).toEqual(wanted);
      }
    }), RUNS);
  }, 180_000);

  it('as of any date, each line equals the domain fold of the events effective on or before it', async () => {
    await fc.assert(fc.asyncProperty(scenarioArb, fc.array(fc.integer({ min: 0, max: 364 }), { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { maxLength: 3 }), async (s, days, cuts) => {
      await project(s.events, cuts, 7);
      for (const asOf of days.map(dateOf)) {
        const actual = Object.fromEntries((await lines(asOf)).map((r) => [r.key, {
          appropriated: r.appropriated, netDisbursed: r.netDisbursed, balance: r.balance, disbursed: r.disbursed, reversed: r.reversed, advanced: r.advanced, recovered: r.recovered,
        }]));
        expect(actual).toEqual(Object.fromEntries(foldAsOf(s.events, asOf)));
      }
    }), RUNS);
  }, 180_000);

  it('a rebuild gives exactly the rows of incremental updating, whatever the batch boundaries', async () => {
    await fc.assert(fc.asyncProperty(scenarioArb, fc.array(fc.nat(), { maxLength: 4 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 300 }), async (s, cuts, incremental, rebuilt) => {
      await project(s.events, cuts, incremental);
      const before = await dumpTables(bed.rm);
      await rebuild(bed.store, bed.rm, { batchSize: rebuilt });
      expect(await dumpTables(bed.rm)).toEqual(before);
    }), { numRuns: Math.ceil(RUNS.numRuns / 2) });
  }, 180_000);

  it('a payment and its full reversal restore the prior figures exactly (beneficiaries included)', async () => {
    await fc.assert(fc.asyncProperty(scenarioArb, fc.nat(), fc.integer({ min: 1, max: 100_000_000 }), fc.nat(364), fc.nat(364), fc.nat(40), async (s, which, fen, d1, d2, people) => {
      const projector = await project(s.events);
      const line = s.lines[which % s.lines.length];
      const paid = later(dateOf(Math.min(d1, d2)), s.events.find((e) => e.type === 'AppropriationEstablished.v1' && (e.data as LineAttributes).lineId === line.lineId)!.effectiveDate);
      const revoked = later(dateOf(Math.max(d1, d2)), paid);
      const snapshot = async () => ({
        row: (await lines('2023-12-31')).find((r) => r.key === line.lineId)!,
        people: await beneficiariesByCategory(bed.rm.db, { fiscalYear: 2023, asOf: '2023-12-31' }),
      });
      const before = await snapshot();
      const amount = fenToYuan(fen);
      await appendAll(bed.store, [
        { type: 'DisbursementRecorded.v1', effectiveDate: paid, data: {
          disbursementId: 'extra', lineId: line.lineId, amount, voucherNo: 'X', payee: null, summary: null, subsidyCategory: '公益性岗位补贴', beneficiaries: people, economic: null,
        } },
        { type: 'DisbursementReversed.v1', effectiveDate: revoked, data: { disbursementId: 'extra', lineId: line.lineId, amount, reason: '冲销' } },
      ]);
      await projector.catchUp();
      const after = await snapshot();
      for (const f of ['appropriated', 'netDisbursed', 'balance', 'advanced', 'recovered'] as const) expect(after.row[f]).toBe(before.row[f]);
      expect(yuanToFen(after.row.disbursed) - yuanToFen(before.row.disbursed)).toBe(BigInt(fen));
      expect(yuanToFen(after.row.reversed) - yuanToFen(before.row.reversed)).toBe(BigInt(fen));
      const net = (rows: typeof before.people) => rows.map((r) => [r.category, r.people, r.netDisbursed]);
      expect(net(after.people).filter(([, p, n]) => p !== 0 || n !== '0.00')).toEqual(net(before.people).filter(([, p, n]) => p !== 0 || n !== '0.00'));
    }), RUNS);
  }, 180_000);
});

const later = (a: string, b: string) => (a > b ? a : b);
