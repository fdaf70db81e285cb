import { DEMO_ACTOR, DEMO_IMPORT_ACTOR, DEMO_YEAR_SIMULATED, DemoYearSimulated } from '@app/demo-year';
import type { StoredEvent } from '@app/event-store';
import { loadDemoData } from '../src/demo-data';
import { simulateDemoYearIfAbsent } from '../src/demo-year';
import { TestApp, expectProblem, expectStatus, product, startTestApp } from './support/test-app';

jest.setTimeout(180_000);

const n = (s: string | null) => Number(s);
/** DEMO_DATA as main.ts reads it, then the same first-start call main.ts makes before listening. */
const firstStart = (t: TestApp, value: string) => loadDemoData(t.app, product.loadConfig({ ...process.env, DEMO_DATA: value }).DEMO_DATA);
const allEvents = async (t: TestApp): Promise<StoredEvent[]> => [...(await t.store.readAll({ maxCount: 1_000_000 }))];
/** The simulated facts of a store, by event id: what must be the same on every store simulated with the same seed. */
const demoFacts = async (t: TestApp) => new Map((await allEvents(t)).filter((e) => e.metadata.demo === true)
  .map((e) => [e.id, { streamId: e.streamId, type: e.type, data: e.data, effectiveDate: e.metadata.effectiveDate }]));
/** The first store's simulated facts, to compare the second store's with. */
let reference: Awaited<ReturnType<typeof demoFacts>> | undefined;

/**
 * DEMO_DATA=true on a fresh store: the demo budget and a simulated 2023 of execution through the product's own
 * commands. Everything is read back through the HTTP API, as of several 截至日期.
 */
