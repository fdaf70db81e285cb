import { budgetDocument, lineIds } from './support/budget-document';
import { csvFile } from './support/disbursement-files';
import { sanGongDocument, sanGongLines } from './support/sangong-document';
import { AggregateStore } from '@app/kernel';
import { collideOn } from './support/collide';
import { Http, TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/**
 * 三公经费 caps (表四) and 政府采购预算 (表九) through HTTP: a cap is a hard ceiling across lines and units, concurrent
 * payments never pass it together, reversals give room back, revisions are audited, spreadsheets respect caps too,
 * and GET /api/v1/sangong answers its contract.
 */
describe('三公经费 and 政府采购 (e2e)', () => {
  let t: TestApp;
  let nextYear = 2022;
  /** each scenario its own fiscal year, so that caps and use never leak between them */
  const freshBudget = async (document: (year: number) => object = sanGongDocument) => {
    const year = nextYear--;
    await t.importBudget(document(year) as never);
    return { year, ids: sanGongLines(year) };
  };
  const pay = (lineId: string, body: Record<string, unknown>, http: Http = t.http) => http.post(`/api/v1/lines/${lineId}/disbursements`).send(body);
  const sangong = async (year: number, query: Record<string, string> = {}, http: Http = t.http) => {
    const res = await http.get('/api/v1/sangong').query({ fiscalYear: String(year), asOf: `${year}-12-31`, minPosition: String(await t.headPosition()), ...query });
    expectStatus(res, 200);
    return res.body;
  };
  const rowOf = (body: { rows: { category: string }[] }, category: string) => body.rows.find((r) => r.category === category);

  beforeAll(async () => { t = await startTestApp({ COMMAND_RETRIES: '20' }); });
  afterAll(async () => { await t?.close(); });

  it('given caps, when 三公 payments on several lines and units reach the cap, then one cent more is refused 409 SANGONG_CAP_EXCEEDED naming cap, used and remaining, whatever the line\'s balance, and nothing is recorded', async () => {
    const { year, ids } = await freshBudget();
    expectStatus(await pay(ids.reception, { amount: '30000.00', effectiveDate: `${year}-03-01`, voucherNo: 'JD-1' }), 201);
    expectStatus(await pay(ids.reception426006, { amount: '19999.99', effectiveDate: `${year}-03-02`, voucherNo: 'JD-2' }), 201);
    // a project line with no 三公 code: the tag makes it 公务接待
    expectStatus(await pay(ids.employment, { amount: '10000.00', effectiveDate: `${year}-03-03`, voucherNo: 'JD-3', sanGongCategory: 'reception' }), 201);
    const head = await t.headPosition();

    const refused = await pay(ids.reception, { amount: '0.02', effectiveDate: `${year}-03-04`, voucherNo: 'JD-4' });

    expectProblem(refused, 409, 'SANGONG_CAP_EXCEEDED', 'amount');
    expect(refused.body.details).toEqual({ category: 'reception', name: '公务接待费', unit: null, cap: '60000.00', used: '59999.99', remaining: '0.01', requested: '0.02' });
    expect(await t.headPosition()).toBe(head);
    expect((await t.line(ids.reception)).available).toBe('20000.00'); // the line itself had room
    expectStatus(await pay(ids.reception, { amount: '0.01', effectiveDate: `${year}-03-04`, voucherNo: 'JD-4' }), 201);
    expect(rowOf(await sangong(year), 'reception')).toEqual({ category: 'reception', name: '公务接待费', cap: '60000.00', used: '60000.00', remaining: '0.00' });
  });

  it('given a unit cap, when the unit reaches it, then its next 三公 payment is refused naming the unit while others still have the department\'s room', async () => {
    const { year, ids } = await freshBudget();
    expectStatus(await pay(ids.reception426006, { amount: '20000.00', effectiveDate: `${year}-04-01`, voucherNo: 'U-1' }), 201);
    const refused = await pay(ids.reception426006, { amount: '0.01', effectiveDate: `${year}-04-02`, voucherNo: 'U-2' });
    expectProblem(refused, 409, 'SANGONG_CAP_EXCEEDED', 'amount');
    expect(refused.body.details).toMatchObject({ unit: '426006', cap: '20000.00', used: '20000.00', remaining: '0.00' });
    expectStatus(await pay(ids.reception, { amount: '40000.00', effectiveDate: `${year}-04-02`, voucherNo: 'U-3' }), 201);
  });

  it('given 因公出国 capped at 0, when a payment is coded 30211 or tagged abroad, then it is refused; a tag that contradicts the code is 422', async () => {
    const { year, ids } = await freshBudget();
    expectProblem(await pay(ids.operating, { amount: '1.00', effectiveDate: `${year}-05-01`, voucherNo: 'A-1', economic: '30211' }), 409, 'SANGONG_CAP_EXCEEDED', 'amount');
    expectProblem(await pay(ids.employment, { amount: '1.00', effectiveDate: `${year}-05-01`, voucherNo: 'A-2', sanGongCategory: 'abroad' }), 409, 'SANGONG_CAP_EXCEEDED', 'amount');
    expectProblem(await pay(ids.reception, { amount: '1.00', effectiveDate: `${year}-05-01`, voucherNo: 'A-3', sanGongCategory: 'abroad' }), 422, 'SANGONG_CATEGORY_MISMATCH', 'sanGongCategory');
    expectProblem(await pay(ids.reception, { amount: '1.00', effectiveDate: `${year}-05-01`, voucherNo: 'A-4', sanGongCategory: 'banquets' }), 400, 'VALIDATION_FAILED', 'sanGongCategory');
  });

  it('given a 三公 payment, when it is reversed (冲销), then its room comes back; the same payment posted again is a replay', async () => {
    const { year, ids } = await freshBudget();
    const paid = await pay(ids.vehicles, { amount: '10000.00', effectiveDate: `${year}-06-01`, voucherNo: 'C-1' });
    expectStatus(paid, 201);
    const again = await pay(ids.vehicles, { amount: '10000.00', effectiveDate: `${year}-06-01`, voucherNo: 'C-1' });
    expectStatus(again, 201);
    expect(again.body).toMatchObject({ replayed: true, eventIds: paid.body.eventIds.slice(0, again.body.eventIds.length) });
    expectProblem(await pay(ids.vehicles, { amount: '0.01', effectiveDate: `${year}-06-02`, voucherNo: 'C-2' }), 409, 'SANGONG_CAP_EXCEEDED');

    const reversal = await t.http.post(`/api/v1/lines/${ids.vehicles}/disbursements/${paid.body.eventIds[0]}/reversals`)
      .send({ amount: '2500.00', effectiveDate: `${year}-06-03`, reason: '维修费多付，对方退回' });
    expectStatus(reversal, 201);
    expect(rowOf(await sangong(year), 'vehicle_operation')).toMatchObject({ used: '7500.00', remaining: '2500.00' });
    expect(rowOf(await sangong(year, { asOf: `${year}-06-02` }), 'vehicle_operation')).toMatchObject({ used: '10000.00', remaining: '0.00' });
    expectStatus(await pay(ids.vehicles, { amount: '2500.00', effectiveDate: `${year}-06-04`, voucherNo: 'C-2' }), 201);
  });

  /**
   * Payments arriving at several API instances: each request acts as its own instance, and the first two loads of
   * the 三公 stream meet before either decides (collideOn), so that commands interleave between load and append:
   * the cap stream's optimistic concurrency is what serialises them. (Within one instance they take turns.)
   */
  it('given a cap of 1,000.00, when 10 payments of 150.00 on three lines of two units arrive at once, then exactly 6 pass, 4 are refused SANGONG_CAP_EXCEEDED, and the cap holds to the cent', async () => {
    const { year, ids } = await freshBudget((y) => ({
      ...sanGongDocument(y), sanGong: { caps: { abroad: '0.00', vehicle_purchase: '0.00', vehicle_operation: '0.00', reception: '1000.00' }, units: [] },
    }));
    const collision = collideOn(t.store, (streamId) => streamId.startsWith('sangong-'), { aggregates: t.app.get(AggregateStore) });
    let responses;
    try {
      const lines = [ids.reception, ids.reception426006, ids.employment];
      responses = await Promise.all(Array.from({ length: 10 }, (_, i) => pay(lines[i % 3], {
        amount: '150.00', effectiveDate: `${year}-07-01`, voucherNo: `R-${i}`, ...(lines[i % 3] === ids.employment ? { sanGongCategory: 'reception' } : {}),
      })));
    } finally {
      collision.restore();
    }
    expect(collision.conflicts()).toBeGreaterThan(0); // they did collide on the cap stream, and were retried
    const ok = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status === 409);
    expect(refused.map((r) => r.body.code)).toEqual(Array(4).fill('SANGONG_CAP_EXCEEDED'));
    expect(ok).toHaveLength(6);
    for (const r of refused) expect(Number(r.body.details.used) + Number(r.body.details.requested)).toBeGreaterThan(1000);
    expect(rowOf(await sangong(year), 'reception')).toEqual({ category: 'reception', name: '公务接待费', cap: '1000.00', used: '900.00', remaining: '100.00' });
    const paid = await Promise.all([ids.reception, ids.reception426006, ids.employment].map((l) => t.line(l)));
    expect(paid.reduce((sum, l) => sum + Math.round(Number(l.disbursed) * 100), 0)).toBe(90000);
  });

  it('GET /api/v1/sangong answers exactly { fiscalYear, asOf, rows } with one row per category, for the department or a unit, scoped like other reads', async () => {
    const { year, ids } = await freshBudget();
    expectStatus(await pay(ids.reception426006, { amount: '1234.56', effectiveDate: `${year}-08-01`, voucherNo: 'G-1' }), 201);
    const body = await sangong(year, { asOf: `${year}-08-31` });
    expect(body).toEqual({
      fiscalYear: year, asOf: `${year}-08-31`, rows: [
        { category: 'abroad', name: '因公出国（境）费用', cap: '0.00', used: '0.00', remaining: '0.00' },
        { category: 'vehicle_purchase', name: '公务用车购置', cap: '0.00', used: '0.00', remaining: '0.00' },
        { category: 'vehicle_operation', name: '公务用车运行维护费', cap: '10000.00', used: '0.00', remaining: '10000.00' },
        { category: 'reception', name: '公务接待费', cap: '60000.00', used: '1234.56', remaining: '58765.44' },
      ],
    });
    expect(rowOf(await sangong(year, { asOf: `${year}-07-31` }), 'reception')).toMatchObject({ used: '0.00' });
    expect(rowOf(await sangong(year, { unit: '426006' }), 'reception')).toEqual({ category: 'reception', name: '公务接待费', cap: '20000.00', used: '1234.56', remaining: '18765.44' });
    expect(rowOf(await sangong(year, { unit: '426001' }), 'reception')).toEqual({ category: 'reception', name: '公务接待费', cap: null, used: '0.00', remaining: null });

    const accountant = await t.httpAs({ role: 'accountant', units: ['426006'] });
    expect(rowOf(await sangong(year, {}, accountant), 'reception')).toMatchObject({ cap: '20000.00', used: '1234.56' });
    expectProblem(await accountant.get('/api/v1/sangong').query({ fiscalYear: String(year), unit: '426001' }), 403, 'UNIT_OUT_OF_SCOPE');
    expectProblem(await t.http.get('/api/v1/sangong').query({ fiscalYear: String(year), unit: '42600' }), 400, 'VALIDATION_FAILED', 'unit');
  });

  it('given 三公 use, when an admin revises a cap with a reason, then it is recorded with the previous cap and room follows; a cap below use, a negative cap or an unknown category is refused naming the field, recording nothing; others may not', async () => {
    const { year, ids } = await freshBudget();
    expectStatus(await pay(ids.vehicles, { amount: '9000.00', effectiveDate: `${year}-09-01`, voucherNo: 'V-1' }), 201);
    const revise = (body: Record<string, unknown>, http: Http = t.http) => http.post(`/api/v1/sangong/426/${year}/cap-revisions`)
      .send({ category: 'vehicle_operation', cap: '15000.00', reason: '新增执法车辆运行费', documentNo: '潼财预〔2023〕88号', effectiveDate: `${year}-09-10`, ...body });
    const accountant = await t.httpAs({ role: 'accountant', units: ['426001'] });
    const head = await t.headPosition();

    expectProblem(await revise({ cap: '8999.99' }), 409, 'SANGONG_CAP_BELOW_USED', 'cap');
    expectProblem(await revise({ cap: '-1.00' }), 422, 'AMOUNT_NEGATIVE', 'cap');
    expectProblem(await revise({ category: 'banquets' }), 422, 'SANGONG_CATEGORY_UNKNOWN', 'category');
    expectProblem(await revise({ unit: '426009' }), 422, 'UNKNOWN_UNIT', 'unit');
    expectProblem(await revise({ reason: '' }), 400, 'VALIDATION_FAILED', 'reason');
    expectStatus(await revise({}, accountant), 403);
    expect(await t.headPosition()).toBe(head);

    const ok = await revise({});
    expectStatus(ok, 201);
    expect(ok.body.streamId).toBe(`sangong-426-${year}`);
    const events = await t.http.get('/api/v1/events').query({ stream: `sangong-426-${year}`, type: 'SanGongCapRevised.v1' });
    expectStatus(events, 200);
    expect(events.body.events.map((e: { data: unknown; metadata: { actor: string } }) => [e.data, e.metadata.actor])).toEqual([[{
      department: '426', fiscalYear: year, category: 'vehicle_operation', unit: null, previous: '10000.00', cap: '15000.00',
      reason: '新增执法车辆运行费', documentNo: '潼财预〔2023〕88号',
    }, 'admin']]);
    expect(rowOf(await sangong(year), 'vehicle_operation')).toMatchObject({ cap: '15000.00', remaining: '6000.00' });
    expect(rowOf(await sangong(year, { asOf: `${year}-09-09` }), 'vehicle_operation')).toMatchObject({ cap: '10000.00' });
    expectStatus(await pay(ids.vehicles, { amount: '6000.00', effectiveDate: `${year}-09-11`, voucherNo: 'V-2' }), 201);
  });

  it('given a spreadsheet whose rows together pass a cap, when committed, then the row past it is refused with its row and 金额 column, and nothing is recorded; within the cap it is recorded with its 三公 use', async () => {
    const { year, ids } = await freshBudget();
    const header = ['预算指标', '金额', '支付日期', '凭证号', '三公经费类别'];
    const upload = (rows: (string | null)[][], dryRun = 'false') => t.http.post('/api/v1/disbursement-imports').query({ wait: 'true', dryRun })
      .attach('file', csvFile([header, ...rows], 'gbk'), 'sangong.csv');
    const head = await t.headPosition();
    const refused = await upload([
      [ids.reception, '30000.00', `${year}-10-01`, 'X-1', null],
      [ids.employment, '25000.00', `${year}-10-02`, 'X-2', '公务接待费'],
      [ids.reception426006, '5000.01', `${year}-10-03`, 'X-3', null],
    ]);
    expectProblem(refused, 422, 'IMPORT_ROWS_INVALID', 'file');
    expect(refused.body.details.report.errors).toEqual([expect.objectContaining({ row: 4, column: '金额', field: 'amount', code: 'SANGONG_CAP_EXCEEDED' })]);
    expect(refused.body.details.report.errors[0].message).toContain('超出三公经费「公务接待费」预算上限 60,000.00 元：已用 55,000.00 元，尚余 5,000.00 元');
    expect(await t.headPosition()).toBe(head);

    const mismatch = await upload([[ids.reception, '1.00', `${year}-10-01`, 'X-9', '因公出国']]);
    expect(mismatch.body.details.report.errors).toEqual([expect.objectContaining({ row: 2, column: '三公经费类别', code: 'SANGONG_CATEGORY_MISMATCH' })]);

    const recorded = await upload([
      [ids.reception, '30000.00', `${year}-10-01`, 'X-1', null],
      [ids.employment, '25000.00', `${year}-10-02`, 'X-2', '公务接待费'],
      [ids.reception426006, '5000.00', `${year}-10-03`, 'X-3', null],
    ]);
    expectStatus(recorded, 200);
    // staged in one chunk (ADR 0022): the import's start and its chunk, three payments and their three 三公 uses in the
    // cap stream; then made visible by one write: the import's audit fact and each of the three lines' application
    expect(await t.headPosition()).toBe(head + 12);
    expect(rowOf(await sangong(year), 'reception')).toMatchObject({ used: '60000.00', remaining: '0.00' });
    expectProblem(await pay(ids.reception, { amount: '0.01', effectiveDate: `${year}-10-05`, voucherNo: 'X-4' }), 409, 'SANGONG_CAP_EXCEEDED');
  });

  it('given a budget without 表四 (backward compatible), when a 三公 payment is recorded, then nothing limits it and its use is still counted, with no cap', async () => {
    const { year } = await freshBudget((y) => budgetDocument(y));
    const ids = lineIds(year);
    expectStatus(await pay(ids.operating, { amount: '500.00', effectiveDate: `${year}-02-01`, voucherNo: 'N-1', economic: '30217' }), 201);
    expectStatus(await pay(ids.employment, { amount: '250.00', effectiveDate: `${year}-02-02`, voucherNo: 'N-2', sanGongCategory: 'reception' }), 201);
    expect(rowOf(await sangong(year), 'reception')).toEqual({ category: 'reception', name: '公务接待费', cap: null, used: '750.00', remaining: null });
    expectProblem(await pay(ids.employment, { amount: '1.00', effectiveDate: `${year}-02-03`, voucherNo: 'N-3', procurement: true }), 409, 'PROCUREMENT_BUDGET_EXCEEDED', 'amount');
  });

  it('given a budget document with a negative 三公 cap or an unknown category, when imported, then 422 names the JSON path and nothing is recorded', async () => {
    const year = nextYear--;
    const head = await t.headPosition();
    const negative = { ...sanGongDocument(year), sanGong: { ...sanGongDocument(year).sanGong, caps: { ...sanGongDocument(year).sanGong.caps, abroad: '-1.00' } } };
    const res = await t.http.post('/api/v1/budget-imports?dryRun=false').send(negative);
    expectProblem(res, 422, 'BUDGET_DOCUMENT_INVALID', 'sanGong.caps.abroad');
    const unknown = { ...sanGongDocument(year), sanGong: { ...sanGongDocument(year).sanGong, caps: { ...sanGongDocument(year).sanGong.caps, banquets: '1.00' } } };
    expectProblem(await t.http.post('/api/v1/budget-imports?dryRun=false').send(unknown), 422, 'BUDGET_DOCUMENT_INVALID', 'sanGong.caps');
    expect(await t.headPosition()).toBe(head);
  });

  describe('政府采购预算', () => {
    it('given 30,000.00 of 货物 on P01, when procurement payments draw on it, then one beyond is refused 409 PROCUREMENT_BUDGET_EXCEEDED (the default policy), a flagged payment on a line without procurement budget too; GET /procurement shows execution by 品目 and item', async () => {
      const { year, ids } = await freshBudget();
      expectStatus(await pay(ids.employment, { amount: '20000.00', effectiveDate: `${year}-03-01`, voucherNo: 'P-1', procurement: true }), 201);
      const head = await t.headPosition();
      const refused = await pay(ids.employment, { amount: '10000.01', effectiveDate: `${year}-03-02`, voucherNo: 'P-2', procurementCategory: 'goods' });
      expectProblem(refused, 409, 'PROCUREMENT_BUDGET_EXCEEDED', 'amount');
      expect(refused.body.details).toMatchObject({ itemId: 'P01-A', budget: '30000.00', used: '20000.00', remaining: '10000.00', requested: '10000.01' });
      expectProblem(await pay(ids.operating, { amount: '5.00', effectiveDate: `${year}-03-02`, voucherNo: 'P-3', procurement: true }), 409, 'PROCUREMENT_BUDGET_EXCEEDED', 'amount');
      expect(await t.headPosition()).toBe(head);
      // not flagged: an ordinary payment on the same line, no procurement
      expectStatus(await pay(ids.employment, { amount: '50000.00', effectiveDate: `${year}-03-03`, voucherNo: 'P-4' }), 201);

      const res = await t.http.get('/api/v1/procurement').query({ fiscalYear: String(year), asOf: `${year}-12-31`, minPosition: String(await t.headPosition()) });
      expectStatus(res, 200);
      expect(res.body).toMatchObject({
        fiscalYear: year, policy: 'block', total: { budget: '30000.00', executed: '20000.00', remaining: '10000.00' },
        byCategory: [
          { category: 'goods', letter: 'A', name: '货物', budget: '30000.00', executed: '20000.00', remaining: '10000.00' },
          { category: 'works', budget: '0.00', executed: '0.00' }, { category: 'services', budget: '0.00', executed: '0.00' },
        ],
        items: [{ itemId: 'P01-A', project: 'P01', unit: '426001', category: 'goods', categoryName: '货物', name: '职业技能培训设备', budget: '30000.00', executed: '20000.00', payments: 1, fundingSources: { 一般公共预算拨款: '30000.00' } }],
        unbudgeted: [],
      });

      // a reversal gives the procurement budget back
      const paid = (await t.http.get(`/api/v1/lines/${ids.employment}/disbursements`)).body.disbursements.find((d: { voucherNo: string }) => d.voucherNo === 'P-1');
      expectStatus(await t.http.post(`/api/v1/lines/${ids.employment}/disbursements/${paid.disbursementId}/reversals`)
        .send({ amount: '5000.00', effectiveDate: `${year}-03-05`, reason: '设备退货一台' }), 201);
      expectStatus(await pay(ids.employment, { amount: '15000.00', effectiveDate: `${year}-03-06`, voucherNo: 'P-5', procurement: true }), 201);
    });

    it('given the warn policy and a procurement line, when payments go beyond the budget, then they are recorded with a ProcurementOverrunWarned fact, and every payment on the line counts, flagged or not', async () => {
      const { year, ids } = await freshBudget((y) => ({
        ...sanGongDocument(y), procurement: {
          overrunPolicy: 'warn', items: [{ id: 'OP-A', line: sanGongLines(y).operating, category: 'goods', name: '办公设备', amount: '1000.00', fundingSources: { 一般公共预算拨款: '1000.00' }, wholeLine: true }],
        },
      }));
      expectStatus(await pay(ids.operating, { amount: '800.00', effectiveDate: `${year}-04-01`, voucherNo: 'W-1' }), 201);
      const over = await pay(ids.operating, { amount: '300.00', effectiveDate: `${year}-04-02`, voucherNo: 'W-2' });
      expectStatus(over, 201);
      const warned = (await t.store.readStream(`procurement-426-${year}`)).filter((e) => e.type === 'ProcurementOverrunWarned.v1');
      expect(warned.map((e) => e.data)).toEqual([expect.objectContaining({ itemId: 'OP-A', remaining: '200.00', requested: '300.00', shortfall: '100.00' })]);
      const res = await t.http.get('/api/v1/procurement').query({ fiscalYear: String(year), asOf: `${year}-12-31`, minPosition: String(await t.headPosition()) });
      expect(res.body.items[0]).toMatchObject({ budget: '1000.00', executed: '1100.00', remaining: '-100.00', payments: 2 });
    });
  });
});
