import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { REFUSALS_RECORDED_PER_BALANCE } from '@app/domain';
import { lineIds } from './support/budget-document';
import { TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/**
 * Issue 12 §3: a refused overspend with a fresh 凭证号 appended an OverspendBlocked event every time, so anyone
 * allowed to pay on a line could grow the event store without limit. The refusal stays an audit fact, bounded:
 * at most REFUSALS_RECORDED_PER_BALANCE per line and available balance, exactly so under a burst (ADR 3).
 */
describe('refused overspends on record, bounded', () => {
  let t: TestApp;
  const ids = lineIds(2023);

  beforeAll(async () => {
    t = await startTestApp();
    await t.importBudget();
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  const pay = (lineId: string, voucherNo: string, amount: string) =>
    t.http.post(`/api/v1/lines/${lineId}/disbursements`).send({ amount, effectiveDate: '2023-05-06', voucherNo });
  const refusalsOn = async (lineId: string) => (await t.store.readStream(`line-${lineId}`)).filter((e) => e.type === 'OverspendBlocked.v1');

  it('given a block line, when refused payments keep coming with fresh vouchers, then each is refused 409, the first few are recorded and the rest only answered', async () => {
    const answers = [];
    for (let i = 0; i < REFUSALS_RECORDED_PER_BALANCE + 4; i++) answers.push(await pay(ids.operating, `spam-${i}`, '100000.01'));

    for (const res of answers) expectProblem(res, 409, 'OVERSPEND_BLOCKED', 'amount');
    expect(answers.map((r) => r.body.details.refusalRecorded)).toEqual([
      ...Array<boolean>(REFUSALS_RECORDED_PER_BALANCE).fill(true), false, false, false, false,
    ]);
    const recorded = await refusalsOn(ids.operating);
    expect(recorded.map((e) => (e.data as { voucherNo: string }).voucherNo)).toEqual(['spam-0', 'spam-1', 'spam-2', 'spam-3', 'spam-4']);
    expect(recorded.map((e) => e.metadata.actor)).toEqual(Array(REFUSALS_RECORDED_PER_BALANCE).fill('admin'));

    // the balance moves (追加 of 1.00): refusals against the new balance are facts again
    expectStatus(await t.http.post(`/api/v1/lines/${ids.operating}/increases`).send({ amount: '1.00', effectiveDate: '2023-05-06', reason: '追加' }), 201);
    const head = await t.headPosition();
    expect((await pay(ids.operating, 'after-increase', '100001.01')).body.details).toMatchObject({ available: '100001.00', refusalRecorded: true });
    expect(await t.headPosition()).toBe(head + 1);
  });

  it('given a burst of concurrent refused payments with fresh vouchers, then exactly REFUSALS_RECORDED_PER_BALANCE are recorded and every one is answered 409 OVERSPEND_BLOCKED', async () => {
    await burstOfRefusals(t);
  });
});

/** 20 refused payments at once on the personnel line: each refusal is appended at the revision it was decided on. */
async function burstOfRefusals(app: TestApp): Promise<void> {
  const line = lineIds(2023).personnel;
  const burst = await Promise.all(Array.from({ length: 20 }, (_, i) =>
    app.http.post(`/api/v1/lines/${line}/disbursements`).send({ amount: '500000.01', effectiveDate: '2023-05-06', voucherNo: `burst-${i}` })));

  for (const res of burst) expectProblem(res, 409, 'OVERSPEND_BLOCKED', 'amount');
  expect((await app.store.readStream(`line-${line}`)).filter((e) => e.type === 'OverspendBlocked.v1')).toHaveLength(REFUSALS_RECORDED_PER_BALANCE);
  expect(burst.filter((r) => r.body.details.refusalRecorded === true)).toHaveLength(REFUSALS_RECORDED_PER_BALANCE);
}

/** On PostgreSQL an append really waits for the server, so concurrent requests interleave between decision and append. */
describe('refused overspends on record, bounded, on the PostgreSQL event store', () => {
  const PG_URL = process.env.READ_MODEL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `refusals_${randomUUID().slice(0, 8)}`;
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ EVENT_STORE: 'postgres', EVENT_STORE_URL: PG_URL, EVENT_STORE_SCHEMA: schema });
    await t.importBudget();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    const pg = new Client({ connectionString: PG_URL });
    await pg.connect().then(() => pg.query(`drop schema if exists "${schema}" cascade`)).finally(() => pg.end());
  });

  it('given a burst of concurrent refused payments, then exactly REFUSALS_RECORDED_PER_BALANCE are recorded', async () => {
    await burstOfRefusals(t);
  });
});
