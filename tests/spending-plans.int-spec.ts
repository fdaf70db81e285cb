import { OverspendIncident } from '../apps/worker/src/alerts/evaluation/overspend-incident';
import { alerting } from './support/alerting';
import { budgetDocument, lineIds } from './support/budget-document';
import { CHINESE_HEADER, Cell, csvFile } from './support/disbursement-files';
import { TestApp, expectProblem, expectStatus, product, startTestApp } from './support/test-app';

jest.setTimeout(120_000);

/** 1–12 月 of the 200,000.00 元 P01 line (就业补助, a subsidy line: its default profile pays by quarter). */
const PLAN = ['10000', '10000', '20000', '10000', '10000', '20000', '20000', '20000', '20000', '20000', '20000', '20000'];
const yuan = (months: readonly string[]) => months.map((m) => `${m}.00`);

/**
 * 用款计划 through HTTP: PUT/GET /api/v1/lines/{lineId}/spending-plan, bad input refused naming the field with nothing
 * recorded, who may file, revisions by date, the plan columns of the execution answers and the curve, a plan after a
 * 追加, and payments beyond the month's cumulative plan under each over-plan policy (single and imported).
 */
describe('spending plans (e2e)', () => {
  let t: TestApp;
  const ids = lineIds(2023);
  const planUrl = `/api/v1/lines/${ids.employment}/spending-plan`;
  let head = 0;
  const get = async (path: string, query: Record<string, string> = {}) => {
    const res = await t.http.get(path).query({ ...query, minPosition: String(head) });
    expectStatus(res, 200);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.importBudget(budgetDocument(2023));
  });
  afterAll(async () => { await t?.close(); });

  describe('bad input records nothing and names the field', () => {
    it.each([
      ['eleven months', { months: PLAN.slice(0, 11) }, 400, 'VALIDATION_FAILED', 'months'],
      ['thirteen months', { months: [...PLAN, '0'] }, 400, 'VALIDATION_FAILED', 'months'],
      ['months that are not a list', { months: '200000' }, 400, 'VALIDATION_FAILED', 'months'],
      ['a month given as a number', { months: [10000, ...PLAN.slice(1)] }, 400, 'VALIDATION_FAILED', 'months'],
      ['no months', {}, 400, 'VALIDATION_FAILED', 'months'],
      ['a negative April', { months: [...PLAN.slice(0, 3), '-10000', ...PLAN.slice(4)] }, 422, 'AMOUNT_NEGATIVE', 'months.3'],
      ['a July with three decimals', { months: [...PLAN.slice(0, 6), '20000.001', ...PLAN.slice(7)] }, 422, 'AMOUNT_TOO_MANY_DECIMALS', 'months.6'],
      ['a date in another year', { months: PLAN, effectiveDate: '2024-01-01' }, 422, 'DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate'],
      ['an unknown field', { months: PLAN, comment: 'x' }, 400, 'VALIDATION_FAILED', 'comment'],
    ])('%s: %s %s (%s)', async (_name, body, status, code, field) => {
      const before = await t.headPosition();
      expectProblem(await t.http.put(planUrl).send({ effectiveDate: '2023-01-05', ...body }), status, code, field);
      expect(await t.headPosition()).toBe(before);
    });

    it('months that do not add up: 422 PLAN_TOTAL_MISMATCH naming the months and the difference', async () => {
      const before = await t.headPosition();
      const res = await t.http.put(planUrl).send({ months: [...PLAN.slice(0, 11), '19999.99'], effectiveDate: '2023-01-05' });
      expectProblem(res, 422, 'PLAN_TOTAL_MISMATCH', 'months');
      expect(res.body.details).toEqual({ total: '199999.99', appropriated: '200000.00', difference: '0.01' });
      expect(await t.headPosition()).toBe(before);
    });

    it('an unknown line: 404 LINE_NOT_FOUND', async () => {
      expectProblem(await t.http.put('/api/v1/lines/426001-2023-NOPE/spending-plan').send({ months: PLAN }), 404, 'LINE_NOT_FOUND', 'lineId');
      expectProblem(await t.http.get('/api/v1/lines/426001-2023-NOPE/spending-plan'), 404, 'LINE_NOT_FOUND', 'lineId');
    });
  });

  describe('who may file', () => {
    it('a manager or auditor may not (403 ROLE_NOT_PERMITTED), an accountant of another unit may not (403 UNIT_OUT_OF_SCOPE)', async () => {
      const manager = await t.httpAs({ role: 'manager', units: 'all' });
      const auditor = await t.httpAs({ role: 'auditor' });
      const outsider = await t.httpAs({ role: 'accountant', units: ['426006'] });
      const before = await t.headPosition();
      expectProblem(await manager.put(planUrl).send({ months: PLAN }), 403, 'ROLE_NOT_PERMITTED');
      expectProblem(await auditor.put(planUrl).send({ months: PLAN }), 403, 'ROLE_NOT_PERMITTED');
      expectProblem(await outsider.put(planUrl).send({ months: PLAN, effectiveDate: '2023-01-05' }), 403, 'UNIT_OUT_OF_SCOPE', 'lineId');
      expectProblem(await outsider.get(planUrl), 403, 'UNIT_OUT_OF_SCOPE', 'lineId');
      expect(await t.headPosition()).toBe(before);
    });

    it('an accountant of the unit files the plan; the same months again record nothing', async () => {
      const accountant = await t.httpAs({ role: 'accountant', units: ['426001'], username: 'kuaiji.wang', displayName: '王会计' });
      const res = await accountant.put(planUrl).send({ months: PLAN, effectiveDate: '2023-01-05', reason: '年初报送' });
      expectStatus(res, 200);
      expect(res.body).toMatchObject({ streamId: `line-${ids.employment}`, replayed: false });
      expect(res.body.eventIds).toHaveLength(1);
      head = res.body.position;
      const again = await accountant.put(planUrl).send({ months: PLAN, effectiveDate: '2023-02-01' });
      expectStatus(again, 200);
      expect(again.body).toMatchObject({ replayed: true, eventIds: [] });
      expect(await t.headPosition()).toBe(head);
    });
  });

  describe('the plan in force as of a date', () => {
    it('before the plan: the default profile (by quarter for a 就业补助 line); from 5 January: the filed months, who filed them', async () => {
      const before = await get(planUrl, { asOf: '2023-01-04' });
      expect(before).toMatchObject({ source: 'default', inForce: null, defaultProfile: { kind: 'subsidy', profile: 'seasonal', weights: [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1] } });
      expect(before.months.map((m: { planned: string }) => m.planned)).toEqual(['0.00', '0.00', '50000.00', '0.00', '0.00', '50000.00', '0.00', '0.00', '50000.00', '0.00', '0.00', '50000.00']);
      const after = await get(planUrl, { asOf: '2023-03-15' });
      expect(after).toMatchObject({
        source: 'filed', appropriated: '200000.00', difference: '0.00', needsRevision: false, plannedToDate: '40000.00', paidToDate: '0.00', planExecutionRate: '0.00', planLight: 'red',
        overPlanPayments: 'warn',
        inForce: { revision: 1, effectiveDate: '2023-01-05', months: yuan(PLAN), total: '200000.00', reason: '年初报送', filedBy: { username: 'kuaiji.wang', displayName: '王会计' }, inForce: true },
      });
      expect(after.months[2]).toEqual({ month: '2023-03', filed: '20000.00', planned: '20000.00', cumulativePlanned: '40000.00', paid: '0.00', cumulativePaid: '0.00' });
      expect(after.revisions).toHaveLength(1);
    });

    it('a revision is in force from its date; the history keeps both, newest first', async () => {
      const revised = ['10000', '10000', '20000', '10000', '10000', '20000', '30000', '30000', '20000', '10000', '10000', '20000'];
      const res = await t.http.put(planUrl).send({ months: revised, effectiveDate: '2023-06-20', reason: '三季度集中支付' });
      expectStatus(res, 200);
      head = res.body.position;
      expect((await get(planUrl, { asOf: '2023-06-19' })).inForce.revision).toBe(1);
      const now = await get(planUrl, { asOf: '2023-07-31' });
      expect(now.inForce).toMatchObject({ revision: 2, effectiveDate: '2023-06-20', months: yuan(revised), reason: '三季度集中支付', filedBy: { username: 'admin' } });
      expect(now.plannedToDate).toBe('110000.00');
      expect(now.revisions.map((r: { revision: number; inForce: boolean }) => [r.revision, r.inForce])).toEqual([[2, true], [1, false]]);
      // back to the first plan for the rest of the tests, from a later date
      const back = await t.http.put(planUrl).send({ months: PLAN, effectiveDate: '2023-06-21' });
      expectStatus(back, 200);
      head = back.body.position;
      expectProblem(await t.http.put(planUrl).send({ months: revised, effectiveDate: '2023-06-01' }), 422, 'PLAN_REVISION_BEFORE_LATEST', 'effectiveDate');
    });

    it('the audit trail of the line shows each filing with who and when', async () => {
      const res = await t.http.get(`/api/v1/audit/lines/${ids.employment}`);
      expectStatus(res, 200);
      const audit = res.body;
      const filings = audit.entries.filter((e: { type: string }) => e.type === 'SpendingPlanFiled.v1');
      expect(filings.map((e: { label: string }) => e.label)).toEqual(['报送用款计划', '调整用款计划', '调整用款计划']);
      expect(filings[0].actor).toBe('kuaiji.wang');
    });
  });

  describe('execution against the plan', () => {
    beforeAll(async () => {
      const paid = await t.http.post(`/api/v1/lines/${ids.employment}/disbursements`).send({ amount: '30000.00', effectiveDate: '2023-03-10', voucherNo: '记-2023-03-0001' });
      expectStatus(paid, 201);
      head = paid.body.position;
    });

    it('计划执行率 beside 执行率 for the line: paid ÷ the cumulative plan to date, with its light', async () => {
      const lines = await get('/api/v1/execution', { groupBy: 'line', asOf: '2023-03-15', unit: '426001' });
      const row = lines.rows.find((r: { key: string }) => r.key === ids.employment);
      expect(row).toMatchObject({
        executionRate: '15.00', timeProgress: '25.00', light: 'yellow',
        plannedToDate: '40000.00', planExecutionRate: '75.00', planLight: 'yellow', planFiled: 1, planNeedsRevision: 0,
      });
      // a line without a plan is measured against its default profile: personnel monthly with a December bonus (1/13 a month)
      const personnel = lines.rows.find((r: { key: string }) => r.key === ids.personnel);
      expect(personnel).toMatchObject({ plannedToDate: '115384.62', planExecutionRate: '0.00', planLight: 'red', planFiled: 0 });
    });

    it('every level rolls the plan up: project, unit, functional, department', async () => {
      const at = { asOf: '2023-03-15' };
      const lines = (await get('/api/v1/execution', { ...at, groupBy: 'line' })).rows as { plannedToDate: string }[];
      const total = lines.reduce((a, r) => a + Math.round(Number(r.plannedToDate) * 100), 0);
      const department = (await get('/api/v1/execution', { ...at, groupBy: 'department' })).rows[0];
      expect(Math.round(Number(department.plannedToDate) * 100)).toBe(total);
      expect(department.planFiled).toBe(1);
      const project = (await get('/api/v1/execution', { ...at, groupBy: 'project', project: 'P01' })).rows[0];
      expect(project).toMatchObject({ key: 'P01', plannedToDate: '40000.00', planExecutionRate: '75.00', planLight: 'yellow' });
      const functional = (await get('/api/v1/execution', { ...at, groupBy: 'functional', level: '2', functional: '20807' })).rows;
      expect(functional.find((r: { key: string }) => r.key === '20807').plannedToDate).toBe(
        (Number((await get('/api/v1/execution', { ...at, groupBy: 'line', functional: '20807' })).rows.reduce((a: number, r: { plannedToDate: string }) => a + Number(r.plannedToDate) * 100, 0)) / 100).toFixed(2));
    });

    it('the curve carries the cumulative plan as a third series', async () => {
      const curve = await get('/api/v1/execution/curve', { asOf: '2023-04-30', project: 'P01' });
      expect(curve.points.map((p: { plannedToDate: string; planProgress: string }) => [p.plannedToDate, p.planProgress])).toEqual([
        ['10000.00', '5.00'], ['20000.00', '10.00'], ['40000.00', '20.00'], ['50000.00', '25.00'],
      ]);
    });

    it('a payment beyond the month\'s cumulative plan is recorded with a PlanExceededWarned (the default policy)', async () => {
      const res = await t.http.post(`/api/v1/lines/${ids.employment}/disbursements`).send({ amount: '15000.00', effectiveDate: '2023-03-20', voucherNo: '记-2023-03-0002' });
      expectStatus(res, 201);
      expect(res.body.eventIds).toHaveLength(2);
      head = res.body.position;
      const stored = (await t.store.readStream(`line-${ids.employment}`)).filter((e) => e.type === 'PlanExceededWarned.v1');
      expect(stored.map((e) => e.data)).toEqual([expect.objectContaining({ month: '2023-03', plannedToDate: '40000.00', paidToDate: '30000.00', requested: '15000.00', excess: '5000.00' })]);
      const plan = await get(planUrl, { asOf: '2023-03-31' });
      expect(plan.exceedances).toEqual([expect.objectContaining({ date: '2023-03-20', month: '2023-03', plannedToDate: '40000.00', excess: '5000.00' })]);
      expect(plan).toMatchObject({ paidToDate: '45000.00', planExecutionRate: '112.50', planLight: 'green' });
    });

    it('after a 追加 the plan no longer adds up: 计划待调整, the difference spread over the later months by the default profile', async () => {
      const res = await t.http.post(`/api/v1/lines/${ids.employment}/increases`).send({ amount: '60000.00', effectiveDate: '2023-07-10', reason: '追加就业补助' });
      expectStatus(res, 201);
      head = res.body.position;
      // July keeps its plan (the money arrived during it); the quarterly profile puts the 60,000.00 in September and December
      const plan = await get(planUrl, { asOf: '2023-07-31' });
      expect(plan).toMatchObject({ source: 'filed', appropriated: '260000.00', difference: '60000.00', needsRevision: true, plannedToDate: '100000.00' });
      expect(plan.months.map((m: { planned: string }) => m.planned)).toEqual(yuan(['10000', '10000', '20000', '10000', '10000', '20000', '20000', '20000', '50000', '20000', '20000', '50000']));
      expect(plan.months[8].filed).toBe('20000.00');
      const row = (await get('/api/v1/execution', { groupBy: 'line', asOf: '2023-07-31', unit: '426001' })).rows.find((r: { key: string }) => r.key === ids.employment);
      expect(row).toMatchObject({ plannedToDate: '100000.00', planNeedsRevision: 1, planFiled: 1 });
      expect((await get(planUrl, { asOf: '2023-07-09' })).needsRevision).toBe(false);
      // a revision must add up to the new appropriation
      expectProblem(await t.http.put(planUrl).send({ months: PLAN, effectiveDate: '2023-07-11' }), 422, 'PLAN_TOTAL_MISMATCH', 'months');
      const fixed = await t.http.put(planUrl).send({ months: [...PLAN.slice(0, 11), '80000'], effectiveDate: '2023-07-11' });
      expectStatus(fixed, 200);
      head = fixed.body.position;
      expect(await get(planUrl, { asOf: '2023-07-31' })).toMatchObject({ needsRevision: false, difference: '0.00' });
    });

    it('an imported row beyond the plan is warned the same way', async () => {
      const file = csvFile([CHINESE_HEADER, ['P01', null, null, null, '70000', '2023-07-15', '记-2023-07-0001', '张三', '补贴', '公益性岗位补贴', 5, null] as Cell[]], 'gbk');
      const res = await t.http.post('/api/v1/disbursement-imports').query({ wait: 'true', dryRun: 'false' }).attach('file', file, 'payments.csv');
      expectStatus(res, 200);
      expect(res.body.report.lines).toEqual([expect.objectContaining({ lineId: ids.employment, planWarnings: 1 })]);
    });
  });

  describe('alerts', () => {
    type Listed = { alertId: string; rule: string; ruleName: string; subjectKind: string; severity: string; link: string; atRaise: { summary: string; target: string; actual: string }; now: Record<string, unknown> | null };
    const open = async (rule: string): Promise<Listed[]> => {
      const res = await t.http.get('/api/v1/alerts').query({ status: 'open', rule, minPosition: String(await t.headPosition()) });
      expectStatus(res, 200);
      return res.body.alerts;
    };

    it('用款计划执行滞后: the line and its project behind their plan on 30 June, with figures, live figures and a link', async () => {
      await alerting(t).evaluation.run({ now: new Date(), asOf: '2023-06-30', runId: 'plans-2023-06-30' });
      const alerts = await open('plan_behind');
      expect(alerts.map((a) => [a.subjectKind, a.severity, a.ruleName]).sort()).toEqual([['line', 'red', '用款计划执行滞后'], ['project', 'red', '用款计划执行滞后']]);
      const line = alerts.find((a) => a.subjectKind === 'line')!;
      // 45,000.00 paid of 80,000.00 planned through June (the plan in force since 21 June)
      expect(line.atRaise).toMatchObject({ target: '80000.00', actual: '45000.00' });
      expect(line.atRaise.summary).toContain('计划执行率 56.25%');
      expect(line.link).toBe(`/lines/${ids.employment}?asOf=2023-06-30`);
      // live figures: now (31 December of a year that is over) 115,000.00 is paid of the whole year's 260,000.00
      expect(line.now).toMatchObject({ holds: true, severity: 'red', target: '260000.00', actual: '115000.00' });
    });

    it('超计划支付: the warned payment is a yellow incident on its line', async () => {
      const warned = (await t.store.readStream(`line-${ids.employment}`)).filter((e) => e.type === 'PlanExceededWarned.v1');
      await t.app.get(OverspendIncident).record(warned[0].id, new Date());
      const [incident] = await open('plan_exceeded');
      expect(incident).toMatchObject({ ruleName: '超计划支付', severity: 'yellow', subjectKind: 'line', link: `/lines/${ids.employment}?asOf=2023-03-20` });
      expect(incident.atRaise.summary).toContain('超出 2023 年 03 月累计用款计划 40,000.00 元');
    });
  });
});

