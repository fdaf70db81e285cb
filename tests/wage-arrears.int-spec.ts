import { budgetDocument, lineIds } from './support/budget-document';
import { TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/**
 * 欠薪案件 (report, resolve) and the 农民工工资应急周转金: 垫付 advances drawn on the revolving-fund line
 * and 追偿 recoveries that revolve its balance back.
 */
describe('wage arrears and the revolving fund (e2e)', () => {
  let t: TestApp;
  const ids = lineIds(2023);

  beforeAll(async () => {
    t = await startTestApp();
    await t.importBudget(budgetDocument(2023));
  });
  afterAll(async () => { await t?.close(); });

  const reportCase = (body: Record<string, unknown> = {}) => t.http.post('/api/v1/wage-arrears-cases').send({
    unit: '426006', employer: '重庆某建筑劳务有限公司', workersAffected: 12, amountOwed: '186000.00', effectiveDate: '2023-05-10', ...body,
  });
  const resolveCase = (caseId: string, body: Record<string, unknown> = {}) =>
    t.http.post(`/api/v1/wage-arrears-cases/${caseId}/resolution`).send({ resolution: 'employer_paid', effectiveDate: '2023-07-20', ...body });
  const advance = (lineId: string, caseId: string, body: Record<string, unknown> = {}) =>
    t.http.post(`/api/v1/lines/${lineId}/fund-advances`).send({ caseId, amount: '10000.00', workers: 12, effectiveDate: '2023-05-20', ...body });
  const recover = (lineId: string, caseId: string, body: Record<string, unknown> = {}) =>
    t.http.post(`/api/v1/lines/${lineId}/fund-recoveries`).send({ caseId, amount: '10000.00', effectiveDate: '2023-09-01', ...body });
  async function openCase(): Promise<string> {
    const res = await reportCase();
    expectStatus(res, 201);
    return res.body.caseId as string;
  }

  it('given a unit of the imported budget, when a case is reported, then 201 with its caseId and stream', async () => {
    const head = await t.headPosition();

    const res = await reportCase({ description: '拖欠 12 名农民工工资' });

    expectStatus(res, 201);
    expect(res.body).toMatchObject({ caseId: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: 0, replayed: false });
    expect(res.body.streamId).toBe(`case-${res.body.caseId}`);
    expect(await t.headPosition()).toBe(head + 1);
  });

  it.each([
    ['a unit not in the budget', { unit: '426009' }, 422, 'UNKNOWN_UNIT', 'unit'],
    ['a unit of a year without a budget', { effectiveDate: '2021-05-10' }, 422, 'UNKNOWN_UNIT', 'unit'],
    ['a malformed unit code', { unit: '4260' }, 400, 'VALIDATION_FAILED', 'unit'],
    ['no worker affected', { workersAffected: 0 }, 400, 'VALIDATION_FAILED', 'workersAffected'],
    ['an amount owed of "0"', { amountOwed: '0' }, 422, 'AMOUNT_NOT_POSITIVE', 'amountOwed'],
  ])('given %s, when a case is reported, then it is refused and nothing is recorded', async (_, body, status, code, field) => {
    const head = await t.headPosition();

    const res = await reportCase(body);

    expectProblem(res, status, code, field);
    expect(await t.headPosition()).toBe(head);
  });

  it('given an open case, when it is resolved, then 201; resolved again → 409 CASE_ALREADY_RESOLVED and nothing is recorded', async () => {
    const caseId = await openCase();

    const first = await resolveCase(caseId, { amountSettled: '186000.00', note: '企业已足额支付' });

    expectStatus(first, 201);
    expect(first.body).toMatchObject({ streamId: `case-${caseId}`, revision: 1 });
    const head = await t.headPosition();

    const second = await resolveCase(caseId, { resolution: 'arbitration' });

    expectProblem(second, 409, 'CASE_ALREADY_RESOLVED', 'caseId');
    expect(await t.headPosition()).toBe(head);
  });

  it('given no such case, when it is resolved, then 404 CASE_NOT_FOUND', async () => {
    expectProblem(await resolveCase('00000000-0000-4000-8000-000000000000'), 404, 'CASE_NOT_FOUND', 'caseId');
  });

  it('given an open case, when resolved before it was reported, then 422 RESOLVED_BEFORE_REPORTED', async () => {
    const caseId = await openCase();
    expectProblem(await resolveCase(caseId, { effectiveDate: '2023-05-09' }), 422, 'RESOLVED_BEFORE_REPORTED', 'effectiveDate');
  });

  it('given an open case, when the fund advances wages and the employer later repays, then the fund\'s available balance drops and revolves back', async () => {
    const caseId = await openCase();
    const fund = await t.line(ids.fund);
    expect(fund).toMatchObject({ revolvingFund: true, available: '50000.00', advancesOutstanding: '0.00' });

    const paid = await advance(ids.fund, caseId, { amount: '18000.00', note: '垫付基本生活工资' });

    expectStatus(paid, 201);
    expect(paid.body).toMatchObject({ advanceId: expect.stringMatching(/^[0-9a-f-]{36}$/), streamId: `line-${ids.fund}`, revision: fund.revision + 1 });
    expect(await t.line(ids.fund)).toMatchObject({ appropriated: '50000.00', disbursed: '0.00', advancesOutstanding: '18000.00', available: '32000.00' });

    const partly = await recover(ids.fund, caseId, { amount: '8000.00', note: '第一笔追回' });

    expectStatus(partly, 201);
    expect(partly.body).toMatchObject({ recoveryId: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: fund.revision + 2 });
    expect(await t.line(ids.fund)).toMatchObject({ advancesOutstanding: '10000.00', available: '40000.00' });
    const head = await t.headPosition();

    const tooMuch = await recover(ids.fund, caseId, { amount: '10000.01' });

    expectProblem(tooMuch, 409, 'RECOVERY_EXCEEDS_OUTSTANDING', 'amount');
    expect(tooMuch.body.details).toMatchObject({ outstanding: '10000.00' });
    expect(await t.headPosition()).toBe(head);

    expectStatus(await recover(ids.fund, caseId, { amount: '10000.00' }), 201);
    expect(await t.line(ids.fund)).toMatchObject({ advancesOutstanding: '0.00', available: '50000.00' });
    expectProblem(await recover(ids.fund, caseId, { amount: '1.00' }), 409, 'NO_OUTSTANDING_ADVANCE', 'caseId');
  });

  it('given an advance larger than the fund\'s available balance, when paid, then 409 ADVANCE_EXCEEDS_FUND_BALANCE and nothing is recorded', async () => {
    const caseId = await openCase();
    const fund = await t.line(ids.fund);
    const head = await t.headPosition();

    const res = await advance(ids.fund, caseId, { amount: (Number(fund.available) + 0.01).toFixed(2) });

    expectProblem(res, 409, 'ADVANCE_EXCEEDS_FUND_BALANCE', 'amount');
    expect(res.body.details).toMatchObject({ available: fund.available });
    expect(await t.headPosition()).toBe(head);
    expect(await t.line(ids.fund)).toEqual(fund);
  });

  it('given a line that is not the revolving fund, when an advance or a recovery is posted on it, then 422 NOT_A_REVOLVING_FUND and nothing is recorded', async () => {
    const caseId = await openCase();
    const line = await t.line(ids.personnel);
    const head = await t.headPosition();

    expectProblem(await advance(ids.personnel, caseId), 422, 'NOT_A_REVOLVING_FUND', 'lineId');
    expectProblem(await recover(ids.personnel, caseId), 422, 'NOT_A_REVOLVING_FUND', 'lineId');

    expect(await t.headPosition()).toBe(head);
    expect(await t.line(ids.personnel)).toEqual(line);
  });

  it('given a resolved case, when an advance is paid for it, then 409 CASE_ALREADY_RESOLVED and nothing is recorded', async () => {
    const caseId = await openCase();
    expectStatus(await resolveCase(caseId), 201);
    const fund = await t.line(ids.fund);
    const head = await t.headPosition();

    const res = await advance(ids.fund, caseId);

    expectProblem(res, 409, 'CASE_ALREADY_RESOLVED', 'caseId');
    expect(await t.headPosition()).toBe(head);
    expect(await t.line(ids.fund)).toEqual(fund);
  });

  const advanceRows: [name: string, caseId: string | null, body: Record<string, unknown>, status: number, code: string, field: string][] = [
    ['no such case → 404 CASE_NOT_FOUND', '00000000-0000-4000-8000-000000000000', {}, 404, 'CASE_NOT_FOUND', 'caseId'],
    ['a caseId that is not a UUID → 400', 'case-1', {}, 400, 'VALIDATION_FAILED', 'caseId'],
    ['an advance dated before the case was reported → 422 ADVANCE_BEFORE_REPORT', null, { effectiveDate: '2023-05-01' }, 422, 'ADVANCE_BEFORE_REPORT', 'effectiveDate'],
  ];
  it.each(advanceRows)('given %s, when an advance is paid, then nothing is recorded', async (_, given, body, status, code, field) => {
    const caseId = given ?? await openCase();
    const head = await t.headPosition();

    expectProblem(await advance(ids.fund, caseId, body), status, code, field);
    expect(await t.headPosition()).toBe(head);
  });

  it('given open and resolved cases, when listed, then each appears with its status, newest first, filtered by status and by the reader\'s units', async () => {
    const open = await reportCase({ employer: '某物业服务有限公司', amountOwed: '5200.50', effectiveDate: '2023-08-01' });
    const closed = await reportCase({ employer: '某装饰工程有限公司', effectiveDate: '2023-08-02' });
    expectStatus(open, 201);
    expectStatus(closed, 201);
    const resolved = await resolveCase(closed.body.caseId, { effectiveDate: '2023-08-10', amountSettled: '186000.00' });
    expectStatus(resolved, 201);

    const all = await t.http.get(`/api/v1/wage-arrears-cases?minPosition=${resolved.body.position}`);
    const openOnly = await t.http.get('/api/v1/wage-arrears-cases?status=open');

    expectStatus(all, 200);
    const byId = new Map(all.body.cases.map((c: { caseId: string }) => [c.caseId, c]));
    expect(byId.get(open.body.caseId)).toMatchObject({ unit: '426006', employer: '某物业服务有限公司', amountOwed: '5200.50', reportedOn: '2023-08-01', status: 'open' });
    expect(byId.get(closed.body.caseId)).toMatchObject({ status: 'resolved', resolvedOn: '2023-08-10', resolution: 'employer_paid', amountSettled: '186000.00' });
    expect(all.body.cases[0].reportedOn >= all.body.cases[all.body.cases.length - 1].reportedOn).toBe(true);
    expect(openOnly.body.cases.every((c: { status: string }) => c.status === 'open')).toBe(true);
    expect(openOnly.body.cases.some((c: { caseId: string }) => c.caseId === closed.body.caseId)).toBe(false);
    const elsewhere = await t.httpAs({ role: 'accountant', units: ['426001'] });
    expect((await elsewhere.get('/api/v1/wage-arrears-cases')).body.cases).toEqual([]);
    expectProblem(await elsewhere.get('/api/v1/wage-arrears-cases?unit=426006'), 403, 'UNIT_OUT_OF_SCOPE');
  });
});
