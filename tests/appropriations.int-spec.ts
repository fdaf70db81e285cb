import { budgetDocument, lineIds } from './support/budget-document';
import { TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/** 追加 / 调减 (POST /api/v1/lines/:lineId/increases | decreases) and 调剂 (POST /api/v1/transfers). */
describe('appropriations (e2e)', () => {
  let t: TestApp;
  const ids = lineIds(2023);
  const date = '2023-04-10';

  beforeAll(async () => {
    t = await startTestApp();
    await t.importBudget(budgetDocument(2023));
  });
  afterAll(async () => { await t?.close(); });

  const adjust = (lineId: string, direction: 'increases' | 'decreases', body: Record<string, unknown>) =>
    t.http.post(`/api/v1/lines/${lineId}/${direction}`).send({ effectiveDate: date, reason: '区财政局追加就业补助资金', documentNo: '潼财社〔2023〕45号', ...body });
  const transfer = (body: Record<string, unknown>) =>
    t.http.post('/api/v1/transfers').send({ effectiveDate: date, reason: '调剂用于职业技能培训', ...body });

  it('given a line, when its appropriation is increased, then the appropriated amount and the available balance grow by it', async () => {
    const before = await t.line(ids.employment);

    const res = await adjust(ids.employment, 'increases', { amount: '15000.50' });

    expectStatus(res, 201);
    expect(res.body).toMatchObject({ streamId: `line-${ids.employment}`, revision: before.revision + 1, replayed: false });
    expect(await t.line(ids.employment)).toMatchObject({ appropriated: '215000.50', available: '215000.50' });
  });

  it('given a line with spending, when its appropriation is decreased within the available balance, then it shrinks; beyond it → 409 DECREASE_EXCEEDS_AVAILABLE and nothing is recorded', async () => {
    expectStatus(await t.http.post(`/api/v1/lines/${ids.operating}/disbursements`)
      .send({ amount: '30000.00', effectiveDate: date, voucherNo: '记-调减-0001' }), 201);

    const ok = await adjust(ids.operating, 'decreases', { amount: '20000.00', reason: '年中调减' });

    expectStatus(ok, 201);
    expect(await t.line(ids.operating)).toMatchObject({ appropriated: '80000.00', disbursed: '30000.00', available: '50000.00' });
    const head = await t.headPosition();

    // another document: the same 文号 again would be the same 调减 (ADR 0017)
    const tooMuch = await adjust(ids.operating, 'decreases', { amount: '50000.01', reason: '年中调减', documentNo: '潼财社〔2023〕46号' });

    expectProblem(tooMuch, 409, 'DECREASE_EXCEEDS_AVAILABLE', 'amount');
    expect(tooMuch.body.details).toMatchObject({ available: '50000.00' });
    expect(await t.headPosition()).toBe(head);
    expect(await t.line(ids.operating)).toMatchObject({ appropriated: '80000.00', available: '50000.00' });
  });

  it.each([
    ['a zero amount', { amount: '0' }, 422, 'AMOUNT_NOT_POSITIVE', 'amount'],
    ['a missing reason', { reason: undefined }, 400, 'VALIDATION_FAILED', 'reason'],
    ['a date outside the fiscal year', { effectiveDate: '2024-01-02' }, 422, 'DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate'],
  ])('given %s, when an increase is posted, then it is refused and nothing is recorded', async (_, body, status, code, field) => {
    const before = await t.line(ids.personnel);
    const head = await t.headPosition();

    const res = await adjust(ids.personnel, 'increases', { amount: '100.00', ...body });

    expectProblem(res, status, code, field);
    expect(await t.headPosition()).toBe(head);
    expect(await t.line(ids.personnel)).toEqual(before);
  });

  it('given an unknown line, when it is increased, then 404 LINE_NOT_FOUND', async () => {
    const head = await t.headPosition();
    expectProblem(await adjust('426001-2023-NOPE', 'increases', { amount: '1.00' }), 404, 'LINE_NOT_FOUND', 'lineId');
    expect(await t.headPosition()).toBe(head);
  });

  it('given two lines, when appropriation is transferred, then both sides change in one atomic write', async () => {
    const from = await t.line(ids.personnel);
    const to = await t.line(ids.fund);
    const head = await t.headPosition();

    const res = await transfer({ fromLineId: ids.personnel, toLineId: ids.fund, amount: '12345.67', documentNo: '潼人社发〔2023〕12号' });

    expectStatus(res, 201);
    expect(res.body.transferId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.from).toMatchObject({ streamId: `line-${ids.personnel}`, revision: from.revision + 1 });
    expect(res.body.to).toMatchObject({ streamId: `line-${ids.fund}`, revision: to.revision + 1 });
    expect(await t.headPosition()).toBe(head + 2);
    expect(await t.line(ids.personnel)).toMatchObject({ appropriated: '487654.33', available: '487654.33' });
    expect(await t.line(ids.fund)).toMatchObject({ appropriated: '62345.67', available: '62345.67' });
  });

  it('given a transfer exceeding the source\'s available balance, when posted, then 409 TRANSFER_EXCEEDS_AVAILABLE and neither line changes', async () => {
    const from = await t.line(ids.operating);
    const to = await t.line(ids.employment);
    const head = await t.headPosition();

    const res = await transfer({ fromLineId: ids.operating, toLineId: ids.employment, amount: (Number(from.available) + 0.01).toFixed(2) });

    expectProblem(res, 409, 'TRANSFER_EXCEEDS_AVAILABLE', 'amount');
    expect(await t.headPosition()).toBe(head);
    expect(await t.line(ids.operating)).toEqual(from);
    expect(await t.line(ids.employment)).toEqual(to);
  });

  it.each([
    ['to an unknown line → 404 LINE_NOT_FOUND on toLineId', { toLineId: '426001-2023-NOPE' }, 404, 'LINE_NOT_FOUND', 'toLineId'],
    ['from an unknown line → 404 LINE_NOT_FOUND on fromLineId', { fromLineId: '426001-2023-NOPE' }, 404, 'LINE_NOT_FOUND', 'fromLineId'],
    ['to the same line → 422 TRANSFER_TO_SAME_LINE', { toLineId: lineIds(2023).personnel }, 422, 'TRANSFER_TO_SAME_LINE', 'toLineId'],
    ['to a line of another fiscal year → 422 TRANSFER_ACROSS_FISCAL_YEARS', { toLineId: lineIds(2022).personnel }, 422, 'TRANSFER_ACROSS_FISCAL_YEARS', 'toLineId'],
    ['with a malformed line id → 400 on toLineId', { toLineId: 'no such/line' }, 400, 'VALIDATION_FAILED', 'toLineId'],
  ])('given a transfer %s, and nothing is recorded', async (_, body, status, code, field) => {
    if (code === 'TRANSFER_ACROSS_FISCAL_YEARS') await t.importBudget(budgetDocument(2022));
    const from = await t.line(ids.personnel);
    const head = await t.headPosition();

    const res = await transfer({ fromLineId: ids.personnel, toLineId: ids.employment, amount: '100.00', ...body });

    expectProblem(res, status, code, field);
    expect(await t.headPosition()).toBe(head);
    expect(await t.line(ids.personnel)).toEqual(from);
  });
});
