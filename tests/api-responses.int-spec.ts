import { importDemoBudgetIfAbsent } from '../src/demo-budget';
import { alerting, onlyRules } from './support/alerting';
import { budgetDocument } from './support/budget-document';
import { ENGLISH_HEADER, csvFile } from './support/disbursement-files';
import { OpenApiDocument, ResponseSchemas } from './support/response-schemas';
import { Http, TEST_PASSWORD, TestApp, expectStatus, startTestApp } from './support/test-app';

jest.setTimeout(180_000);

type Method = 'GET' | 'POST' | 'PUT';
/** One call: the route as the document names it, the request as sent, the status expected. */
interface Call { method: Method; route: string; url: string; status: number; body?: object; as?: 'manager' | 'accountant'; file?: Buffer }

/**
 * The response DTOs say what the controllers answer: every JSON endpoint is called on a realistic app (the 2023
 * demo budget with payments, a reversal, adjustments, a transfer, wage-arrears cases, an advance and a recovery,
 * indicator reports, alerts raised as of 30 June, a silence, subscriptions, users, an import) and each answer is
 * validated against the schema its route declares in /api/docs-json (required, nullable and types; objects open).
 * support/controller-answers.ts checks the same at compile time, where the controllers' return types allow.
 */
describe('JSON answers match their OpenAPI response schemas (e2e)', () => {
  let t: TestApp;
  let schemas: ResponseSchemas;
  let doc: OpenApiDocument;
  const agents: Partial<Record<'manager' | 'accountant', Http>> = {};
  const ids = {
    line: '', otherLine: '', fundLine: '', project: '', indicator: '', revisable: '', caseId: '', openCase: '', disbursement: '',
    alert: '', otherAlert: '', silence: '', importId: '',
  };
  const sent: string[] = [];

  const call = async (c: Call) => {
    const agent = c.as ? agents[c.as]! : t.http;
    let req = c.method === 'GET' ? agent.get(c.url) : c.method === 'PUT' ? agent.put(c.url) : agent.post(c.url);
    if (c.file) req = req.attach('file', c.file, 'payments.csv');
    else if (c.method !== 'GET') req = req.send(c.body ?? {});
    const res = await req;
    expectStatus(res, c.status);
    sent.push(`${c.method.toLowerCase()} ${c.route}`);
    return { res, errors: schemas.errors(c.method, c.route, c.status, res.body) };
  };
  const conforms = async (c: Call) => {
    const { res, errors } = await call(c);
    expect({ call: `${c.method} ${c.url}`, errors }).toEqual({ call: `${c.method} ${c.url}`, errors: [] });
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp({ ALERT_SETTINGS: onlyRules({ execution_lag: { levels: ['project', 'unit'] }, indicator_light: {} }) });
    await t.redisReady();
    await alerting(t).worker().pause(); // only the run below evaluates
    doc = (await t.anonymous.get('/api/docs-json')).body;
    schemas = new ResponseSchemas(doc);
    await importDemoBudgetIfAbsent(t.app);
    agents.manager = await t.httpAs({ role: 'manager', units: 'all', username: 'fuze', displayName: '王负责' });
    agents.accountant = await t.httpAs({ role: 'accountant', units: ['426006'], username: 'kuaiji426006', displayName: '张会计' });

    const lines = (await t.http.get('/api/v1/execution?asOf=2023-12-31&groupBy=line&unit=426006&type=project')).body.rows as { key: string }[];
    ids.fundLine = (await t.http.get('/api/v1/revolving-fund/position?asOf=2023-12-31')).body.lineIds[0];
    [ids.line, ids.otherLine] = lines.map((l) => l.key).filter((k) => k !== ids.fundLine);
    ids.project = (await t.http.get(`/api/v1/lines/${ids.line}`)).body.project;
    const indicators = (await t.http.get('/api/v1/indicators?asOf=2023-12-31')).body.indicators as { indicatorId: string; derived: boolean; comparator: string }[];
    ids.indicator = indicators.find((i) => !i.derived && i.comparator === 'ge')!.indicatorId;
    ids.revisable = indicators.find((i) => !i.derived && i.comparator === 'ge' && i.indicatorId !== ids.indicator)!.indicatorId;
    for (const [i, unit] of ['426006', '426006', '426006'].entries()) {
      const res = await t.http.post('/api/v1/wage-arrears-cases').send({ unit, employer: `某劳务公司${i}`, workersAffected: 3, amountOwed: '9000.00', effectiveDate: '2023-05-10' });
      expectStatus(res, 201);
      if (i === 0) ids.caseId = res.body.caseId;
      if (i === 1) ids.openCase = res.body.caseId;
    }
    expectStatus(await t.http.post(`/api/v1/wage-arrears-cases/${ids.caseId}/resolution`).send({ resolution: 'employer_paid', effectiveDate: '2023-06-01' }), 201);
    await alerting(t).evaluation.run({ now: new Date(), asOf: '2023-06-30', runId: 'june' });
    const alerts = (await t.http.get(`/api/v1/alerts?status=open&fiscalYear=2023&limit=5&minPosition=${await t.headPosition()}`)).body.alerts as { alertId: string }[];
    expect(alerts.length).toBeGreaterThanOrEqual(2);
    [ids.alert, ids.otherAlert] = alerts.map((a) => a.alertId);
  });
  afterAll(async () => { await t?.close(); });

  it('commands: payments, reversals, adjustments, transfers, cases, the fund, indicators', async () => {
    const paid = await conforms({ method: 'POST', route: '/api/v1/lines/{lineId}/disbursements', url: `/api/v1/lines/${ids.line}/disbursements`, status: 201,
      body: { amount: '1200.00', effectiveDate: '2023-06-15', voucherNo: '记-2023-06-0001', payee: '某培训学校', subsidyCategory: '职业培训补贴', beneficiaries: 4 } });
    await conforms({ method: 'POST', route: '/api/v1/lines/{lineId}/disbursements', url: `/api/v1/lines/${ids.line}/disbursements`, status: 201,
      body: { amount: '800.00', effectiveDate: '2023-06-16', voucherNo: '记-2023-06-0002' } });
    const line = await conforms({ method: 'GET', route: '/api/v1/lines/{lineId}/disbursements', url: `/api/v1/lines/${ids.line}/disbursements`, status: 200 });
    ids.disbursement = line.disbursements.find((d: { voucherNo: string }) => d.voucherNo === '记-2023-06-0002').disbursementId;
    expect(paid.replayed).toBe(false);
    await conforms({ method: 'POST', route: '/api/v1/lines/{lineId}/disbursements/{disbursementId}/reversals', url: `/api/v1/lines/${ids.line}/disbursements/${ids.disbursement}/reversals`, status: 201,
      body: { effectiveDate: '2023-06-20', reason: '重复支付，原路退回' } });
    const months = ['0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00'];
    months[11] = ((await t.http.get(`/api/v1/lines/${ids.line}`)).body as { appropriated: string }).appropriated;
    await conforms({ method: 'PUT', route: '/api/v1/lines/{lineId}/spending-plan', url: `/api/v1/lines/${ids.line}/spending-plan`, status: 200,
      body: { months, effectiveDate: '2023-03-31', reason: '年底集中支付' } });
    const plan = await conforms({ method: 'GET', route: '/api/v1/lines/{lineId}/spending-plan', url: `/api/v1/lines/${ids.line}/spending-plan?asOf=2023-03-31&minPosition=${await t.headPosition()}`, status: 200 });
    expect(plan.inForce.revision).toBe(1);
    await conforms({ method: 'POST', route: '/api/v1/lines/{lineId}/increases', url: `/api/v1/lines/${ids.line}/increases`, status: 201, body: { amount: '5000.00', effectiveDate: '2023-04-01', reason: '追加' } });
    await conforms({ method: 'POST', route: '/api/v1/lines/{lineId}/decreases', url: `/api/v1/lines/${ids.line}/decreases`, status: 201, body: { amount: '1000.00', effectiveDate: '2023-04-02', reason: '调减' } });
    await conforms({ method: 'POST', route: '/api/v1/transfers', url: '/api/v1/transfers', status: 201,
      body: { fromLineId: ids.line, toLineId: ids.otherLine, amount: '500.00', effectiveDate: '2023-04-03', reason: '调剂', documentNo: '潼财社〔2023〕52号' } });
    await conforms({ method: 'POST', route: '/api/v1/wage-arrears-cases', url: '/api/v1/wage-arrears-cases', status: 201,
      body: { unit: '426006', employer: '某建筑公司', workersAffected: 5, amountOwed: '15000.00', effectiveDate: '2023-06-02' } });
    await conforms({ method: 'POST', route: '/api/v1/lines/{lineId}/fund-advances', url: `/api/v1/lines/${ids.fundLine}/fund-advances`, status: 201,
      body: { caseId: ids.openCase, amount: '6000.00', workers: 3, effectiveDate: '2023-05-15' } });
    await conforms({ method: 'POST', route: '/api/v1/lines/{lineId}/fund-recoveries', url: `/api/v1/lines/${ids.fundLine}/fund-recoveries`, status: 201,
      body: { caseId: ids.openCase, amount: '2000.00', effectiveDate: '2023-05-20' } });
    await conforms({ method: 'POST', route: '/api/v1/indicators/{fiscalYear}/{indicatorId}/progress-reports', url: `/api/v1/indicators/2023/${ids.indicator}/progress-reports`, status: 201,
      body: { asOf: '2023-06-30', value: '1', deviationReason: '上半年进度偏慢' } });
    await conforms({ method: 'POST', route: '/api/v1/indicators/{fiscalYear}/{indicatorId}/target-revisions', url: `/api/v1/indicators/2023/${ids.revisable}/target-revisions`, status: 201,
      body: { target: '3', reason: '调整年度目标', effectiveDate: '2023-07-01' } });
    await conforms({ method: 'POST', route: '/api/v1/wage-arrears-cases/{caseId}/resolution', url: `/api/v1/wage-arrears-cases/${ids.openCase}/resolution`, status: 201,
      body: { resolution: 'fund_advance', amountSettled: '6000.00', effectiveDate: '2023-06-25' } });
  });

  it('the dashboard\'s reads: execution, curve, indicators, scorecards, lines, wage arrears, the fund, budgets', async () => {
    const at = `asOf=2023-06-30&minPosition=${await t.headPosition()}`;
    for (const groupBy of ['department', 'unit', 'project', 'line', 'type']) {
      await conforms({ method: 'GET', route: '/api/v1/execution', url: `/api/v1/execution?${at}&groupBy=${groupBy}`, status: 200 });
    }
    await conforms({ method: 'GET', route: '/api/v1/execution', url: `/api/v1/execution?${at}&groupBy=functional&level=2`, status: 200 });
    // a year without a budget: no rows, and a curve of nulls
    await conforms({ method: 'GET', route: '/api/v1/execution', url: '/api/v1/execution?asOf=2021-06-30&groupBy=unit', status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/execution/curve', url: `/api/v1/execution/curve?${at}&unit=426006`, status: 200 });
    const listed = await conforms({ method: 'GET', route: '/api/v1/indicators', url: `/api/v1/indicators?${at}`, status: 200 });
    expect(listed.indicators.some((i: { light: string | null }) => i.light === null)).toBe(true);
    await conforms({ method: 'GET', route: '/api/v1/projects/{code}/scorecard', url: `/api/v1/projects/${ids.project}/scorecard?${at}`, status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/departments/{code}/scorecard', url: `/api/v1/departments/426/scorecard?${at}`, status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/lines/{lineId}', url: `/api/v1/lines/${ids.line}`, status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/lines/{lineId}', url: `/api/v1/lines/${ids.fundLine}`, status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/lines/{lineId}/disbursements', url: `/api/v1/lines/${ids.line}/disbursements?limit=10`, status: 200, as: 'accountant' });
    await conforms({ method: 'GET', route: '/api/v1/lines/{lineId}/adjustments', url: `/api/v1/lines/${ids.line}/adjustments`, status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/wage-arrears/metrics', url: `/api/v1/wage-arrears/metrics?${at}`, status: 200 });
    const fund = await conforms({ method: 'GET', route: '/api/v1/revolving-fund/position', url: `/api/v1/revolving-fund/position?${at}&overdueDays=30`, status: 200 });
    expect(fund.advances.length).toBeGreaterThan(0);
    await conforms({ method: 'GET', route: '/api/v1/beneficiaries', url: `/api/v1/beneficiaries?${at}`, status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/wage-arrears-cases', url: '/api/v1/wage-arrears-cases?status=all&fiscalYear=2023', status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/budgets/{department}/{fiscalYear}', url: '/api/v1/budgets/426/2023', status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/demo-data', url: '/api/v1/demo-data', status: 200 });
    await conforms({ method: 'POST', route: '/api/v1/budget-imports', url: '/api/v1/budget-imports?dryRun=true', status: 200, body: budgetDocument(2024) });
  });

  it('三公经费 and 政府采购: caps and use, the overview, a cap revision, procurement', async () => {
    const at = `asOf=2023-06-30&minPosition=${await t.headPosition()}`;
    const caps = await conforms({ method: 'GET', route: '/api/v1/sangong', url: `/api/v1/sangong?${at}`, status: 200 });
    expect(caps.rows.map((r: { category: string }) => r.category).sort()).toEqual(['abroad', 'reception', 'vehicle_operation', 'vehicle_purchase']);
    await conforms({ method: 'GET', route: '/api/v1/sangong', url: `/api/v1/sangong?${at}&unit=426006`, status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/sangong/overview', url: `/api/v1/sangong/overview?${at}`, status: 200 });
    const revised = await conforms({ method: 'POST', route: '/api/v1/sangong/{department}/{fiscalYear}/cap-revisions', url: '/api/v1/sangong/426/2023/cap-revisions', status: 201,
      body: { category: 'reception', cap: '130000.00', reason: '年中追加公务接待预算', effectiveDate: '2023-07-01' } });
    await conforms({ method: 'GET', route: '/api/v1/procurement', url: `/api/v1/procurement?asOf=2023-06-30&minPosition=${revised.position}`, status: 200 });
  });

  it('alerts: the list, one alert, acknowledgements, silences', async () => {
    const list = await conforms({ method: 'GET', route: '/api/v1/alerts', url: '/api/v1/alerts?status=all&fiscalYear=2023&limit=200', status: 200 });
    expect(list.alerts.some((a: { now: unknown }) => a.now !== null)).toBe(true);
    await conforms({ method: 'GET', route: '/api/v1/alerts/{alertId}', url: `/api/v1/alerts/${ids.alert}`, status: 200 });
    await conforms({ method: 'POST', route: '/api/v1/alerts/{alertId}/acknowledgement', url: `/api/v1/alerts/${ids.alert}/acknowledgement`, status: 201, body: { note: '已督促' }, as: 'manager' });
    await conforms({ method: 'POST', route: '/api/v1/alerts/acknowledgements', url: '/api/v1/alerts/acknowledgements', status: 201, body: { alertIds: [ids.alert, ids.otherAlert], note: '已核实' }, as: 'manager' });
    const { silence } = await conforms({ method: 'POST', route: '/api/v1/alert-silences', url: '/api/v1/alert-silences', status: 201,
      body: { alertIds: [ids.otherAlert], endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10), reason: '项目调整已报批' }, as: 'manager' });
    await conforms({ method: 'POST', route: '/api/v1/alert-silences', url: '/api/v1/alert-silences', status: 201,
      body: { unit: '426006', rule: 'execution_lag', endsAt: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10), reason: '年中调整' } });
    // acknowledged, silenced: the detail now carries who and until when
    const detail = await conforms({ method: 'GET', route: '/api/v1/alerts/{alertId}', url: `/api/v1/alerts/${ids.otherAlert}?minPosition=${await t.headPosition()}`, status: 200 });
    expect(detail.acknowledgedBy).not.toBeNull();
    await conforms({ method: 'POST', route: '/api/v1/alert-silences/{silenceId}/lift', url: `/api/v1/alert-silences/${silence.silenceId}/lift`, status: 200, body: { reason: '调整已批复' }, as: 'manager' });
    await conforms({ method: 'GET', route: '/api/v1/alert-silences', url: '/api/v1/alert-silences?status=all', status: 200 });
  });

  it('people: users, sessions, subscriptions', async () => {
    await conforms({ method: 'GET', route: '/api/v1/auth/me', url: '/api/v1/auth/me', status: 200, as: 'accountant' });
    await conforms({ method: 'POST', route: '/api/v1/users', url: '/api/v1/users', status: 201, body: { username: 'shenji', displayName: '审计', role: 'auditor', units: 'all' } });
    await conforms({ method: 'POST', route: '/api/v1/users', url: '/api/v1/users', status: 201, body: { username: 'kuaiji2', role: 'accountant', units: ['426002'], password: TEST_PASSWORD } });
    await conforms({ method: 'PUT', route: '/api/v1/users/{username}/role', url: '/api/v1/users/kuaiji2/role', status: 200, body: { role: 'manager', units: ['426002', '426006'] } });
    await conforms({ method: 'POST', route: '/api/v1/users/{username}/password-reset', url: '/api/v1/users/shenji/password-reset', status: 200 });
    await conforms({ method: 'POST', route: '/api/v1/users/{username}/deactivation', url: '/api/v1/users/shenji/deactivation', status: 200, body: { reason: '调离' } });
    await conforms({ method: 'POST', route: '/api/v1/users/{username}/reactivation', url: '/api/v1/users/shenji/reactivation', status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/users', url: '/api/v1/users', status: 200 });
    const session = await conforms({ method: 'POST', route: '/api/v1/auth/login', url: '/api/v1/auth/login', status: 200, body: { username: 'kuaiji2', password: TEST_PASSWORD } });
    const kuaiji2 = (await import('supertest')).default.agent(t.app.getHttpServer()).set('Authorization', `Bearer ${session.token}`);
    const changed = await kuaiji2.post('/api/v1/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'Another-Ledger-2024' });
    expectStatus(changed, 200);
    expect(schemas.errors('POST', '/api/v1/auth/password', 200, changed.body)).toEqual([]);
    sent.push('post /api/v1/auth/password');
    await conforms({ method: 'PUT', route: '/api/v1/alert-subscriptions/me', url: '/api/v1/alert-subscriptions/me', status: 200, body: { email: 'wang@example.gov.cn', units: 'all' }, as: 'manager' });
    await conforms({ method: 'GET', route: '/api/v1/alert-subscriptions/me', url: '/api/v1/alert-subscriptions/me', status: 200, as: 'manager' });
    await conforms({ method: 'PUT', route: '/api/v1/alert-subscriptions/{username}', url: '/api/v1/alert-subscriptions/kuaiji2', status: 200,
      body: { email: 'li@example.gov.cn', units: ['426006'], minSeverity: 'red', delivery: 'each' } });
    await conforms({ method: 'GET', route: '/api/v1/alert-subscriptions', url: '/api/v1/alert-subscriptions', status: 200 });
  });

  it('imports, audit, the event log, operations', async () => {
    const file = csvFile([ENGLISH_HEADER, [ids.line, '300.00', '2023-06-18', 'IMP-0001', '某公司', '导入'], [ids.line, 'abc', '2023-06-18', 'IMP-0002', null, null]], 'utf8');
    const preview = await conforms({ method: 'POST', route: '/api/v1/disbursement-imports', url: '/api/v1/disbursement-imports?dryRun=true&wait=true', status: 200, file, as: 'accountant' });
    await conforms({ method: 'GET', route: '/api/v1/disbursement-imports/{id}', url: `/api/v1/disbursement-imports/${preview.importId}`, status: 200, as: 'accountant' });
    await conforms({ method: 'GET', route: '/api/v1/disbursement-imports/{id}/rows', url: `/api/v1/disbursement-imports/${preview.importId}/rows`, status: 200, as: 'accountant' });
    const good = csvFile([ENGLISH_HEADER, [ids.line, '300.00', '2023-06-18', 'IMP-0001', '某公司', '导入']], 'utf8');
    const checked = await conforms({ method: 'POST', route: '/api/v1/disbursement-imports', url: '/api/v1/disbursement-imports?dryRun=true', status: 202, file: good, as: 'accountant' });
    let job = checked;
    while (job.phase !== 'done' && job.phase !== 'failed') job = (await agents.accountant!.get(`/api/v1/disbursement-imports/${checked.importId}`)).body;
    ids.importId = (await conforms({ method: 'POST', route: '/api/v1/disbursement-imports/{id}/commit', url: `/api/v1/disbursement-imports/${checked.importId}/commit`, status: 202, as: 'accountant' })).importId;

    await conforms({ method: 'GET', route: '/api/v1/audit/lines/{lineId}', url: `/api/v1/audit/lines/${ids.line}`, status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/audit/disbursements/{disbursementId}', url: `/api/v1/audit/disbursements/${ids.disbursement}`, status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/audit/indicators/{fiscalYear}/{indicatorId}', url: `/api/v1/audit/indicators/2023/${ids.indicator}`, status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/audit/wage-arrears-cases/{caseId}', url: `/api/v1/audit/wage-arrears-cases/${ids.openCase}`, status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/events', url: '/api/v1/events?limit=50', status: 200 });
    await conforms({ method: 'GET', route: '/health', url: '/health', status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/outbox', url: '/api/v1/outbox', status: 200 });
    await conforms({ method: 'GET', route: '/api/v1/notifications/dead-letters', url: '/api/v1/notifications/dead-letters', status: 200 });
  });

  it('year end: the years, the close, 决算, 同期对比, reopening (after every 2023 command above)', async () => {
    // the spreadsheet committed above records in 2023: it is done before the year is closed
    let job = (await agents.accountant!.get(`/api/v1/disbursement-imports/${ids.importId}`)).body;
    while (job.phase !== 'done' && job.phase !== 'failed') job = (await agents.accountant!.get(`/api/v1/disbursement-imports/${ids.importId}`)).body;
    type Year = { fiscalYear: number; status: string };
    const open = await conforms({ method: 'GET', route: '/api/v1/fiscal-years', url: `/api/v1/fiscal-years?minPosition=${await t.headPosition()}`, status: 200 });
    expect(open.years.find((y: Year) => y.fiscalYear === 2023)?.status).toBe('open');
    await conforms({ method: 'GET', route: '/api/v1/fiscal-years/{year}', url: '/api/v1/fiscal-years/2023', status: 200 });
    // a year without lines: each year's figures are zero and its rates null
    await conforms({ method: 'GET', route: '/api/v1/execution/compare', url: '/api/v1/execution/compare?asOf=2022-06-30', status: 200 });

    const closed = await conforms({ method: 'POST', route: '/api/v1/fiscal-years/{year}/close', url: '/api/v1/fiscal-years/2023/close', status: 201,
      body: { reason: '2023 年度年终结账', rules: { kinds: { 结转项目: 'lapse' }, projects: { P05: 'lapse' } } } });
    expect(closed).toMatchObject({ fiscalYear: 2023, early: false, warnings: [] });
    const years = await conforms({ method: 'GET', route: '/api/v1/fiscal-years', url: `/api/v1/fiscal-years?minPosition=${closed.position}`, status: 200 });
    expect(years.years.filter((y: Year) => y.fiscalYear >= 2023).map((y: Year) => [y.fiscalYear, y.status])).toEqual([[2023, 'closed'], [2024, 'open']]);
    const year = await conforms({ method: 'GET', route: '/api/v1/fiscal-years/{year}', url: `/api/v1/fiscal-years/2023?minPosition=${closed.position}`, status: 200 });
    expect(year.history.map((h: { kind: string }) => h.kind)).toEqual(['locked', 'closed']);
    for (const query of ['', 'groupBy=line', 'groupBy=project', 'groupBy=functional&level=3', 'groupBy=economic&level=1', 'groupBy=source', 'groupBy=type']) {
      await conforms({ method: 'GET', route: '/api/v1/fiscal-years/{year}/final-accounts', url: `/api/v1/fiscal-years/2023/final-accounts?${query}`, status: 200 });
    }
    const scoped = await conforms({ method: 'GET', route: '/api/v1/fiscal-years/{year}/final-accounts', url: '/api/v1/fiscal-years/2023/final-accounts?groupBy=project', status: 200, as: 'accountant' });
    expect(scoped.scores.every((s: { scope: string }) => s.scope === 'project')).toBe(true);

    const compared = await conforms({ method: 'GET', route: '/api/v1/execution/compare', url: `/api/v1/execution/compare?project=${ids.project}&years=2023,2024&asOf=2024-06-30`, status: 200 });
    expect(compared.changes).toHaveLength(1);
    const followed = await conforms({ method: 'GET', route: '/api/v1/execution/compare', url: `/api/v1/execution/compare?line=${ids.line}&years=2023,2024&asOf=2024-12-31`, status: 200 });
    expect(followed.lineKey).toBeDefined();
    await conforms({ method: 'GET', route: '/api/v1/execution/compare', url: '/api/v1/execution/compare?unit=426006&years=2023,2024&asOf=2023-12-31&basis=day', status: 200, as: 'accountant' });

    const reopened = await conforms({ method: 'POST', route: '/api/v1/fiscal-years/{year}/reopen', url: '/api/v1/fiscal-years/2023/reopen', status: 201, body: { reason: '补记 12 月漏记支付' } });
    const again = await conforms({ method: 'GET', route: '/api/v1/fiscal-years/{year}', url: `/api/v1/fiscal-years/2023?minPosition=${reopened.position}`, status: 200 });
    expect(again).toMatchObject({ status: 'open', totals: null });
  });

  it('every JSON answer the document declares was called above (but retrying a dead letter, which needs an e-mail that failed for good)', () => {
    const declared = Object.entries(doc.paths).flatMap(([route, ops]) => Object.entries(ops)
      .filter(([, op]) => Object.values(op.responses ?? {}).some((r) => r.content?.['application/json']))
      .map(([method]) => `${method} ${route}`));
    const missed = declared.filter((d) => !sent.includes(d));
    expect(missed).toEqual(['post /api/v1/notifications/dead-letters/{jobId}/retry']);
  });
});
