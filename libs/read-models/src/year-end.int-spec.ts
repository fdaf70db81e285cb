import fc from 'fast-check';
import {
  type AppropriationEvent, type DomainEvent, type FiscalYearEvent, type LineAttributes, type OpenLine, type ProjectKind, decideCarry, evolveLine,
  initialLineState, type LineState, settleLines,
} from '@app/domain';
import { fenToYuan, yuanToFen } from './fen';
import { Projector } from './projector';
import { compareAcrossYears, lineKeyOf, sameDayIn } from './queries/compare';
import { executionTotals, type GroupBy } from './queries/execution';
import { finalAccounts, fiscalYear, fiscalYearHistory, frozenScores } from './queries/year-end';
import { appendAll, DIALECTS, openTestBed, type TestBed } from './testing/harness';
import { foldAsOf } from './testing/model';
import { dateOf, type Scenario, scenarioArb } from './testing/scenario';

const RUNS = { numRuns: Math.ceil(Number(process.env.READ_MODEL_PROPERTY_RUNS ?? 40) / 2) };
const PROJECTS: ReadonlyMap<string, ProjectKind> = new Map([
  ['P01', { category: '上级专项', subCategory: '市级专项' }], ['P02', { category: '年初特定目标', subCategory: '民生配套项目' }],
  ['P09', { category: '年初特定目标', subCategory: '一般性' }],
]);
const ROLLUPS: [GroupBy, (1 | 2 | 3) | undefined, (l: LineAttributes) => string][] = [
  ['department', undefined, (l) => l.department], ['unit', undefined, (l) => l.unit], ['project', undefined, (l) => l.project ?? 'basic'],
  ['line', undefined, (l) => l.lineId], ['type', undefined, (l) => l.type], ['source', undefined, (l) => l.fundingSource],
  ['functional', 1, (l) => l.functional.slice(0, 3)], ['functional', 3, (l) => l.functional], ['economic', 2, (l) => l.economic ?? ''],
];

/** Every line of the scenario folded by the domain over all its events (all in 2023): the books the close reads. */
function foldedLines(events: readonly DomainEvent[]): OpenLine[] {
  const states = new Map<string, LineState>();
  for (const e of events) {
    if (!e.type.startsWith('Appropriation') && !e.type.startsWith('Disbursement') && !e.type.startsWith('FundAdvance')) continue;
    const id = (e.data as { lineId: string }).lineId;
    states.set(id, evolveLine(states.get(id) ?? initialLineState(), e as AppropriationEvent));
  }
  return [...states.values()].filter((s): s is OpenLine => s.status === 'open');
}

/** The events a close of 2023 records: lock, close (settlement by `rules`), and the 上年结转 lines of 2024. */
function closeEvents(lines: readonly OpenLine[], rules = {}): { events: DomainEvent[]; settlement: ReturnType<typeof settleLines> } {
  const settlement = settleLines(2023, lines, rules, PROJECTS);
  const origin = new Map(lines.map((l) => [l.attributes.lineId, l.attributes]));
  const carried = settlement.lines.filter((l) => l.carriedTo !== null)
    .flatMap((l) => decideCarry(origin.get(l.lineId)!, l, initialLineState(), null, '2024-01-10'));
  const lock: FiscalYearEvent = { type: 'FiscalYearLocked.v1', effectiveDate: '2024-01-10', data: { fiscalYear: 2023, reason: '年终结账', rules, early: false } };
  const close: FiscalYearEvent = {
    type: 'FiscalYearClosed.v1', effectiveDate: '2024-01-10',
    data: { fiscalYear: 2023, reason: '年终结账', rules, early: false, asOf: '2023-12-31', lines: settlement.lines, totals: settlement.totals, supplements: [], scores: [{
      scope: 'project', code: 'P01', name: '就业补助资金', score: '87.50', outOf: '100.00', grade: '良', goalLight: 'yellow', executionRate: '75.00', executionPoints: '7.50', indicators: [],
    }] },
  };
  return { events: [lock, close, ...carried], settlement };
}

/** The scenario moved to 2024: same days, ids of its own (lines, payments, advances), fiscal year 2024 (a second year beside the first). */
function nextYear(s: Scenario): DomainEvent[] {
  const id = (v: unknown) => (typeof v === 'string' ? `Y24-${v}` : v);
  return s.events.filter((e) => /^(Appropriation|Disbursement|FundAdvance)/.test(e.type)).map((e) => {
    const d = e.data as Record<string, unknown>;
    const data = { ...d, lineId: id(d.lineId), ...(d.toLineId ? { toLineId: id(d.toLineId) } : {}), ...(d.fromLineId ? { fromLineId: id(d.fromLineId) } : {}),
      // every event's own id is renamed (the read tables key on them); the case and the import are the same ones
      ...Object.fromEntries(['disbursementId', 'advanceId', 'recoveryId', 'transferId'].filter((k) => d[k]).map((k) => [k, id(d[k])])),
      ...(d.fiscalYear ? { fiscalYear: 2024 } : {}) };
    return { ...e, effectiveDate: `2024${e.effectiveDate.slice(4)}`, data };
  });
}

