import { alerting, onlyRules } from './support/alerting';
import { sanGongDocument, sanGongLines } from './support/sangong-document';
import { TestApp, expectStatus, startTestApp } from './support/test-app';

/** 三公经费接近预算上限 (sangong_cap), evaluated explicitly as of chosen dates and read back through GET /api/v1/alerts. */
describe('alert rule: 三公经费接近预算上限 (e2e)', () => {
  let t: TestApp;
  const ids = sanGongLines(2023);
  beforeAll(async () => {
    t = await startTestApp({ ALERT_SETTINGS: onlyRules({ sangong_cap: {} }) });
    await t.importBudget(sanGongDocument(2023) as never);
  });
  afterAll(async () => { await t?.close(); });

  const pay = async (lineId: string, amount: string, date: string, voucherNo: string) => {
    const res = await t.http.post(`/api/v1/lines/${lineId}/disbursements`).send({ amount, effectiveDate: date, voucherNo });
    expectStatus(res, 201);
    return res.body.eventIds[0] as string;
  };
  const evaluate = (asOf: string) => alerting(t).evaluation.run({ now: new Date(), asOf, runId: `sangong-${asOf}` });
  const alerts = async (status = 'open') => {
    const res = await t.http.get(`/api/v1/alerts?rule=sangong_cap&status=${status}&minPosition=${await t.store.headPosition()}`);
    expectStatus(res, 200);
    return res.body.alerts as { subjectKey: string; ruleName: string; severity: string; status: string; summary: string; actual: string; target: string; link: string; unit: string | null }[];
  };

  it('given 80% of the 接待 cap used (department and 426006\'s own), then yellow alerts with live figures and a link; at 95% the department\'s turns red; a reversal resolves them', async () => {
    await pay(ids.reception, '32000.00', '2023-03-01', 'S-1');
    const big = await pay(ids.reception426006, '16000.00', '2023-03-02', 'S-2');
    await evaluate('2023-03-31');
    const first = await alerts();
    expect(first.map((a) => [a.subjectKey, a.severity, a.actual, a.target])).toEqual(expect.arrayContaining([
      ['sangong-2023-department-reception', 'yellow', '48000.00', '60000.00'], ['sangong-2023-426006-reception', 'yellow', '16000.00', '20000.00'],
    ]));
    expect(first).toHaveLength(2);
    const dept = first.find((a) => a.unit === null)!;
    expect(dept.ruleName).toBe('三公经费接近预算上限');
    expect(dept.summary).toBe('三公经费「公务接待费」已使用 48,000.00 元，占预算上限 60,000.00 元的 80.00%，尚余 12,000.00 元，达到 80% 的黄灯警戒线。');
    expect(dept.link).toBe('/sangong?fiscalYear=2023&asOf=2023-03-31');

    await pay(ids.reception, '9000.00', '2023-04-01', 'S-3');
    await evaluate('2023-04-30');
    const red = (await alerts()).find((a) => a.unit === null) as unknown as { severity: string; actual: string; now: { holds: boolean; severity: string; actual: string } };
    expect(red).toMatchObject({ severity: 'red', actual: '57000.00' });
    // live figures: the rule run again as of now (the year is over: 31 December)
    expect(red.now).toMatchObject({ holds: true, severity: 'red', actual: '57000.00' });

    expectStatus(await t.http.post(`/api/v1/lines/${ids.reception426006}/disbursements/${big}/reversals`).send({ effectiveDate: '2023-05-02', reason: '重复报销，全额退回' }), 201);
    await evaluate('2023-05-31');
    expect(await alerts()).toEqual([]);
    expect((await alerts('resolved')).map((a) => a.subjectKey).sort()).toEqual(['sangong-2023-426006-reception', 'sangong-2023-department-reception']);
  });
});