describe('spending plans under SPENDING_PLAN_SETTINGS {"overPlanPayments":"refuse"} (e2e)', () => {
  let t: TestApp;
  const ids = lineIds(2022);
  beforeAll(async () => {
    t = await startTestApp({ SPENDING_PLAN_SETTINGS: '{"overPlanPayments":"refuse"}' });
    await t.importBudget({ ...budgetDocument(2022), indicators: [] });
    expectStatus(await t.http.put(`/api/v1/lines/${ids.employment}/spending-plan`).send({ months: PLAN, effectiveDate: '2022-01-05' }), 200);
    expectStatus(await t.http.post(`/api/v1/lines/${ids.employment}/disbursements`).send({ amount: '30000.00', effectiveDate: '2022-03-10', voucherNo: '记-2022-03-0001' }), 201);
  });
  afterAll(async () => { await t?.close(); });

  it('a payment beyond the month\'s cumulative plan: 409 PLAN_EXCEEDED naming the plan and what remains; nothing recorded', async () => {
    const before = await t.headPosition();
    const res = await t.http.post(`/api/v1/lines/${ids.employment}/disbursements`).send({ amount: '10000.01', effectiveDate: '2022-03-20', voucherNo: '记-2022-03-0002' });
    expectProblem(res, 409, 'PLAN_EXCEEDED', 'amount');
    expect(res.body.details).toEqual({ month: '2022-03', plannedToDate: '40000.00', paidToDate: '30000.00', remaining: '10000.00', requested: '10000.01', excess: '0.01' });
    expect(await t.headPosition()).toBe(before);
    expectStatus(await t.http.post(`/api/v1/lines/${ids.employment}/disbursements`).send({ amount: '10000.00', effectiveDate: '2022-03-20', voucherNo: '记-2022-03-0002' }), 201);
  });

  it('an imported row beyond it is a row error PLAN_EXCEEDED, and the file records nothing', async () => {
    const before = await t.headPosition();
    const file = csvFile([CHINESE_HEADER, ['P01', null, null, null, '0.01', '2022-03-25', '记-2022-03-0003', '张三', '补贴', '公益性岗位补贴', 1, null] as Cell[]], 'gbk');
    const res = await t.http.post('/api/v1/disbursement-imports').query({ wait: 'true', dryRun: 'false' }).attach('file', file, 'payments.csv');
    expectProblem(res, 422, 'IMPORT_ROWS_INVALID', 'file');
    expect(res.body.details.report.errors.map((e: { row: number; code: string; field: string }) => [e.row, e.code, e.field])).toEqual([[2, 'PLAN_EXCEEDED', 'amount']]);
    expect(await t.headPosition()).toBe(before);
  });

  it('a bad SPENDING_PLAN_SETTINGS stops the start naming the path (loadConfig, before anything opens)', () => {
    expect(() => product.loadConfig({ SPENDING_PLAN_SETTINGS: '{"templates":{"operating":[1,1,1]}}' })).toThrow(/SPENDING_PLAN_SETTINGS: templates\.operating must be twelve weights/);
    expect(() => product.loadConfig({ SPENDING_PLAN_SETTINGS: '{"overPlanPayments":"block"}' })).toThrow(/SPENDING_PLAN_SETTINGS: overPlanPayments must be one of refuse, warn, allow/);
    expect(() => product.loadConfig({ SPENDING_PLAN_SETTINGS: '{oops' })).toThrow(/SPENDING_PLAN_SETTINGS: must be a JSON object/);
  });
});