describe.each(DIALECTS)('year-end read models (%s)', (dialect) => {
  let bed: TestBed;
  beforeAll(async () => { bed = await openTestBed(dialect); });
  afterAll(async () => { await bed.close(); });

  const project = async (events: readonly DomainEvent[], batchSize = 1000) => {
    await bed.reset();
    const projector = new Projector(bed.store, bed.rm, { batchSize });
    await appendAll(bed.store, events);
    await projector.catchUp();
    return projector;
  };

  it('决算: every rollup is the settlement summed over its lines, reconciled to the cent, and the 结转 is next year\'s 上年结转', async () => {
    await fc.assert(fc.asyncProperty(scenarioArb, fc.boolean(), fc.integer({ min: 1, max: 50 }), async (s, lapseP01, batch) => {
      const { events, settlement } = closeEvents(foldedLines(s.events), lapseP01 ? { projects: { P01: 'lapse' } } : {});
      await project([...s.events, ...events], batch);
      const settled = new Map(settlement.lines.map((l) => [l.lineId, l]));
      for (const [groupBy, level, keyOf] of ROLLUPS) {
        const expected = new Map<string, Record<string, bigint>>();
        for (const line of s.lines) {
          const l = settled.get(line.lineId)!;
          const acc = expected.get(keyOf(line)) ?? { appropriated: 0n, disbursed: 0n, unspent: 0n, carriedForward: 0n, lapsed: 0n };
          for (const f of ['appropriated', 'disbursed', 'unspent', 'carriedForward', 'lapsed'] as const) acc[f] += yuanToFen(l[f]);
          expected.set(keyOf(line), acc);
        }
        const rows = await finalAccounts(bed.rm.db, { fiscalYear: 2023, groupBy, level });
        expect(rows.map((r) => [r.key, r.appropriated, r.disbursed, r.unspent, r.carriedForward, r.lapsed]))
          .toEqual([...expected].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, a]) => [k, ...['appropriated', 'disbursed', 'unspent', 'carriedForward', 'lapsed'].map((f) => fenToYuan(a[f]))]));
        // the close's appropriation and spending are the execution read model's at 31 December
        const year = new Map((await executionTotals(bed.rm.db, { asOf: '2023-12-31', groupBy, level, filters: { fiscalYear: 2023 } })).map((r) => [r.key, r]));
        for (const r of rows) {
          expect([r.appropriated, r.disbursed]).toEqual([year.get(r.key)!.appropriated, year.get(r.key)!.netDisbursed]);
          expect(yuanToFen(r.carriedForward) + yuanToFen(r.lapsed)).toBe(yuanToFen(r.unspent));
        }
      }
      const carriedIn = (await executionTotals(bed.rm.db, { asOf: '2024-01-01', groupBy: 'source', filters: { fiscalYear: 2024 } })).find((r) => r.key === '上年结转');
      expect(carriedIn?.appropriated ?? '0.00').toBe(settlement.totals.carriedForward);
      // the fund's carried advances are outstanding on its 上年结转 line: its balance is the fund's cash carried
      const fund = settlement.lines.find((l) => l.revolvingFund && l.carriedTo !== null);
      if (fund) {
        const [row] = await executionTotals(bed.rm.db, { asOf: '2024-01-01', groupBy: 'line', filters: { fiscalYear: 2024, lineId: fund.carriedTo! } });
        expect(yuanToFen(row.balance)).toBe(yuanToFen(fund.carriedForward) - yuanToFen(fund.advancesOutstanding));
      }
    }), RUNS);
  }, 300_000); // a property over many scenarios, on PostgreSQL too: minutes on a busy machine

  it('同期对比: each year as of the same day of its year equals the domain fold of that year\'s events up to it', async () => {
    await fc.assert(fc.asyncProperty(scenarioArb, fc.integer({ min: 0, max: 365 }), fc.constantFrom(undefined, 'P01', 'P09'), async (s, day, projectCode) => {
      const next = nextYear(s);
      await project([...s.events, ...next]);
      const asOf = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      const years = await compareAcrossYears(bed.rm.db, { years: [2024, 2023], asOf, filters: projectCode ? { project: projectCode } : {} });
      expect(years.map((y) => [y.fiscalYear, y.asOf])).toEqual([[2023, sameDayIn(asOf, 2023)], [2024, asOf]]);
      for (const y of years) {
        const inYear = y.fiscalYear === 2023 ? s.events : next;
        const wanted = [...foldAsOf(inYear, y.asOf)].filter(([id]) => projectCode === undefined || s.lines.find((l) => l.lineId === id.replace(/^Y24-/, ''))?.project === projectCode);
        const total = (f: 'appropriated' | 'netDisbursed' | 'balance') => fenToYuan(wanted.reduce((t, [, l]) => t + yuanToFen(l[f]), 0n));
        expect([y.lines, y.figures.appropriated, y.figures.netDisbursed, y.figures.balance]).toEqual([wanted.length, total('appropriated'), total('netDisbursed'), total('balance')]);
      }
    }), RUNS);
  }, 300_000); // a property over many scenarios, on PostgreSQL too: minutes on a busy machine

  it('a line is followed across years by its key, with the 上年结转 line carried from it', async () => {
    const attributes = (lineId: string, fiscalYear: number, amount: string): LineAttributes => ({
      lineId, fiscalYear, department: '426', unit: '426002', type: 'project', project: 'P01', projectName: '就业补助资金', basicKind: null,
      functional: '2080705', economic: null, fundingSource: '一般公共预算拨款', amount, overspendPolicy: 'block', revolvingFund: false, importId: 'import-test', inferred: [],
    });
    const paid = (lineId: string, id: string, amount: string, date: string): DomainEvent => ({ type: 'DisbursementRecorded.v1', effectiveDate: date, data: {
      disbursementId: id, lineId, amount, voucherNo: id, payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null } });
    const year2023: DomainEvent[] = [
      { type: 'AppropriationEstablished.v1', effectiveDate: '2023-01-01', data: attributes('426002-2023-P01', 2023, '1000.00') },
      paid('426002-2023-P01', 'd1', '400.00', '2023-06-30'), paid('426002-2023-P01', 'd2', '100.00', '2023-07-01'),
    ];
    const { events } = closeEvents(foldedLines(year2023));
    await project([...year2023, ...events,
      { type: 'AppropriationEstablished.v1', effectiveDate: '2024-01-01', data: attributes('426002-2024-P01', 2024, '2000.00') },
      paid('426002-2024-P01', 'e1', '250.00', '2024-03-01'), paid('426002-2024-JZ-P01', 'e2', '50.00', '2024-06-30')]);
    const years = await compareAcrossYears(bed.rm.db, { years: [2023, 2024], asOf: '2024-06-30', lineKey: lineKeyOf('426002-2024-P01')! });
    expect(years.map((y) => [y.fiscalYear, y.asOf, y.lineIds, y.figures.appropriated, y.figures.netDisbursed])).toEqual([
      [2023, '2023-06-30', ['426002-2023-P01'], '1000.00', '400.00'],
      [2024, '2024-06-30', ['426002-2024-P01', '426002-2024-JZ-P01'], '2500.00', '300.00'],
    ]);
    expect(years[1].bySource.map((b) => [b.source, b.figures.appropriated, b.figures.netDisbursed])).toEqual([['一般公共预算拨款', '2000.00', '250.00'], ['上年结转', '500.00', '50.00']]);
  });

  it('reopening and closing again replaces the close; the history says who did what, when and why', async () => {
    const s = fc.sample(scenarioArb, { numRuns: 1, seed: 2023 })[0];
    const lines = foldedLines(s.events);
    const first = closeEvents(lines);
    const second = closeEvents(lines, { project: 'lapse' });
    const reopen: FiscalYearEvent = { type: 'FiscalYearReopened.v1', effectiveDate: '2024-01-12', data: { fiscalYear: 2023, reason: '补记支付' } };
    const projector = await project([...s.events, ...first.events]);
    expect(await fiscalYear(bed.rm.db, 2023)).toMatchObject({ status: 'closed', closedOn: '2024-01-10', asOf: '2023-12-31', totals: first.settlement.totals, closedBy: 'test' });
    expect((await frozenScores(bed.rm.db, 2023)).map((x) => [x.code, x.score, x.grade])).toEqual([['P01', '87.50', '良']]);
    await appendAll(bed.store, [reopen]);
    await projector.catchUp();
    expect((await fiscalYear(bed.rm.db, 2023))?.status).toBe('open');
    await appendAll(bed.store, second.events.slice(0, 2));
    await projector.catchUp();
    const [total] = await finalAccounts(bed.rm.db, { fiscalYear: 2023, groupBy: 'department' });
    expect([total.carriedForward, total.lapsed]).toEqual([second.settlement.totals.carriedForward, second.settlement.totals.lapsed]);
    expect((await fiscalYearHistory(bed.rm.db, 2023)).map((h) => [h.kind, h.actor, h.reason])).toEqual([
      ['locked', 'test', '年终结账'], ['closed', 'test', '年终结账'], ['reopened', 'test', '补记支付'], ['locked', 'test', '年终结账'], ['closed', 'test', '年终结账'],
    ]);
    expect(dateOf(0)).toBe('2023-01-01');
  });
});
