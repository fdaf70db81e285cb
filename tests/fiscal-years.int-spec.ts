import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { Money } from '@app/domain';
import { ApiModule } from '../apps/api/src/api.module';
import { importDemoBudgetIfAbsent } from '../src/demo-budget';
import { budgetDocument, supplementaryDocument } from './support/budget-document';
import { budget2024 } from './support/budget-2024';
import { CHINESE_HEADER, csvFile } from './support/disbursement-files';
import { ReadCell, binary, readCsv, readXlsx, rowOf } from './support/read-spreadsheet';
import { Http, TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

const BASIC = '426002-2023-B-2080150-30101';
const P29 = '426002-2023-P29';
const P30 = '426002-2023-P30';
const P41 = '426002-2023-P41';
const P05 = '426001-2023-P05';
const FUND = '426006-2023-P09';
const RULES = { kinds: { 结转项目: 'lapse' }, projects: { P05: 'lapse' } };
const yuan = (v: string) => new Money(v);

/**
 * 年终结账 end to end on the 2023 demo budget with a year of activity, and a 2024 budget (from the seed's 2022
 * column) beside it: the close's errors record nothing; the close settles every line to the cent and carries into
 * 2024's 上年结转 lines; then every command endpoint answers 409 FISCAL_YEAR_CLOSED for 2023 (one request each,
 * nothing recorded) while 2024 goes on; 决算, its exports and the frozen scores; reopening and closing again;
 * 同期对比 across the two years; an early close of the current year.
 */
describe('closing a fiscal year (e2e)', () => {
  let t: TestApp;
  let accountant: Http;
  let disbursementId = '';
  let basicPayment = '';
  let caseId = '';
  let openCaseId = '';
  let preview = '';
  let closedAt = 0;

  const post = (path: string, body: object) => t.http.post(`/api/v1${path}`).send(body);
  const pay = (lineId: string, amount: string, effectiveDate: string, voucherNo: string) => post(`/lines/${lineId}/disbursements`, { amount, effectiveDate, voucherNo });
  const get = async (path: string) => {
    const res = await t.http.get(`/api/v1${path}${path.includes('?') ? '&' : '?'}minPosition=${await t.headPosition()}`);
    expectStatus(res, 200);
    return res.body;
  };
  const file = (path: string) => t.http.get(`/api/v1/exports/${path}`).buffer(true).parse(binary);
  /** Runs a request that must be refused, and asserts that nothing was recorded. */
  async function refused(request: PromiseLike<{ status: number; body: unknown; headers: Record<string, string> }>, status: number, code: string, field?: string): Promise<{ body: any }> {
    const head = await t.headPosition();
    const res = await request;
    expectProblem(res as never, status, code, field);
    expect(await t.headPosition()).toBe(head);
    return res;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await importDemoBudgetIfAbsent(t.app);
    accountant = await t.httpAs({ role: 'accountant', units: ['426002', '426006'] });
    // a year of activity: payments, a reversal, 追加, 调剂, a wage case with an advance partly recovered, a report
    const paid = await pay(BASIC, '100000.00', '2023-03-05', '记-2023-001');
    expectStatus(paid, 201);
    [basicPayment] = paid.body.eventIds;
    const project = await pay(P29, '123456.78', '2023-04-01', '记-2023-002');
    expectStatus(project, 201);
    [disbursementId] = project.body.eventIds;
    expectStatus(await post(`/lines/${P29}/disbursements/${disbursementId}/reversals`, { amount: '0.78', reason: '多付退回', effectiveDate: '2023-04-02' }), 201);
    expectStatus(await post(`/lines/${P29}/increases`, { amount: '10000.00', reason: '追加调研经费', effectiveDate: '2023-05-01' }), 201);
    expectStatus(await post('/transfers', { fromLineId: P30, toLineId: P29, amount: '5000.00', reason: '调剂', effectiveDate: '2023-05-02' }), 201);
    const reported = await post('/wage-arrears-cases', { unit: '426006', employer: '某建筑劳务有限公司', workersAffected: 4, amountOwed: '9000.00', effectiveDate: '2023-05-01' });
    expectStatus(reported, 201);
    caseId = reported.body.caseId;
    expectStatus(await post(`/lines/${FUND}/fund-advances`, { caseId, amount: '8000.00', workers: 4, effectiveDate: '2023-05-02' }), 201);
    expectStatus(await post(`/lines/${FUND}/fund-recoveries`, { caseId, amount: '3000.00', effectiveDate: '2023-06-01' }), 201);
    const other = await post('/wage-arrears-cases', { unit: '426006', employer: '某制衣厂', workersAffected: 2, amountOwed: '3000.00', effectiveDate: '2023-11-01' });
    expectStatus(other, 201);
    openCaseId = other.body.caseId;
    expectStatus(await post('/indicators/2023/P29-01/progress-reports', { asOf: '2023-12-31', value: '80' }), 201);
    // a spreadsheet previewed before the close, committed after it
    const previewed = await accountant.post('/api/v1/disbursement-imports').query({ wait: 'true' })
      .attach('file', csvFile([CHINESE_HEADER, ['P29', null, null, null, '10.00', '2023-12-20', '记-2023-900', '张三', '调研', null, null, '426002']], 'utf8'), 'pay.csv');
    expectStatus(previewed, 200);
    expect(previewed.body.report.rows).toMatchObject({ ok: 1, errors: 0 });
    preview = previewed.body.importId;
    // 2024 beside 2023
    await t.importBudget(budget2024() as never);
  }, 240_000);
  afterAll(async () => { await t?.close(); });

  describe('refusals before the close record nothing', () => {
    it('reopening an open year', async () => {
      await refused(post('/fiscal-years/2023/reopen', { reason: '补记' }), 409, 'FISCAL_YEAR_NOT_CLOSED', 'year');
    });

    it('结转 of a basic line, naming the line', async () => {
      const res = await refused(post('/fiscal-years/2023/close', { reason: '年终结账', rules: { lines: { [BASIC]: 'carry' } } }), 422, 'BASIC_LINE_CANNOT_CARRY', `rules.lines.${BASIC}`);
      expect(res.body.details).toEqual({ lineId: BASIC });
      await refused(post('/fiscal-years/2023/close', { reason: '年终结账', rules: { basic: 'carry' } }), 422, 'BASIC_LINE_CANNOT_CARRY', 'rules.basic');
    });

    it('rules naming what the year does not have', async () => {
      await refused(post('/fiscal-years/2023/close', { reason: '年终结账', rules: { projects: { P99: 'carry' } } }), 422, 'UNKNOWN_PROJECT', 'rules.projects.P99');
      await refused(post('/fiscal-years/2023/close', { reason: '年终结账', rules: { kinds: { 不存在: 'carry' } } }), 422, 'UNKNOWN_PROJECT_KIND', 'rules.kinds.不存在');
      await refused(post('/fiscal-years/2023/close', { reason: '年终结账', rules: { project: 'keep' } }), 400, 'VALIDATION_FAILED', 'rules.project');
    });

    it('a close without a reason, by someone who is not an admin, of a year without a budget', async () => {
      await refused(post('/fiscal-years/2023/close', {}), 400, 'VALIDATION_FAILED', 'reason');
      const head = await t.headPosition();
      expectStatus(await accountant.post('/api/v1/fiscal-years/2023/close').send({ reason: '年终结账' }), 403);
      expect(await t.headPosition()).toBe(head);
      await refused(post('/fiscal-years/2022/close', { reason: '年终结账' }), 404, 'BUDGET_NOT_FOUND', 'year');
      await refused(post('/fiscal-years/20x3/close', { reason: '年终结账' }), 422, 'INVALID_FISCAL_YEAR', 'year');
    });
  });

  describe('the close', () => {
    let close: { position: number; early: boolean; warnings: string[] };

    beforeAll(async () => {
      const res = await post('/fiscal-years/2023/close', { reason: '2023 年度年终结账', rules: RULES });
      expectStatus(res, 201);
      close = res.body;
      closedAt = close.position;
    }, 180_000);

    it('records who, when and why; the year reads closed, 2024 open', async () => {
      expect(close).toMatchObject({ early: false, warnings: [] });
      const year = await get('/fiscal-years/2023');
      expect(year).toMatchObject({ fiscalYear: 2023, status: 'closed', reason: '2023 年度年终结账', closedBy: 'admin', asOf: '2023-12-31', early: false, rules: RULES });
      expect(year.history.map((h: { kind: string; actor: string; reason: string }) => [h.kind, h.actor, h.reason]))
        .toEqual([['locked', 'admin', '2023 年度年终结账'], ['closed', 'admin', '2023 年度年终结账']]);
      const years = await get('/fiscal-years');
      expect(years.years.map((y: { fiscalYear: number; status: string }) => [y.fiscalYear, y.status])).toEqual([[2023, 'closed'], [2024, 'open']]);
    });

    it('settles every line to the cent: Σ unspent = Σ 结转 + Σ 结余 = appropriated − disbursed (net of reversals)', async () => {
      const { totals } = await get('/fiscal-years/2023');
      expect(totals.appropriated).toBe('92107300.00'); // 9209.73 万元 + 追加 10,000.00 (调剂 moves, adds nothing)
      expect(totals.disbursed).toBe('223456.00'); // 100,000.00 + 123,456.78 − 0.78
      expect(totals.unspent).toBe('91883844.00');
      expect(yuan(totals.carriedForward).plus(totals.lapsed).toFixed(2)).toBe(totals.unspent);
      expect(totals.advancesOutstanding).toBe('5000.00');
      const lines = (await get('/fiscal-years/2023/final-accounts?groupBy=line')).rows;
      const line = (id: string) => lines.find((l: { key: string }) => l.key === id);
      expect(line(BASIC)).toMatchObject({ appropriated: '255000.00', disbursed: '100000.00', unspent: '155000.00', carriedForward: '0.00', lapsed: '155000.00' });
      expect(line(P29)).toMatchObject({ appropriated: '615000.00', disbursed: '123456.00', unspent: '491544.00', carriedForward: '491544.00', lapsed: '0.00', reversed: '0.78', increased: '10000.00', transferredIn: '5000.00' });
      expect(line(P41)).toMatchObject({ carriedForward: '0.00', lapsed: '12900.00' }); // kind 结转项目 → 结余
      expect(line(P05)).toMatchObject({ carriedForward: '0.00', lapsed: '680000.00' }); // project override
      // the fund carries its cash and the 5,000.00 still owed by the employer
      expect(line(FUND)).toMatchObject({ unspent: '5000000.00', advancesOutstanding: '5000.00', carriedForward: '5000000.00' });
    });

    it('结转 makes 2024 lines funded by 上年结转, linked to their origin; the fund\'s carried advance is recovered there', async () => {
      expect(await t.line('426002-2024-JZ-P29')).toMatchObject({ appropriated: '491544.00', available: '491544.00', carriedFrom: P29, fundingSource: '上年结转' });
      expect(await t.line('426006-2024-JZ-P09')).toMatchObject({ appropriated: '5000000.00', advancesOutstanding: '5000.00', available: '4995000.00', revolvingFund: true });
      expectStatus(await post('/lines/426006-2024-JZ-P09/fund-recoveries', { caseId, amount: '5000.00', effectiveDate: '2024-03-01' }), 201);
      const bySource = await get('/execution?fiscalYear=2024&asOf=2024-12-31&groupBy=source');
      const { totals } = await get('/fiscal-years/2023');
      expect(bySource.rows.map((r: { key: string; appropriated: string }) => [r.key, r.appropriated])).toEqual([
        ['一般公共预算拨款', '86922300.00'], ['上年结转', totals.carriedForward],
      ]);
    });

    it('closing it twice is refused, naming the year', async () => {
      await refused(post('/fiscal-years/2023/close', { reason: '再结一次' }), 409, 'FISCAL_YEAR_ALREADY_CLOSED', 'year');
    });
  });

  describe('in the closed year, every command answers 409 FISCAL_YEAR_CLOSED and records nothing', () => {
    const WALKED: [string, string, () => PromiseLike<{ status: number; body: unknown; headers: Record<string, string> }>][] = [
      ['POST', '/api/v1/lines/:lineId/disbursements', () => pay(P29, '10.00', '2023-12-30', '记-2023-999')],
      ['POST', '/api/v1/lines/:lineId/disbursements/:disbursementId/reversals', () => post(`/lines/${BASIC}/disbursements/${basicPayment}/reversals`, { reason: '冲销', effectiveDate: '2023-12-30' })],
      ['POST', '/api/v1/lines/:lineId/increases', () => post(`/lines/${P29}/increases`, { amount: '1.00', reason: '追加', effectiveDate: '2023-12-30' })],
      ['POST', '/api/v1/lines/:lineId/decreases', () => post(`/lines/${P29}/decreases`, { amount: '1.00', reason: '调减', effectiveDate: '2023-12-30' })],
      ['POST', '/api/v1/transfers', () => post('/transfers', { fromLineId: P30, toLineId: P29, amount: '1.00', reason: '调剂', effectiveDate: '2023-12-30' })],
      ['POST', '/api/v1/lines/:lineId/fund-advances', () => post(`/lines/${FUND}/fund-advances`, { caseId: openCaseId, amount: '100.00', workers: 1, effectiveDate: '2023-12-30' })],
      ['POST', '/api/v1/lines/:lineId/fund-recoveries', () => post(`/lines/${FUND}/fund-recoveries`, { caseId, amount: '1.00', effectiveDate: '2023-12-30' })],
      ['POST', '/api/v1/wage-arrears-cases', () => post('/wage-arrears-cases', { unit: '426006', employer: '某公司', workersAffected: 1, amountOwed: '100.00', effectiveDate: '2023-12-30' })],
      ['POST', '/api/v1/wage-arrears-cases/:caseId/resolution', () => post(`/wage-arrears-cases/${openCaseId}/resolution`, { resolution: 'employer_paid', effectiveDate: '2023-12-30' })],
      ['POST', '/api/v1/indicators/:fiscalYear/:indicatorId/progress-reports', () => post('/indicators/2023/P29-02/progress-reports', { asOf: '2023-12-30', value: '1' })],
      ['POST', '/api/v1/indicators/:fiscalYear/:indicatorId/target-revisions', () => post('/indicators/2023/P29-02/target-revisions', { target: '2', reason: '调整', effectiveDate: '2023-12-30' })],
      ['POST', '/api/v1/budget-imports', () => t.http.post('/api/v1/budget-imports?dryRun=false').send(supplementaryDocument(2023))],
      ['PUT', '/api/v1/lines/:lineId/spending-plan', async () => {
        // a plan that adds up, so that only the closed year refuses it
        const { appropriated } = (await t.http.get(`/api/v1/lines/${P29}`)).body as { appropriated: string };
        return t.http.put(`/api/v1/lines/${P29}/spending-plan`).send({ months: [...Array(11).fill('0.00'), appropriated], effectiveDate: '2023-12-30' });
      }],
      ['POST', '/api/v1/sangong/:department/:fiscalYear/cap-revisions', () => post('/sangong/426/2023/cap-revisions', { category: 'reception', cap: '130000.00', reason: '调整', effectiveDate: '2023-12-30' })],
    ];
    /** Command endpoints that record no fact of a fiscal year: accounts, alerts and their e-mail, the close itself. */
    const YEARLESS = [
      'POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'POST /api/v1/auth/password', 'POST /api/v1/users', 'PUT /api/v1/users/:username/role',
      'POST /api/v1/users/:username/password-reset', 'POST /api/v1/users/:username/deactivation', 'POST /api/v1/users/:username/reactivation',
      'POST /api/v1/alerts/:alertId/acknowledgement', 'POST /api/v1/alerts/acknowledgements', 'POST /api/v1/alert-silences', 'POST /api/v1/alert-silences/:silenceId/lift',
      'PUT /api/v1/alert-subscriptions/me', 'DELETE /api/v1/alert-subscriptions/me', 'PUT /api/v1/alert-subscriptions/:username',
      'POST /api/v1/notifications/dead-letters/:jobId/retry', 'POST /api/v1/fiscal-years/:year/close', 'POST /api/v1/fiscal-years/:year/reopen',
    ];
    /** walked below with the spreadsheets */
    const IMPORTS = ['POST /api/v1/disbursement-imports', 'POST /api/v1/disbursement-imports/:id/commit'];

    it('the walk covers every command endpoint of the API', () => {
      const commands = commandRoutes();
      expect(commands.length).toBeGreaterThan(25);
      expect(commands.filter((r) => ![...WALKED.map(([m, p]) => `${m} ${p}`), ...YEARLESS, ...IMPORTS].includes(r))).toEqual([]);
    });

    it.each(WALKED.map(([method, path, run]) => [`${method} ${path}`, run] as const))('%s', async (_, run) => {
      const res = await refused(run(), 409, 'FISCAL_YEAR_CLOSED', 'effectiveDate');
      expect((res.body as { details: unknown }).details).toMatchObject({ fiscalYear: 2023, status: 'closed' });
    });

    it('a budget import of 2023, dry run too', async () => {
      const dry = await refused(t.http.post('/api/v1/budget-imports?dryRun=true').send(supplementaryDocument(2023)), 409, 'FISCAL_YEAR_CLOSED', 'effectiveDate');
      expect(dry.body.details).toMatchObject({ fiscalYear: 2023, status: 'closed' });
    });

    it('spreadsheets: each row dated in 2023 is a row error, on a new file and on the preview committed after the close', async () => {
      const rows = [CHINESE_HEADER,
        ['P29', null, null, null, '10.00', '2023-12-28', '记-2023-901', '张三', '调研', null, null, '426002'],
        [null, null, '2080150', '30101', '20.00', '2024-01-05', '记-2024-901', '张三', '工资', null, null, '426002']];
      const head = await t.headPosition();
      const res = await accountant.post('/api/v1/disbursement-imports').query({ wait: 'true', dryRun: 'false' }).attach('file', csvFile(rows, 'utf8'), 'pay.csv');
      expectProblem(res, 422, 'IMPORT_ROWS_INVALID', 'file');
      expect(res.body.details.report.errors.map((e: { row: number; code: string; column: string }) => [e.row, e.code, e.column])).toEqual([[2, 'FISCAL_YEAR_CLOSED', '支付日期']]);
      const commit = await accountant.post(`/api/v1/disbursement-imports/${preview}/commit`).query({ wait: 'true' });
      expectProblem(commit, 422, 'IMPORT_ROWS_INVALID', 'file');
      expect(commit.body.details.report.errors.map((e: { code: string }) => e.code)).toEqual(['FISCAL_YEAR_CLOSED']);
      expect(await t.headPosition()).toBe(head);
    });

    it('2024 goes on: a payment on the 上年结转 line and on a 2024 line; alerts and accounts are not facts of a year', async () => {
      expectStatus(await pay('426002-2024-JZ-P29', '1000.00', '2024-02-01', '记-2024-001'), 201);
      expectStatus(await pay('426002-2024-P29', '2000.00', '2024-03-01', '记-2024-002'), 201);
      expectStatus(await t.http.post('/api/v1/users').send({ username: 'shenji2', displayName: '审计二', role: 'auditor', units: 'all', password: 'Ledger-Secret-2023' }), 201);
    });
  });

  describe('决算 of the closed year', () => {
    it('by functional 类: the close\'s figures, reconciled, with the final 执行率', async () => {
      const accounts = await get('/fiscal-years/2023/final-accounts?groupBy=functional&level=1');
      expect(accounts).toMatchObject({ status: 'closed', closedBy: 'admin', total: { appropriated: '92107300.00', disbursed: '223456.00', unspent: '91883844.00' } });
      expect(accounts.rows.map((r: { key: string }) => r.key)).toEqual(['208', '210', '213', '221']);
      const sum = (f: string) => accounts.rows.reduce((s: Money, r: Record<string, string>) => s.plus(r[f]), new Money(0)).toFixed(2);
      for (const f of ['appropriated', 'disbursed', 'unspent', 'carriedForward', 'lapsed']) expect(sum(f)).toBe(accounts.total[f]);
      expect(accounts.total.executionRate).toBe('0.24'); // 223,456.00 ÷ 92,107,300.00
      // 表四 and 表九 of the demo budget, frozen at the close: the caps (接待 12 万, 用车运维 11 万) and the 17.76 万 of 货物
      expect(accounts.supplements.map((s: { key: string; available: boolean }) => [s.key, s.available])).toEqual([['threePublic', true], ['procurement', true]]);
      const [sanGong, procurement] = accounts.supplements as { rows: Record<string, string | null>[] }[];
      expect(sanGong.rows).toEqual(expect.arrayContaining([
        expect.objectContaining({ category: 'reception', name: '公务接待费', cap: '120000.00' }),
        expect.objectContaining({ category: 'vehicle_operation', name: '公务用车运行维护费', cap: '110000.00' }),
      ]));
      for (const r of sanGong.rows) if (r.cap !== null) expect(new Money(r.cap).minus(r.used as string).toFixed(2)).toBe(r.remaining);
      expect(procurement.rows.reduce((t, r) => t.plus(r.budget as string), new Money(0)).toFixed(2)).toBe('177600.00');
    });

    it('the self-evaluation scores are those of the closing day, recorded in the close itself', async () => {
      const { scores } = await get('/fiscal-years/2023/final-accounts');
      const p29 = scores.find((s: { code: string }) => s.code === 'P29');
      const live = await get('/projects/P29/scorecard?fiscalYear=2023&asOf=2023-12-31');
      expect(p29).toMatchObject({ scope: 'project', score: live.score, grade: live.grade, executionRate: live.execution.rate });
      expect(scores.find((s: { scope: string }) => s.scope === 'department')).toMatchObject({ code: '426' });
      const [closed] = (await t.store.readStream('fiscal-year-2023')).filter((e) => e.type === 'FiscalYearClosed.v1');
      expect((closed.data as { scores: { code: string; score: string }[] }).scores.find((s) => s.code === 'P29')?.score).toBe(p29.score);
    });

    it('收入支出决算总表 reads back to the cent: income = spending + 结转 + 结余', async () => {
      const { totals } = await get('/fiscal-years/2023');
      const res = await file(`final-accounts-summary?fiscalYear=2023&format=csv&minPosition=${closedAt}`);
      expectStatus(res, 200);
      const records = readCsv(res);
      const value = (label: string) => (records.find((r) => r[0] === label)?.[1] ?? records.find((r) => r[2] === label)?.[3]);
      expect(value('一、本年收入')).toBe('92107300.00');
      expect(value('二、年初结转和结余')).toBe('0.00');
      expect(value('一、本年支出')).toBe('223456.00');
      expect(value('　（一）结转下年')).toBe(totals.carriedForward);
      expect(value('　（二）结余（交回）')).toBe(totals.lapsed);
      expect(rowOf(records, '收入总计')).toEqual(['收入总计', '92107300.00', '支出总计', '92107300.00']);
    });

    it('支出决算表 by functional class as XLSX: 合计 and every 类 to the cent', async () => {
      const { rows, name } = await readXlsx(await file('final-accounts-by-functional?fiscalYear=2023'));
      expect(name).toBe('支出决算表（功能分类）');
      const total = rowOf(rows, '合计' as ReadCell);
      const { totals } = await get('/fiscal-years/2023');
      expect(total.slice(2, 8)).toEqual([92107300, 223456, 100000, 123456, Number(totals.carriedForward), Number(totals.lapsed)]);
      const classes = ['208', '210', '213', '221'].map((c) => rowOf(rows, c as ReadCell));
      expect(classes.reduce((s, r) => s.plus(String(r[2])), new Money(0)).toFixed(2)).toBe('92107300.00');
      expect(rowOf(rows, '2130804' as ReadCell)[2]).toBe(5452700);
    });

    it('2024\'s 表一 and 表八 show 上年结转 apart', async () => {
      const { totals } = await get('/fiscal-years/2023');
      const t1 = readCsv(await file('table1?fiscalYear=2024&asOf=2024-12-31&format=csv'));
      expect(t1.find((r) => r[0] === '二、上年结转')?.[1]).toBe(totals.carriedForward);
      expect(t1.find((r) => r[0] === '　（一）一般公共预算拨款' && r[1] === totals.carriedForward)).toBeDefined();
      expect(rowOf(t1, '收入总计')[1]).toBe(yuan('86922300.00').plus(totals.carriedForward).toFixed(2));
      const t8 = readCsv(await file('table8?fiscalYear=2024&asOf=2024-12-31&format=csv'));
      expect(t8.find((r) => r[0] === '科目编码')?.slice(13)).toEqual(['其中：上年结转', '']);
      expect(rowOf(t8, '合计').slice(13, 15)).toEqual([totals.carriedForward, '1000.00']);
    });

    it('an open year has no 决算', async () => {
      expectProblem(await t.http.get('/api/v1/fiscal-years/2024/final-accounts'), 409, 'FISCAL_YEAR_NOT_CLOSED', 'year');
      expectProblem(await t.http.get('/api/v1/exports/final-accounts-summary?fiscalYear=2024'), 409, 'FISCAL_YEAR_NOT_CLOSED', 'fiscalYear');
    });
  });

  describe('同期对比 across years', () => {
    it('a project this year to date against last year to the same day, 上年结转 apart', async () => {
      const cmp = await get('/execution/compare?project=P29&years=2023,2024&asOf=2024-06-30');
      expect(cmp.years.map((y: Record<string, unknown>) => [y.fiscalYear, y.asOf, y.disbursed])).toEqual([[2023, '2023-06-30', '123456.00'], [2024, '2024-06-30', '3000.00']]);
      expect(cmp.years[0].appropriated).toBe('615000.00');
      expect(cmp.years[1].bySource.map((s: { source: string; appropriated: string }) => [s.source, s.appropriated]))
        .toEqual([['一般公共预算拨款', (await t.line('426002-2024-P29')).appropriated], ['上年结转', '491544.00']]);
      expect(cmp.changes).toEqual([expect.objectContaining({ from: 2023, to: 2024, disbursed: '-120456.00' })]);
    });

    it('a line followed by its id without the year, with the 上年结转 line carried from it', async () => {
      const cmp = await get('/execution/compare?line=426002-2024-P29&years=2023,2024&asOf=2024-12-31');
      expect(cmp.lineKey).toBe('426002-P29');
      expect(cmp.years.map((y: { lineIds: string[] }) => y.lineIds)).toEqual([[P29], ['426002-2024-P29', '426002-2024-JZ-P29']]);
    });

    it('29 February of 2024 is compared with 28 February of 2023', async () => {
      const cmp = await get('/execution/compare?years=2023,2024&asOf=2024-02-29');
      expect(cmp.years.map((y: { asOf: string }) => y.asOf)).toEqual(['2023-02-28', '2024-02-29']);
    });
  });

  describe('reopening (反结账) and closing again', () => {
    it('an admin reopens with a reason; 2023 takes records again; a new close adjusts the 上年结转 line and the scores', async () => {
      await refused(post('/fiscal-years/2023/reopen', {}), 400, 'VALIDATION_FAILED', 'reason');
      expectStatus(await post('/fiscal-years/2023/reopen', { reason: '补记 12 月漏记支付' }), 201);
      expect((await get('/fiscal-years/2023')).status).toBe('open');
      expectProblem(await t.http.get('/api/v1/fiscal-years/2023/final-accounts'), 409, 'FISCAL_YEAR_NOT_CLOSED', 'year');
      expectStatus(await pay(P29, '4000.00', '2023-12-30', '记-2023-950'), 201);
      expectStatus(await post('/indicators/2023/P29-02/progress-reports', { asOf: '2023-12-31', value: '30' }), 201);
      const again = await post('/fiscal-years/2023/close', { reason: '补记后重新结账', rules: RULES });
      expectStatus(again, 201);
      // 491,544.00 − 4,000.00: 1,000.00 of the 上年结转 was spent in 2024 and stays spent
      expect(await t.line('426002-2024-JZ-P29')).toMatchObject({ appropriated: '487544.00', disbursed: '1000.00' });
      const year = await get('/fiscal-years/2023');
      expect(year.history.map((h: { kind: string }) => h.kind)).toEqual(['locked', 'closed', 'reopened', 'locked', 'closed']);
      const { scores } = await get('/fiscal-years/2023/final-accounts');
      const live = await get('/projects/P29/scorecard?fiscalYear=2023&asOf=2023-12-31');
      expect(scores.find((s: { code: string }) => s.code === 'P29').score).toBe(live.score);
    });
  });

  describe('a close before the year has ended', () => {
    it('is refused unless forced; forced, it warns, and the year takes nothing more', async () => {
      const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
      await t.importBudget({ ...budgetDocument(year), indicators: [] });
      await refused(post(`/fiscal-years/${year}/close`, { reason: '提前结账' }), 409, 'FISCAL_YEAR_NOT_ENDED', 'force');
      const res = await post(`/fiscal-years/${year}/close`, { reason: '提前结账（机构改革）', force: true });
      expectStatus(res, 201);
      expect(res.body).toMatchObject({ fiscalYear: year, early: true, warnings: [expect.stringContaining('before it ended')] });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
      await refused(pay(`426001-${year}-P01`, '1.00', today, `记-${year}-1`), 409, 'FISCAL_YEAR_CLOSED', 'effectiveDate');
      expect((await get(`/fiscal-years/${year}`)).asOf).toBe(today);
      expect(await t.line(`426001-${year + 1}-JZ-P01`)).toMatchObject({ appropriated: '200000.00', carriedFrom: `426001-${year}-P01` });
    });

    it('a year that has not begun cannot be closed', async () => {
      const next = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) + 1;
      await refused(post(`/fiscal-years/${next}/close`, { reason: '结账', force: true }), 422, 'FISCAL_YEAR_NOT_STARTED', 'year');
    });
  });
});

/** Every POST/PUT/PATCH/DELETE route of the API, as `METHOD /path` with Nest's :params. */
function commandRoutes(): string[] {
  const routes: string[] = [];
  for (const type of controllersOf(ApiModule)) {
    const base = [Reflect.getMetadata(PATH_METADATA, type) ?? ''].flat()[0] as string;
    for (const name of Object.getOwnPropertyNames(type.prototype)) {
      const handler = (type.prototype as Record<string, unknown>)[name];
      if (typeof handler !== 'function') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined || method === RequestMethod.GET) continue;
      for (const path of [Reflect.getMetadata(PATH_METADATA, handler) ?? ''].flat() as string[]) {
        routes.push(`${RequestMethod[method]} /${[base, path].filter((p) => p && p !== '/').join('/')}`);
      }
    }
  }
  return [...new Set(routes)].sort();
}

function controllersOf(module: object, seen = new Set<object>()): (new (...args: never[]) => object)[] {
  if (seen.has(module)) return [];
  seen.add(module);
  const imports = (Reflect.getMetadata('imports', module) ?? []) as object[];
  return [...(Reflect.getMetadata('controllers', module) ?? []), ...imports.flatMap((m) => (typeof m === 'function' ? controllersOf(m, seen) : []))];
}
