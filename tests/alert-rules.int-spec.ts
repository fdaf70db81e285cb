import { OverspendIncident } from '../apps/worker/src/alerts/evaluation/overspend-incident';
import { budgetDocument, indicatorIds, lineIds } from './support/budget-document';
import { alerting, onlyRules } from './support/alerting';
import { TestApp, expectStatus, startTestApp } from './support/test-app';

/**
 * The rules beyond the two scenarios of tests/alerts.int-spec.ts, evaluated explicitly as of chosen dates
 * (no background evaluation), read back through GET /api/v1/alerts.
 */
describe('alert rules (e2e)', () => {
  let t: TestApp;
  const ids = lineIds(2023);
  let caseId: string;
  const now = () => new Date();

  beforeAll(async () => {
    t = await startTestApp({
      ALERT_SETTINGS: onlyRules({ fund_balance_low: {}, fund_advance_overdue: {}, indicator_stale: {}, overspend: {} }),
    });
    await t.importBudget(budgetDocument(2023));
    const reported = await t.http.post('/api/v1/wage-arrears-cases').send({ unit: '426006', employer: '某建筑劳务有限公司', workersAffected: 20, amountOwed: '60000.00', effectiveDate: '2023-01-20' });
    expectStatus(reported, 201);
    caseId = reported.body.caseId;
    // 46,000.00 of the fund's 50,000.00 advanced on 1 February: 8% left
    expectStatus(await t.http.post(`/api/v1/lines/${ids.fund}/fund-advances`).send({ caseId, amount: '46000.00', workers: 20, effectiveDate: '2023-02-01' }), 201);
  });
  afterAll(async () => { await t?.close(); });

  const open = async (rule: string) => {
    const res = await t.http.get(`/api/v1/alerts?rule=${rule}&minPosition=${await t.store.headPosition()}`);
    expectStatus(res, 200);
    return res.body.alerts as { subjectKey: string; severity: string; status: string; summary: string; actual: string; target: string }[];
  };
  const evaluate = (asOf: string) => alerting(t).evaluation.run({ now: now(), asOf, runId: `rules-${asOf}` });

  it('given an indicator typed in by people and not reported for 104 days, then a yellow 久未填报 alert; a report resolves it', async () => {
    await evaluate('2023-04-15');
    const stale = (await open('indicator_stale')).find((a) => a.subjectKey === `2023-${indicatorIds.satisfaction}`);
    expect(stale).toMatchObject({ severity: 'yellow', actual: '104' });
    expect((await open('indicator_stale')).some((a) => a.subjectKey === `2023-${indicatorIds.disposalRate}`)).toBe(false); // derived: never stale

    expectStatus(await t.http.post(`/api/v1/indicators/2023/${indicatorIds.satisfaction}/progress-reports`).send({ asOf: '2023-04-10', value: '92' }), 201);
    await evaluate('2023-04-15');
    expect((await open('indicator_stale')).some((a) => a.subjectKey === `2023-${indicatorIds.satisfaction}`)).toBe(false);
  });

  it('given 8% of the revolving fund left, then a red 可用余额不足 alert naming the available balance', async () => {
    await evaluate('2023-04-30');

    expect(await open('fund_balance_low')).toEqual([expect.objectContaining({ subjectKey: ids.fund, severity: 'red', actual: '4000.00', target: '5000.00' })]);
  });

  it('given an advance unrecovered for 149 days, then yellow; at 211 days it escalates to red; once recovered it resolves', async () => {
    await evaluate('2023-06-30');
    expect(await open('fund_advance_overdue')).toEqual([expect.objectContaining({ severity: 'yellow', actual: '149' })]);

    await evaluate('2023-08-31');
    expect(await open('fund_advance_overdue')).toEqual([expect.objectContaining({ severity: 'red' })]);

    expectStatus(await t.http.post(`/api/v1/lines/${ids.fund}/fund-recoveries`).send({ caseId, amount: '46000.00', effectiveDate: '2023-09-01' }), 201);
    await evaluate('2023-09-30');
    const [alert] = await open('fund_advance_overdue').then(async () => (await t.http.get(`/api/v1/alerts?rule=fund_advance_overdue&status=all&minPosition=${await t.store.headPosition()}`)).body.alerts);
    expect(alert).toMatchObject({ status: 'resolved', resolvedHow: 'cleared' });
    expect(await open('fund_balance_low')).toEqual([]);
  });

  it('given a blocked overspend attempt, then a red incident on the line; acknowledging it closes it', async () => {
    const refused = await t.http.post(`/api/v1/lines/${ids.operating}/disbursements`).send({ amount: '100000.01', effectiveDate: '2023-05-05', voucherNo: '记-2023-05-0001' });
    expect(refused.status).toBe(409);
    const [blocked] = (await t.store.readStream(`line-${ids.operating}`)).filter((e) => e.type === 'OverspendBlocked.v1');

    await t.app.get(OverspendIncident).record(blocked.id, now());

    const [incident] = await open('overspend');
    expect(incident).toMatchObject({ subjectKey: ids.operating, severity: 'red', status: 'open' });
    expect(incident.summary).toMatch(/100,000\.01 元/);
    const ack = await t.http.post(`/api/v1/alerts/${(incident as unknown as { alertId: string }).alertId}/acknowledgement`).send({ note: '已核实，改由追加预算后支付' });
    expectStatus(ack, 201);
    expect(await open('overspend')).toEqual([]);
  });
});
