import { TestApp, expectProblem, expectStatus, product, startTestApp } from './support/test-app';

/**
 * The read side through HTTP on the 2023 demo budget: execution against 序时进度, indicator lights,
 * derived 欠薪处置率, the fund's position, scorecards, and read-your-writes with minPosition.
 * Figures are computed by hand in the comments.
 */
describe('read models over HTTP on the demo budget (e2e)', () => {
  let t: TestApp;
  const FUND = '426006-2023-P09'; // 农民工工资应急周转金, 500 万元

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
    await product.importDemoBudgetIfAbsent(t.app);
  }, 180_000);
  afterAll(async () => { await t?.close(); });

  const disburse = (lineId: string, body: Record<string, unknown>) => t.http.post(`/api/v1/lines/${lineId}/disbursements`).send(body);

  it('given the imported demo, when execution is grouped by functional 类, then 208/210/213/221 show the published totals with 0 disbursed and a red light in June', async () => {
    const head = await t.headPosition();
    const res = await t.http.get(`/api/v1/execution?groupBy=functional&level=1&asOf=2023-06-30&minPosition=${head}`);
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ asOf: '2023-06-30', timeProgress: '50.00', basis: 'month' });
    const byKey = Object.fromEntries(res.body.rows.map((r: { key: string }) => [r.key, r]));
    expect(byKey['208']).toMatchObject({ name: '社会保障和就业支出', appropriated: '83865700.00', disbursed: '0.00', executionRate: '0.00', lagPoints: '50.00', light: 'red' });
    expect(byKey['210'].appropriated).toBe('1188100.00');
    expect(byKey['213'].appropriated).toBe('5452700.00');
    expect(byKey['221'].appropriated).toBe('1590800.00');
  });

  it('given disbursements recorded, when the line is read with the position the command answered, then the rate, lag and light follow (read-your-writes)', async () => {
    const line = (await t.line(FUND)); // 5,000,000.00 元
    expect(line.appropriated).toBe('5000000.00');
    // 3,500,000.00 by 30 June: rate 70%, time progress 50% → R = 140 → green; lag −20 points
    const first = await disburse(FUND, { amount: '2000000.00', effectiveDate: '2023-03-15', voucherNo: 'RM-1' });
    const second = await disburse(FUND, { amount: '1500000.00', effectiveDate: '2023-06-30', voucherNo: 'RM-2' });
    expectStatus(first, 201);
    expectStatus(second, 201);
    const res = await t.http.get(`/api/v1/execution?groupBy=line&asOf=2023-06-30&unit=426006&minPosition=${second.body.position}`);
    expectStatus(res, 200);
    const row = res.body.rows.find((r: { key: string }) => r.key === FUND);
    expect(row).toMatchObject({ appropriated: '5000000.00', disbursed: '3500000.00', balance: '1500000.00', executionRate: '70.00', lagPoints: '-20.00', light: 'green' });

    // as of 31 May the June payment does not count: 40% against 5/12 = 41.67% → R = 96.00 → green, lag 1.67
    const may = await t.http.get(`/api/v1/execution?groupBy=line&asOf=2023-05-31&unit=426006`);
    expect(may.body.rows.find((r: { key: string }) => r.key === FUND)).toMatchObject({ disbursed: '2000000.00', executionRate: '40.00', lagPoints: '1.67', light: 'green' });

    // a reversal of the June payment restores the May figures on 30 June
    const reversal = await t.http.post(`/api/v1/lines/${FUND}/disbursements/${second.body.eventIds[0]}/reversals`).send({ effectiveDate: '2023-06-30', reason: '退回' });
    expectStatus(reversal, 201);
    const after = await t.http.get(`/api/v1/execution?groupBy=line&asOf=2023-06-30&unit=426006&minPosition=${reversal.body.position}`);
    expect(after.body.rows.find((r: { key: string }) => r.key === FUND)).toMatchObject({ disbursed: '2000000.00', reversed: '1500000.00', executionRate: '40.00' });
  });

  it('given a position the read models cannot reach in time, when a query waits for it, then 503 READ_MODEL_BEHIND with Retry-After', async () => {
    const impatient = await startTestApp({ READ_WAIT_TIMEOUT_MS: '50' });
    try {
      const res = await impatient.http.get('/api/v1/execution?asOf=2023-06-30&minPosition=999999');
      expectProblem(res, 503, 'READ_MODEL_BEHIND');
      expect(res.headers['retry-after']).toBe('1');
    } finally {
      await impatient.close();
    }
  });

  it('given 5 wage-arrears cases of which 4 are resolved, then 欠薪处置率 (D-08, target 100%) is derived as 80.00 and red; a fifth resolution turns it green', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.http.post('/api/v1/wage-arrears-cases').send({ unit: '426006', employer: `某劳务公司${i}`, workersAffected: 3, amountOwed: '30000.00', effectiveDate: '2023-04-01' });
      expectStatus(res, 201);
      ids.push(res.body.caseId);
    }
    let last = 0;
    for (const id of ids.slice(0, 4)) {
      const res = await t.http.post(`/api/v1/wage-arrears-cases/${id}/resolution`).send({ resolution: 'employer_paid', effectiveDate: '2023-05-01' });
      expectStatus(res, 201);
      last = res.body.position;
    }
    const res = await t.http.get(`/api/v1/indicators?asOf=2023-06-30&minPosition=${last}`);
    const d08 = res.body.indicators.find((i: { indicatorId: string }) => i.indicatorId === 'D-08');
    expect(d08).toMatchObject({ name: '欠薪处置率', derived: true, actual: '80.00', light: 'red' });
    const metrics = await t.http.get('/api/v1/wage-arrears/metrics?asOf=2023-06-30');
    expect(metrics.body.department).toMatchObject({ reported: 5, resolved: 4, disposalRate: '80.00', disposalRateByAmount: '80.00' });

    const fifth = await t.http.post(`/api/v1/wage-arrears-cases/${ids[4]}/resolution`).send({ resolution: 'arbitration', effectiveDate: '2023-06-01' });
    const green = await t.http.get(`/api/v1/indicators?asOf=2023-06-30&minPosition=${fifth.body.position}`);
    expect(green.body.indicators.find((i: { indicatorId: string }) => i.indicatorId === 'D-08')).toMatchObject({ actual: '100.00', light: 'green' });
    // as of 30 April nothing was resolved yet: 0 of 5
    const april = await t.http.get('/api/v1/indicators?asOf=2023-04-30');
    expect(april.body.indicators.find((i: { indicatorId: string }) => i.indicatorId === 'D-08')).toMatchObject({ actual: '0.00', light: 'red' });
  });

  it('given no report yet, then a manual indicator shows 未填报 with no light; after a report it is lit and keeps its history', async () => {
    const before = await t.http.get('/api/v1/indicators?project=P37&asOf=2023-06-30');
    const manual = before.body.indicators.find((i: { derived: boolean; kind: string }) => !i.derived && i.kind === 'cumulative');
    expect(manual).toMatchObject({ light: null, status: '未填报' });
    const target = Number(manual.target);
    const value = String(target / 2); // half the target at mid-year (month basis, June): R = 100 → green
    const report = await t.http.post(`/api/v1/indicators/2023/${manual.indicatorId}/progress-reports`).send({ asOf: '2023-06-30', value });
    expectStatus(report, 201);
    const after = await t.http.get(`/api/v1/indicators?project=P37&asOf=2023-06-30&minPosition=${report.body.position}`);
    const lit = after.body.indicators.find((i: { indicatorId: string }) => i.indicatorId === manual.indicatorId);
    expect(lit).toMatchObject({ light: 'green', ratio: '100.00', status: null });
    expect(lit.history).toHaveLength(1);
  });

  it('given the demo, when the project scorecard of P37 is read, then it scores out of 100 with a grade and names the goal light', async () => {
    const res = await t.http.get(`/api/v1/projects/P37/scorecard?asOf=2023-06-30`);
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ project: 'P37', outOf: '100.00', execution: { weight: '10.00' } });
    expect(['优', '良', '中', '差']).toContain(res.body.grade);
    expect(['red', 'yellow', 'green', 'blue', null]).toContain(res.body.goalLight);
    const unknown = await t.http.get('/api/v1/projects/P99/scorecard?asOf=2023-06-30');
    expectProblem(unknown, 404, 'PROJECT_NOT_FOUND', 'code');
  });

  it('given the department table 表十一, its scorecard lets 基本支出 (D-01, weight 50) stand for execution', async () => {
    const res = await t.http.get('/api/v1/departments/426/scorecard?asOf=2023-06-30');
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ executionIndicator: 'D-01', outOf: '100.00', execution: { weight: '50.00' } });
  });

  it('given fund advances, the revolving fund position shows advanced, outstanding and available', async () => {
    const c = await t.http.post('/api/v1/wage-arrears-cases').send({ unit: '426006', employer: '垫付公司', workersAffected: 4, amountOwed: '40000.00', effectiveDate: '2023-07-01' });
    const adv = await t.http.post(`/api/v1/lines/${FUND}/fund-advances`).send({ caseId: c.body.caseId, amount: '40000.00', workers: 4, effectiveDate: '2023-07-02' });
    expectStatus(adv, 201);
    const res = await t.http.get(`/api/v1/revolving-fund/position?asOf=2023-12-31&fiscalYear=2023&overdueDays=90&minPosition=${adv.body.position}`);
    expectStatus(res, 200);
    // 5,000,000 − 2,000,000 net disbursed − 40,000 outstanding
    expect(res.body).toMatchObject({ advanced: '40000.00', recovered: '0.00', outstanding: '40000.00', available: '2960000.00', recoveryRate: '0.00' });
    expect(res.body.overdue).toHaveLength(1);
  });

  it('rejects malformed read parameters with the field named', async () => {
    expectProblem(await t.http.get('/api/v1/execution?groupBy=planet'), 400, 'VALIDATION_FAILED', 'groupBy');
    expectProblem(await t.http.get('/api/v1/execution?asOf=2023/06/30'), 400, 'VALIDATION_FAILED', 'asOf');
    expectProblem(await t.http.get('/api/v1/execution?groupBy=economic&level=3'), 422, 'INVALID_LEVEL', 'level');
  });
});
