import { budgetDocument, lineIds } from './support/budget-document';
import { TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';
import { AggregateStore } from '@app/kernel';
import { collideOn } from './support/collide';

/**
 * POST /api/v1/lines/:lineId/disbursements (支付) and …/:disbursementId/reversals (冲销).
 * One app for the file; a scenario that needs pristine lines imports the budget of a year of its own.
 */
describe('disbursements (e2e)', () => {
  let t: TestApp;
  let nextYear = 2023;
  let voucherSeq = 0;

  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  /** Imports the test budget for a fiscal year no other scenario uses. */
  async function freshBudget() {
    const year = nextYear--;
    await t.importBudget(budgetDocument(year));
    return { year, ids: lineIds(year), date: (monthDay = '03-05') => `${year}-${monthDay}` };
  }
  const voucher = () => `记-${String(++voucherSeq).padStart(4, '0')}`;
  const disburse = (lineId: string, body: unknown, headers: Record<string, string> = {}) =>
    t.http.post(`/api/v1/lines/${lineId}/disbursements`).set(headers).send(body as object);
  const reverse = (lineId: string, disbursementId: string, body: unknown) =>
    t.http.post(`/api/v1/lines/${lineId}/disbursements/${disbursementId}/reversals`).send(body as object);
  const payment = (date: string, overrides: Record<string, unknown> = {}) =>
    ({ amount: '1000.00', effectiveDate: date, voucherNo: voucher(), payee: '张三', summary: '公益性岗位补贴', subsidyCategory: '公益性岗位补贴', beneficiaries: 2, ...overrides });

  it('given a line, when a disbursement is recorded, then 201 answers where it was recorded and the available balance drops', async () => {
    const { ids, date } = await freshBudget();
    const before = await t.line(ids.personnel);
    const head = await t.headPosition();

    const res = await disburse(ids.personnel, payment(date(), { amount: '1234.56', economic: '30101' }));

    expectStatus(res, 201);
    expect(res.body).toEqual({
      streamId: `line-${ids.personnel}`, revision: before.revision + 1, position: head + 1, eventIds: [expect.any(String)], replayed: false,
      // the id a 冲销 needs, named: the payment's own event id
      disbursementId: res.body.eventIds[0],
    });
    expect(await t.line(ids.personnel)).toMatchObject({
      revision: before.revision + 1, disbursed: '1234.56', available: '498765.44', appropriated: '500000.00', disbursements: 1,
    });
    expect(await t.headPosition()).toBe(head + 1);
  });

  describe('given bad input, when a disbursement is posted, then it is refused with a stable code and field and nothing is recorded', () => {
    let ids: ReturnType<typeof lineIds>;
    let date: (monthDay?: string) => string;
    beforeAll(async () => { ({ ids, date } = await freshBudget()); });

    type Row = [name: string, body: (date: string) => Record<string, unknown>, status: number, code: string, field: string | undefined];
    const rows: Row[] = [
      ['a negative amount "-5"', (d) => payment(d, { amount: '-5' }), 422, 'AMOUNT_NOT_POSITIVE', 'amount'],
      ['a zero amount "0"', (d) => payment(d, { amount: '0' }), 422, 'AMOUNT_NOT_POSITIVE', 'amount'],
      ['a zero amount "0.00"', (d) => payment(d, { amount: '0.00' }), 422, 'AMOUNT_NOT_POSITIVE', 'amount'],
      ['an amount with three decimals "1.234"', (d) => payment(d, { amount: '1.234' }), 422, 'AMOUNT_TOO_MANY_DECIMALS', 'amount'],
      ['a non-numeric amount "abc"', (d) => payment(d, { amount: 'abc' }), 422, 'AMOUNT_NOT_A_DECIMAL_STRING', 'amount'],
      ['an amount sent as a JSON number 12.5 (wrong type)', (d) => payment(d, { amount: 12.5 }), 400, 'VALIDATION_FAILED', 'amount'],
      ['a missing amount', (d) => { const { amount: _, ...rest } = payment(d); return rest; }, 400, 'VALIDATION_FAILED', 'amount'],
      ['an unknown field', (d) => payment(d, { approvedBy: '李四' }), 400, 'VALIDATION_FAILED', 'approvedBy'],
      ['a date outside the line\'s fiscal year', (d) => payment(`${Number(d.slice(0, 4)) - 1}-12-31`), 422, 'DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate'],
      ['a date that does not exist "2023-02-30"', (d) => payment(`${d.slice(0, 4)}-02-30`), 400, 'VALIDATION_FAILED', 'effectiveDate'],
      ['a date written "2023/3/5"', (d) => payment(`${d.slice(0, 4)}/3/5`), 400, 'VALIDATION_FAILED', 'effectiveDate'],
      ['beneficiaries -1', (d) => payment(d, { beneficiaries: -1 }), 400, 'VALIDATION_FAILED', 'beneficiaries'],
      ['beneficiaries 1.5', (d) => payment(d, { beneficiaries: 1.5 }), 400, 'VALIDATION_FAILED', 'beneficiaries'],
      ['a missing voucher number', (d) => payment(d, { voucherNo: undefined }), 400, 'VALIDATION_FAILED', 'voucherNo'],
      ['a blank voucher number', (d) => payment(d, { voucherNo: '   ' }), 422, 'REQUIRED', 'voucherNo'],
    ];

    it.each(rows)('%s', async (_, body, status, code, field) => {
      const line = await t.line(ids.operating);
      const head = await t.headPosition();

      const res = await disburse(ids.operating, body(date()));

      expectProblem(res, status, code, field);
      expect(await t.headPosition()).toBe(head);
      expect(await t.line(ids.operating)).toEqual(line);
    });

    it('an unknown line → 404 LINE_NOT_FOUND', async () => {
      const head = await t.headPosition();

      const res = await disburse('426001-2023-NOPE', payment(date()));

      expectProblem(res, 404, 'LINE_NOT_FOUND', 'lineId');
      expect(await t.headPosition()).toBe(head);
    });

    it('a body over the 100kb limit → 413 PAYLOAD_TOO_LARGE', async () => {
      const line = await t.line(ids.operating);
      const head = await t.headPosition();

      const res = await disburse(ids.operating, payment(date(), { summary: '摘'.repeat(60_000) }));

      expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
      expect(await t.headPosition()).toBe(head);
      expect(await t.line(ids.operating)).toEqual(line);
    });

    it('malformed JSON → 400 MALFORMED_JSON', async () => {
      const head = await t.headPosition();

      const res = await t.http.post(`/api/v1/lines/${ids.operating}/disbursements`)
        .set('Content-Type', 'application/json').send(`{"amount": "10.00", "effectiveDate": "${date()}",`);

      expectProblem(res, 400, 'MALFORMED_JSON');
      expect(await t.headPosition()).toBe(head);
    });
  });

  it('given a block line, when a disbursement exceeds its available balance, then 409 OVERSPEND_BLOCKED: the payment is not recorded but an OverspendBlocked fact is', async () => {
    const { ids, date } = await freshBudget();
    expectStatus(await disburse(ids.operating, payment(date(), { amount: '99000.00' })), 201);
    const before = await t.line(ids.operating);
    const head = await t.headPosition();

    const attempt = payment(date(), { amount: '1000.01' });
    const res = await disburse(ids.operating, attempt);

    expectProblem(res, 409, 'OVERSPEND_BLOCKED', 'amount');
    expect(res.body.details).toMatchObject({ lineId: ids.operating, available: '1000.00', requested: '1000.01', shortfall: '0.01' });
    expect(await t.headPosition()).toBe(head + 1);
    const after = await t.line(ids.operating);
    expect(after).toMatchObject({ disbursed: before.disbursed, available: '1000.00', disbursements: before.disbursements, revision: before.revision + 1 });
    const [fact] = await t.store.readStream(`line-${ids.operating}`, { fromRevision: before.revision + 1 });
    expect(fact).toMatchObject({ type: 'OverspendBlocked.v1', data: { lineId: ids.operating, requested: '1000.01', shortfall: '0.01' } });
    // the same attempt again (a client retrying) is the same fact: nothing more is recorded
    expectProblem(await disburse(ids.operating, attempt), 409, 'OVERSPEND_BLOCKED', 'amount');
    expect(await t.headPosition()).toBe(head + 1);
    // exactly the balance still goes through
    expectStatus(await disburse(ids.operating, payment(date(), { amount: '1000.00' })), 201);
    expect(await t.line(ids.operating)).toMatchObject({ available: '0.00', disbursed: '100000.00' });
  });

  it('given a warn line, when a disbursement exceeds its available balance, then it is recorded with an OverspendWarned fact and the balance goes negative', async () => {
    const { ids, date } = await freshBudget();
    const head = await t.headPosition();

    const res = await disburse(ids.employment, payment(date(), { amount: '200500.00' }));

    expectStatus(res, 201);
    expect(res.body.eventIds).toHaveLength(2);
    expect(await t.headPosition()).toBe(head + 2);
    expect(await t.line(ids.employment)).toMatchObject({ appropriated: '200000.00', disbursed: '200500.00', available: '-500.00' });
    const events = await t.store.readStream(`line-${ids.employment}`, { fromRevision: 1 });
    expect(events.map((e) => e.type)).toEqual(['DisbursementRecorded.v1', 'OverspendWarned.v1']);
    expect(events[1].data).toMatchObject({ available: '200000.00', requested: '200500.00', shortfall: '500.00' });
  });

  it('a line\'s payments are paged and looked up by 凭证号, payee and dates; an impossible date is refused naming the field', async () => {
    const { ids, date } = await freshBudget();
    const paid = [];
    for (const [day, payee] of [['03-05', '张三'], ['04-10', '某劳务公司'], ['05-20', '张三']] as const) {
      const res = await disburse(ids.operating, payment(date(day), { payee, amount: '10.00' }));
      expectStatus(res, 201);
      paid.push(res.body.disbursementId as string);
    }
    const list = (query: string) => t.http.get(`/api/v1/lines/${ids.operating}/disbursements${query}`);
    const byVoucher = await list(`?voucherNo=${encodeURIComponent(String((await list('?limit=1')).body.disbursements[0].voucherNo))}`);
    expect(byVoucher.body).toMatchObject({ total: 1, disbursements: [{ disbursementId: paid[2] }] });
    expect((await list(`?payee=${encodeURIComponent('张三')}`)).body.disbursements.map((d: { disbursementId: string }) => d.disbursementId)).toEqual([paid[2], paid[0]]);
    expect((await list(`?from=${date('04-01')}&to=${date('04-30')}`)).body).toMatchObject({ total: 1, disbursements: [{ disbursementId: paid[1], payee: '某劳务公司' }] });
    expect((await list('?limit=2&offset=2')).body).toMatchObject({ total: 3, limit: 2, offset: 2, disbursements: [{ disbursementId: paid[0] }] });
    expectProblem(await list('?from=2023-02-30'), 400, 'VALIDATION_FAILED', 'from');
  });

  describe('vouchers (凭证号) are unique per unit and year', () => {
    it('given a recorded voucher, when the same request is sent again, then it answers replayed:true with the same eventIds and records nothing', async () => {
      const { ids, date } = await freshBudget();
      const body = payment(date(), { amount: '300.00' });
      const first = await disburse(ids.personnel, body);
      expectStatus(first, 201);
      const head = await t.headPosition();

      const again = await disburse(ids.personnel, { ...body, amount: '300' });

      expectStatus(again, 201);
      expect(again.body).toEqual({ ...first.body, replayed: true });
      expect(await t.headPosition()).toBe(head);
      expect(await t.line(ids.personnel)).toMatchObject({ disbursed: '300.00', disbursements: 1 });
    });

    it('given a voucher recorded with an overspend warning, when the same request is sent again, then the first answer (both event ids) is replayed and nothing is recorded', async () => {
      const { ids, date } = await freshBudget();
      const body = payment(date(), { amount: '200000.50' });
      const first = await disburse(ids.employment, body);
      expectStatus(first, 201);
      expect(first.body.eventIds).toHaveLength(2);
      const head = await t.headPosition();

      const again = await disburse(ids.employment, body);

      expectStatus(again, 201);
      expect(again.body).toEqual({ ...first.body, replayed: true });
      expect(await t.headPosition()).toBe(head);
      expect(await t.line(ids.employment)).toMatchObject({ disbursed: '200000.50', available: '-0.50', disbursements: 1 });
    });

    it('given a recorded voucher, when it is sent with a different amount, then 409 VOUCHER_ALREADY_USED and nothing is recorded', async () => {
      const { ids, date } = await freshBudget();
      const body = payment(date(), { amount: '300.00' });
      expectStatus(await disburse(ids.personnel, body), 201);
      const head = await t.headPosition();

      const res = await disburse(ids.personnel, { ...body, amount: '300.01' });

      expectProblem(res, 409, 'VOUCHER_ALREADY_USED', 'voucherNo');
      expect(await t.headPosition()).toBe(head);
      expect(await t.line(ids.personnel)).toMatchObject({ disbursed: '300.00', disbursements: 1 });
    });

    it('given a recorded voucher, when it is used on another line of the same unit, then 409 VOUCHER_ALREADY_USED and nothing is recorded', async () => {
      const { ids, date } = await freshBudget();
      const body = payment(date(), { amount: '300.00' });
      expectStatus(await disburse(ids.personnel, body), 201);
      const other = await t.line(ids.operating);
      const head = await t.headPosition();

      const res = await disburse(ids.operating, body);

      expectProblem(res, 409, 'VOUCHER_ALREADY_USED', 'voucherNo');
      expect(await t.headPosition()).toBe(head);
      expect(await t.line(ids.operating)).toEqual(other);
    });

    it('given a recorded voucher of one unit, when another unit uses the same number, then it is recorded', async () => {
      const { ids, date } = await freshBudget();
      const voucherNo = voucher();
      expectStatus(await disburse(ids.personnel, payment(date(), { voucherNo })), 201);

      const res = await disburse(ids.fund, payment(date(), { voucherNo }));

      expectStatus(res, 201);
      expect(res.body.replayed).toBe(false);
    });
  });

  describe('Idempotency-Key', () => {
    it('given a request made with a key, when the same key and body are sent again, then the first response is replayed with Idempotent-Replayed and nothing is recorded', async () => {
      const { ids, date } = await freshBudget();
      const body = payment(date(), { amount: '50.00' });
      const headers = { 'Idempotency-Key': 'e2e-key-1' };
      const first = await disburse(ids.personnel, body, headers);
      expectStatus(first, 201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const head = await t.headPosition();

      const again = await disburse(ids.personnel, body, headers);

      expectStatus(again, 201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(await t.headPosition()).toBe(head);
      expect(await t.line(ids.personnel)).toMatchObject({ disbursed: '50.00', disbursements: 1 });
    });

    it('given a request made with a key, when the same body is sent again with its fields in another order, then it is the same request and is replayed', async () => {
      const { ids, date } = await freshBudget();
      const body = payment(date(), { amount: '60.00' });
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const headers = { 'Idempotency-Key': 'e2e-key-order' };
      const first = await disburse(ids.personnel, body, headers);
      expectStatus(first, 201);
      const again = await disburse(ids.personnel, reordered, headers);
      expectStatus(again, 201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(await t.line(ids.personnel)).toMatchObject({ disbursed: '60.00', disbursements: 1 });
    });

    it('given a used key, when it comes with a different body, then 422 IDEMPOTENCY_KEY_REUSED and nothing is recorded', async () => {
      const { ids, date } = await freshBudget();
      const headers = { 'Idempotency-Key': 'e2e-key-2' };
      expectStatus(await disburse(ids.personnel, payment(date(), { amount: '50.00' }), headers), 201);
      const head = await t.headPosition();

      const res = await disburse(ids.personnel, payment(date(), { amount: '60.00' }), headers);

      expectProblem(res, 422, 'IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key');
      expect(await t.headPosition()).toBe(head);
      expect(await t.line(ids.personnel)).toMatchObject({ disbursed: '50.00', disbursements: 1 });
    });

    it('given a request rejected under a key, when it is retried, then the stored rejection is replayed with its original status and nothing is recorded', async () => {
      const { ids, date } = await freshBudget();
      const headers = { 'Idempotency-Key': 'e2e-key-3' };
      const body = payment(date(), { amount: '100000.01' });
      const first = await disburse(ids.operating, body, headers);
      expectProblem(first, 409, 'OVERSPEND_BLOCKED', 'amount');
      const head = await t.headPosition();

      const again = await disburse(ids.operating, body, headers);

      expectProblem(again, 409, 'OVERSPEND_BLOCKED', 'amount');
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(await t.headPosition()).toBe(head); // no second OverspendBlocked
    });
  });

  describe('reversals (冲销)', () => {
    it('given a disbursement, when it is reversed, then the line\'s disbursed total drops; reversed twice → 409 DISBURSEMENT_ALREADY_REVERSED and nothing is recorded', async () => {
      const { ids, date } = await freshBudget();
      const recorded = await disburse(ids.personnel, payment(date('03-05'), { amount: '800.00' }));
      expectStatus(recorded, 201);
      const [disbursementId] = recorded.body.eventIds as string[];

      const first = await reverse(ids.personnel, disbursementId, { effectiveDate: date('03-20'), reason: '重复支付，原路退回' });

      expectStatus(first, 201);
      expect(first.body).toMatchObject({ streamId: `line-${ids.personnel}`, replayed: false });
      expect(await t.line(ids.personnel)).toMatchObject({ disbursed: '0.00', available: '500000.00' });
      const head = await t.headPosition();

      const second = await reverse(ids.personnel, disbursementId, { effectiveDate: date('03-21'), reason: '再次冲销' });

      expectProblem(second, 409, 'DISBURSEMENT_ALREADY_REVERSED', 'disbursementId');
      expect(await t.headPosition()).toBe(head);
      expect(await t.line(ids.personnel)).toMatchObject({ disbursed: '0.00' });
    });

    it('given a disbursement, when a reversal exceeds it, then 422 REVERSAL_EXCEEDS_DISBURSEMENT and nothing is recorded; a partial reversal is fine', async () => {
      const { ids, date } = await freshBudget();
      const recorded = await disburse(ids.personnel, payment(date(), { amount: '800.00' }));
      const [disbursementId] = recorded.body.eventIds as string[];
      const head = await t.headPosition();

      const tooMuch = await reverse(ids.personnel, disbursementId, { amount: '800.01', effectiveDate: date(), reason: '冲销' });

      expectProblem(tooMuch, 422, 'REVERSAL_EXCEEDS_DISBURSEMENT', 'amount');
      expect(await t.headPosition()).toBe(head);
      expect(await t.line(ids.personnel)).toMatchObject({ disbursed: '800.00' });

      expectStatus(await reverse(ids.personnel, disbursementId, { amount: '300.00', effectiveDate: date(), reason: '部分退回' }), 201);
      expect(await t.line(ids.personnel)).toMatchObject({ disbursed: '500.00' });
    });

    it('given no such disbursement on the line, when it is reversed, then 404 DISBURSEMENT_NOT_FOUND', async () => {
      const { ids, date } = await freshBudget();
      const res = await reverse(ids.personnel, '00000000-0000-4000-8000-000000000000', { effectiveDate: date(), reason: '冲销' });
      expectProblem(res, 404, 'DISBURSEMENT_NOT_FOUND', 'disbursementId');
    });
  });

  it('given a stale revision in If-Match, when a disbursement is posted, then 412 REVISION_MISMATCH and nothing is recorded; the current revision succeeds', async () => {
    const { ids, date } = await freshBudget();
    const seen = await t.line(ids.personnel);
    expectStatus(await disburse(ids.personnel, payment(date())), 201); // someone else moved the line on
    const head = await t.headPosition();

    const stale = await disburse(ids.personnel, payment(date()), { 'If-Match': `"${seen.revision}"` });

    expectProblem(stale, 412, 'REVISION_MISMATCH', 'If-Match');
    expect(await t.headPosition()).toBe(head);
    const current = await t.line(ids.personnel);
    expect(current.revision).toBe(seen.revision + 1);

    const fresh = await disburse(ids.personnel, payment(date()), { 'If-Match': `"${current.revision}"` });
    expectStatus(fresh, 201);
    expect(fresh.body.revision).toBe(current.revision + 1);
  });

  it('given an If-Match that is not a revision, when a disbursement is posted, then 400 INVALID_IF_MATCH and nothing is recorded', async () => {
    const { ids, date } = await freshBudget();
    const head = await t.headPosition();
    const res = await disburse(ids.personnel, payment(date()), { 'If-Match': '"abc"' });
    expectProblem(res, 400, 'VALIDATION_FAILED', 'If-Match');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'If-Match', code: 'INVALID_IF_MATCH' })]);
    expect(await t.headPosition()).toBe(head);
  });

  it('given one line, when 20 disbursements arrive concurrently, then all succeed (retried on conflict) and the balance is exact', async () => {
    const { ids, date } = await freshBudget();
    const head = await t.headPosition();

    const responses = await Promise.all(Array.from({ length: 20 }, () => disburse(ids.personnel, payment(date(), { amount: '100.01' }))));

    for (const res of responses) expectStatus(res, 201);
    expect(new Set(responses.map((r) => r.body.revision)).size).toBe(20);
    expect(await t.headPosition()).toBe(head + 20);
    expect(await t.line(ids.personnel)).toMatchObject({ disbursed: '2000.20', available: '497999.80', disbursements: 20, revision: 20 });
  });

  /**
   * Reads here take a few milliseconds (as a networked store's do), so concurrent commands would load the same
   * revision and collide. Commands on one line take turns inside the process instead: 20 at once, more than
   * COMMAND_RETRIES + 1, all get through without a single conflict. (Collisions between processes are retried:
   * libs/kernel/src/aggregate-store-race.int-spec.ts.)
   */
  it('given a store slow enough for commands to interleave, when 20 disbursements race on one line, then they take turns: no conflict, all succeed with an exact balance', async () => {
    const { ids, date } = await freshBudget();
    const store = t.store as { readStream: typeof t.store.readStream; append: typeof t.store.append; appendMultiple: typeof t.store.appendMultiple };
    const { readStream, append, appendMultiple } = store;
    let conflicts = 0;
    let reads = 0;
    store.readStream = async (...args) => {
      const events = await readStream.apply(t.store, args);
      reads++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return events;
    };
    const counting = <A extends unknown[], R>(write: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
      try {
        return await write.apply(t.store, args);
      } catch (error) {
        if ((error as { code?: string }).code === 'WRONG_EXPECTED_REVISION') conflicts++;
        throw error;
      }
    };
    // a payment is written with its fiscal year's guard (ADR 0013), as a multi-stream append
    store.append = counting(append);
    store.appendMultiple = counting(appendMultiple);
    try {
      const responses = await Promise.all(Array.from({ length: 20 }, () => disburse(ids.personnel, payment(date(), { amount: '0.01' }))));

      for (const res of responses) expectStatus(res, 201);
      expect(reads).toBeGreaterThan(0); // the slow store was in the path
      expect(conflicts).toBe(0);
    } finally {
      Reflect.deleteProperty(store, 'readStream'); // back to the class's own methods
      Reflect.deleteProperty(store, 'append');
      Reflect.deleteProperty(store, 'appendMultiple');
    }
    expect(await t.line(ids.personnel)).toMatchObject({ disbursed: '0.20', available: '499999.80', disbursements: 20, revision: 20 });
  });

  /**
   * Requests to several API instances do not take turns: here each request acts as if it came from its own
   * instance, and the first two loads of the line meet before either decides (collideOn), so concurrent commands
   * really collide and must retry. COMMAND_RETRIES (5) + 1 writers always get through: every failed attempt is
   * caused by another writer's success.
   */
  it('given requests from several instances that interleave, when COMMAND_RETRIES + 1 disbursements race on one line, then the collisions are retried and all succeed with an exact balance', async () => {
    const { ids, date } = await freshBudget();
    // a payment is written with its fiscal year's guard (ADR 0013), as a multi-stream append: both are counted
    const collision = collideOn(t.store, (streamId) => streamId === `line-${ids.personnel}`, { aggregates: t.app.get(AggregateStore) });
    try {
      const responses = await Promise.all(Array.from({ length: 6 }, () => disburse(ids.personnel, payment(date(), { amount: '0.01' }))));

      for (const res of responses) expectStatus(res, 201);
      expect(collision.conflicts()).toBeGreaterThan(0);
    } finally {
      collision.restore();
    }
    expect(await t.line(ids.personnel)).toMatchObject({ disbursed: '0.06', available: '499999.94', disbursements: 6, revision: 6 });
  });
});