describe('the simulated demo year (DEMO_DATA=true, first start)', () => {
  let t: TestApp;
  let head: number;
  const get = async (path: string) => {
    const res = await t.http.get(path.includes('?') ? `${path}&minPosition=${head}` : `${path}?minPosition=${head}`);
    expectStatus(res, 200);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp({ READ_WAIT_TIMEOUT_MS: '60000' });
    await firstStart(t, 'true');
    head = await t.headPosition();
    reference = await demoFacts(t);
  });
  afterAll(async () => { await t?.close(); });

  it('then the published totals of the budget document are untouched, and the current appropriation still adds up to them', async () => {
    const budget = await get('/api/v1/budgets/426/2023');
    expect(budget.documents).toHaveLength(1);
    expect(budget.documents[0].totals).toMatchObject({ total: '92097300.00', basic: '24961500.00', project: '67135800.00' });
    const byType = await get('/api/v1/execution?groupBy=type&asOf=2023-12-31');
    expect(Object.fromEntries(byType.rows.map((r: { key: string; appropriated: string }) => [r.key, r.appropriated]))).toEqual({ basic: '24961500.00', project: '67135800.00' });
    const adjustments = byType.rows.map((r: { adjustments: Record<string, string> }) => r.adjustments);
    expect(adjustments.some((a: Record<string, string>) => n(a.increased) > 0 && n(a.transferredIn) > 0)).toBe(true);
  });

  it('then the department executes a plausible share by 31 December, its curve rising every month', async () => {
    const dept = await get('/api/v1/execution?groupBy=department&asOf=2023-12-31');
    expect(dept.rows[0].appropriated).toBe('92097300.00');
    expect(n(dept.rows[0].executionRate)).toBeGreaterThan(80);
    expect(n(dept.rows[0].executionRate)).toBeLessThan(98);
    const curve = await get('/api/v1/execution/curve?asOf=2023-12-31');
    const paid = curve.points.map((p: { netDisbursed: string }) => n(p.netDisbursed));
    expect(paid).toHaveLength(12);
    paid.slice(1).forEach((v: number, i: number) => expect(v).toBeGreaterThan(paid[i]));
  });

  it.each(['2023-03-31', '2023-06-30', '2023-09-30'])('then on %s the lines are a mix of red, yellow and green', async (asOf) => {
    const lines = await get(`/api/v1/execution?groupBy=line&asOf=${asOf}`);
    const lights = new Set(lines.rows.map((r: { light: string }) => r.light));
    expect([...lights].sort()).toEqual(['green', 'red', 'yellow']);
  });

  it('then a few projects are red at year end and the rest mostly green', async () => {
    const projects = await get('/api/v1/execution?groupBy=project&asOf=2023-12-31');
    const red = projects.rows.filter((r: { light: string }) => r.light === 'red').map((r: { key: string }) => r.key).sort();
    expect(red).toEqual(['P09', 'P16', 'P31', 'P39']);
    expect(projects.rows.filter((r: { light: string }) => r.light === 'green').length).toBeGreaterThan(40);
  });

  it('then 欠薪处置率 is below 100% but above 70% at year end, and lower in the first quarter', async () => {
    const year = await get('/api/v1/wage-arrears/metrics?asOf=2023-12-31');
    expect(year.department.reported).toBeGreaterThan(15);
    expect(n(year.department.disposalRate)).toBeGreaterThan(70);
    expect(n(year.department.disposalRate)).toBeLessThan(100);
    const q1 = await get('/api/v1/wage-arrears/metrics?asOf=2023-03-31');
    expect(q1.department.reported).toBeGreaterThan(0);
    expect(n(q1.department.disposalRate)).toBeLessThan(100);
  });

  it('then the revolving fund has advances, recoveries, an advance overdue by over 180 days, and ran low in September', async () => {
    const fund = await get('/api/v1/revolving-fund/position?asOf=2023-12-31');
    expect(n(fund.advanced)).toBeGreaterThan(0);
    expect(n(fund.recovered)).toBeGreaterThan(0);
    expect(n(fund.outstanding)).toBeGreaterThan(0);
    const days = fund.overdue.map((a: { daysOutstanding: number }) => a.daysOutstanding);
    expect(days.some((d: number) => d > 180)).toBe(true);
    expect(days.some((d: number) => d > 90 && d <= 180)).toBe(true);
    const september = await get('/api/v1/revolving-fund/position?asOf=2023-09-30');
    expect(n(september.available) / n(september.appropriated)).toBeLessThan(0.2);
  });

  it('then indicators are reported by people or derived from events, one is still 未填报, and scorecards are not all 差', async () => {
    const { indicators } = await get('/api/v1/indicators?asOf=2023-12-31');
    const derived = indicators.filter((i: { derived: boolean; actual: string | null }) => i.derived && i.actual !== null);
    const reported = indicators.filter((i: { derived: boolean; actual: string | null; grade: string | null }) => !i.derived && (i.actual !== null || i.grade !== null));
    expect(derived.length).toBeGreaterThanOrEqual(7);
    expect(reported.length).toBeGreaterThan(250);
    expect(indicators.filter((i: { status: string | null }) => i.status === '未填报').map((i: { indicatorId: string }) => i.indicatorId)).toEqual(['P35-01']);
    const byId = new Map(indicators.map((i: { indicatorId: string }) => [i.indicatorId, i]));
    expect(byId.get('P37-01')).toMatchObject({ derived: true, light: 'green' });
    expect(n((byId.get('P37-01') as { actual: string }).actual)).toBeGreaterThanOrEqual(1800);
    const yellowOrRed = indicators.filter((i: { derived: boolean; light: string | null }) => !i.derived && (i.light === 'red' || i.light === 'yellow'));
    expect(yellowOrRed.length).toBeGreaterThan(5);
    for (const i of yellowOrRed) expect(typeof i.deviationReason).toBe('string');
    const grades: string[] = [];
    for (const code of ['P03', 'P05', 'P14', 'P16', 'P28', 'P34', 'P37', 'P49']) grades.push((await get(`/api/v1/projects/${code}/scorecard?asOf=2023-12-31`)).grade);
    grades.push((await get('/api/v1/departments/426/scorecard?asOf=2023-12-31')).grade);
    expect(grades.filter((g) => g !== '差').length).toBeGreaterThan(grades.length / 2);
  });

  it('then 三公 use follows the 公务接待费 and 公务用车运行维护费 payments within 表四\'s caps (用车运维 past 80% by year end), and P16\'s 电子显示屏 procurement drew on 表九', async () => {
    const sangong = await get('/api/v1/sangong?fiscalYear=2023&asOf=2023-12-31');
    const row = (c: string) => sangong.rows.find((r: { category: string }) => r.category === c);
    expect(row('abroad')).toMatchObject({ cap: '0.00', used: '0.00' });
    expect(n(row('reception').used)).toBeGreaterThan(0);
    expect(n(row('reception').used)).toBeLessThanOrEqual(120000);
    expect(n(row('vehicle_operation').used) / 110000).toBeGreaterThanOrEqual(0.8);
    expect(n(row('vehicle_operation').remaining)).toBeGreaterThanOrEqual(0);
    const procurement = await get('/api/v1/procurement?fiscalYear=2023&asOf=2023-12-31');
    expect(procurement.items).toEqual([expect.objectContaining({ itemId: 'P16-A01', project: 'P16', budget: '177600.00', payments: 1 })]);
    expect(n(procurement.items[0].executed)).toBeGreaterThan(0);
    expect(n(procurement.items[0].executed)).toBeLessThanOrEqual(177600);
  });

  it('then six lines have 用款计划 (one revised in June): a lumpy project is on its plan before paying, a lagging one red against its plan', async () => {
    type Row = { key: string; planFiled: number; planLight: string | null; planExecutionRate: string | null; light: string | null };
    const projects = async (asOf: string) => new Map<string, Row>((await get(`/api/v1/execution?groupBy=project&asOf=${asOf}`)).rows.map((r: Row) => [r.key, r]));
    const lines = (await get('/api/v1/execution?groupBy=line&asOf=2023-12-31')).rows as Row[];
    expect(lines.filter((r) => r.planFiled === 1)).toHaveLength(6);
    const april = await projects('2023-04-30');
    expect(april.get('P01')).toMatchObject({ planFiled: 1, planExecutionRate: null, planLight: null, light: 'red' });
    expect((await projects('2023-08-31')).get('P31')).toMatchObject({ planFiled: 1, planExecutionRate: '0.00', planLight: 'red' });
    const p02 = lines.find((r) => r.planFiled === 1 && r.key.endsWith('-P02'))!;
    const plan = await get(`/api/v1/lines/${p02.key}/spending-plan?asOf=2023-07-31`);
    expect(plan.revisions.map((r: { revision: number; effectiveDate: string; inForce: boolean }) => [r.revision, r.effectiveDate, r.inForce])).toEqual([[2, '2023-06-15', true], [1, '2023-01-06', false]]);
    expect(plan.revisions[0].filedBy).toEqual({ username: DEMO_ACTOR, displayName: '演示数据（模拟）' });
  });

  it('then GET /api/v1/demo-data says 2023 is the demo budget with a simulated year, and refuses a malformed year', async () => {
    const all = await t.http.get('/api/v1/demo-data');
    expectStatus(all, 200);
    expect(all.body).toEqual({ label: '演示数据（模拟）', fiscalYears: [{ fiscalYear: 2023, budget: true, simulated: true }] });
    expect((await t.http.get('/api/v1/demo-data?fiscalYear=2022')).body).toEqual({ label: '演示数据（模拟）', fiscalYears: [] });
    expectProblem(await t.http.get('/api/v1/demo-data?fiscalYear=23'), 400, 'VALIDATION_FAILED', 'fiscalYear');
    expectStatus(await t.anonymous.get('/api/v1/demo-data'), 401);
  });

  it('then every event the simulation recorded is labelled demo and recorded by system:demo, the marker last', async () => {
    const events = await allEvents(t);
    const simulated = events.filter((e) => e.metadata.actor !== DEMO_IMPORT_ACTOR && e.streamId !== 'accounts');
    expect(simulated.length).toBeGreaterThan(1500);
    expect(simulated.length).toBeLessThan(5000);
    for (const e of simulated) expect({ id: e.id, demo: e.metadata.demo, actor: e.metadata.actor }).toEqual({ id: e.id, demo: true, actor: DEMO_ACTOR });
    const marker = simulated[simulated.length - 1];
    expect(marker).toMatchObject({ streamId: 'demo-2023', type: DEMO_YEAR_SIMULATED });
    expect(marker.data).toMatchObject({ fiscalYear: 2023, events: simulated.length - 1 } satisfies Partial<DemoYearSimulated>);
    expect(simulated.filter((e) => e.type === 'OverspendBlocked.v1')).toHaveLength(2);
    expect(simulated.filter((e) => e.type === 'DisbursementReversed.v1').length).toBeGreaterThanOrEqual(3);
  });

  it('when the product starts again, then nothing more is recorded', async () => {
    await firstStart(t, 'true');
    expect(await t.headPosition()).toBe(head);
  });
});

describe('the demo year on a store that is not fresh', () => {
  it('given a start interrupted half-way through the simulation, when it starts again, then the year is completed without recording anything twice, exactly as on a store simulated in one go', async () => {
    const t = await startTestApp();
    try {
      let calls = 0;
      const crashAt = 900;
      await firstStart(t, 'budget');
      await expect(simulateDemoYearIfAbsent(t.app, undefined, () => { if (++calls > crashAt) throw new Error('power cut'); return new Date(); })).rejects.toThrow('power cut');
      const halfway = (await allEvents(t)).filter((e) => e.metadata.demo === true);
      expect(halfway.length).toBeGreaterThanOrEqual(crashAt - 5);
      expect((await t.http.get('/api/v1/demo-data')).body.fiscalYears).toEqual([{ fiscalYear: 2023, budget: true, simulated: false }]);

      const report = await simulateDemoYearIfAbsent(t.app);
      expect(report?.resumed).toBe(crashAt);
      const events = (await allEvents(t)).filter((e) => e.metadata.demo === true && e.type !== DEMO_YEAR_SIMULATED);
      expect(events).toHaveLength(report?.events as number);
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      const vouchers = events.filter((e) => e.type === 'DisbursementRecorded.v1').map((e) => `${e.metadata.unit}/${(e.data as { voucherNo: string }).voucherNo}`);
      expect(new Set(vouchers).size).toBe(vouchers.length);
      expect((await t.line('426006-2023-P09')).appropriated).toBe('5000000.00');
      // same seed, another store: the same facts under the same ids, to the cent
      expect(reference?.size).toBeGreaterThan(0);
      expect(await demoFacts(t)).toEqual(reference);
    } finally {
      await t.close();
    }
  });

  it('given 2023 payments recorded by a user, when the product starts with DEMO_DATA=true, then no demo execution is mixed in', async () => {
    const t = await startTestApp();
    try {
      await firstStart(t, 'budget');
      const paid = await t.http.post('/api/v1/lines/426001-2023-B-2080101-30201/disbursements').send({ amount: '1200.00', effectiveDate: '2023-02-03', voucherNo: '记-2023-02-0001' });
      expectStatus(paid, 201);
      const before = await t.headPosition();
      await firstStart(t, 'true');
      expect(await t.headPosition()).toBe(before);
      expect((await t.http.get('/api/v1/demo-data')).body.fiscalYears).toEqual([{ fiscalYear: 2023, budget: true, simulated: false }]);
    } finally {
      await t.close();
    }
  });
});
