import { budgetDocument, lineIds } from './support/budget-document';
import { alerting, mailsTo, onlyRules, subscribe, triggersCaughtUp } from './support/alerting';
import { TestSmtp, startSmtp } from './support/smtp';
import { TestApp, expectStatus, startTestApp } from './support/test-app';

jest.setTimeout(180_000);

/**
 * The alert scenarios of issue 5 against the real Redis of this machine and a real SMTP server in-process:
 * queued evaluations, lifecycle events, and exactly the e-mails a manager should get.
 */
describe('alerts (e2e)', () => {
  let smtp: TestSmtp;
  beforeAll(async () => { smtp = await startSmtp(); });
  afterAll(async () => { await smtp?.close(); });

  describe('欠薪处置率 falls behind its 100% target', () => {
    let t: TestApp;
    const caseIds: string[] = [];
    const ZHANG = 'zhang.426006@example.gov.cn';
    const LI = 'li.426001@example.gov.cn';

    beforeAll(async () => {
      t = await startTestApp({ ALERTS_ENABLED: 'true', SMTP_URL: smtp.url, ALERT_SETTINGS: onlyRules({ indicator_light: {} }), EMAIL_BACKOFF_MS: '50' });
      await t.redisReady();
      await t.importBudget(budgetDocument(2023));
      await subscribe(await t.httpAs({ role: 'manager', units: ['426006'] }), ZHANG, ['426006']);
      await subscribe(await t.httpAs({ role: 'manager', units: ['426001'] }), LI, ['426001']);
    });
    afterAll(async () => { await t?.close(); });

    it('given 5 cases of which 4 resolved (80%), when the queued evaluation runs, then exactly one e-mail, to the manager subscribed to 426006, naming target 100% and actual 80%', async () => {
      const { worker } = alerting(t);
      await worker().pause();
      for (let i = 0; i < 5; i++) {
        const res = await t.http.post('/api/v1/wage-arrears-cases').send({ unit: '426006', employer: `某劳务公司${i}`, workersAffected: 2, amountOwed: '6000.00', effectiveDate: '2023-06-01' });
        expectStatus(res, 201);
        caseIds.push(res.body.caseId);
      }
      for (const id of caseIds.slice(0, 4)) {
        expectStatus(await t.http.post(`/api/v1/wage-arrears-cases/${id}/resolution`).send({ resolution: 'employer_paid', effectiveDate: '2023-06-20' }), 201);
      }
      await triggersCaughtUp(t);
      worker().resume();

      const [mail] = await mailsTo(t, smtp, ZHANG, 1);

      expect(mail.subject).toMatch(/预警/);
      expect(mail.subject).toMatch(/欠薪处置率/);
      expect(mail.body).toMatch(/100(\.00)?%/);
      expect(mail.body).toMatch(/80\.00%/);
      expect(mail.body).toMatch(/红灯/);
      expect(smtp.received.filter((m) => m.to.includes(LI))).toHaveLength(0);
      const alerts = await t.http.get('/api/v1/alerts?status=open');
      expect(alerts.body.alerts).toEqual([expect.objectContaining({ rule: 'indicator_light', severity: 'red', unit: '426006', status: 'open', actual: '80.00' })]);
    });

    it('when evaluated again, then no e-mail', async () => {
      const outcome = await alerting(t).evaluation.run({ now: new Date(), runId: 'again' });
      await triggersCaughtUp(t);

      expect(outcome.recorded).toEqual({});
      expect(await mailsTo(t, smtp, ZHANG, 1)).toHaveLength(1);
    });

    it('when evaluated a week later, past the 24 h repeat interval, then one reminder', async () => {
      const weekLater = new Date(Date.now() + 7 * 86_400_000);
      const outcome = await alerting(t).evaluation.run({ now: weekLater, runId: 'week-later' });
      await triggersCaughtUp(t);

      expect(outcome.recorded).toEqual({ 'AlertReminded.v1': 1 });
      const mails = await mailsTo(t, smtp, ZHANG, 2);
      expect(mails[1].subject).toMatch(/提醒/);
      expect((await alerting(t).evaluation.run({ now: weekLater, runId: 'week-later-again' })).recorded).toEqual({});
    });

    it('when the last case is resolved (back to 100%), then one resolved notice, and the alert is closed', async () => {
      expectStatus(await t.http.post(`/api/v1/wage-arrears-cases/${caseIds[4]}/resolution`).send({ resolution: 'fund_advance', effectiveDate: '2023-07-01' }), 201);

      const mails = await mailsTo(t, smtp, ZHANG, 3);

      expect(mails[2].subject).toMatch(/解除/);
      expect(smtp.received.filter((m) => m.to.includes(LI))).toHaveLength(0);
      const open = await t.http.get(`/api/v1/alerts?status=open&minPosition=${await t.store.headPosition()}`);
      expect(open.body.alerts).toEqual([]);
    });
  });

  describe('execution of a project trails time progress at month-ends', () => {
    let t: TestApp;
    const WANG = 'wang.426001@example.gov.cn';

    beforeAll(async () => {
      t = await startTestApp({ ALERTS_ENABLED: 'true', SMTP_URL: smtp.url, ALERT_SETTINGS: onlyRules({ execution_lag: { levels: ['project'] } }), EMAIL_BACKOFF_MS: '50' });
      await t.redisReady();
      await alerting(t).worker().pause(); // only the month-end runs below evaluate
      await t.importBudget(budgetDocument(2023));
      await subscribe(await t.httpAs({ role: 'manager', units: ['426001'] }), WANG, ['426001']);
      // P01 就业补助资金: 200,000.00 appropriated, 35,000.00 paid in February = 17.5%
      expectStatus(await t.http.post(`/api/v1/lines/${lineIds(2023).employment}/disbursements`).send({ amount: '35000.00', effectiveDate: '2023-02-10', voucherNo: '记-2023-02-0001' }), 201);
    });
    afterAll(async () => { await t?.close(); });

    it('given 17.5% spent, at 31 March (序时进度 25%) a yellow alert; at 30 April (33.33%) it escalates to red', async () => {
      const { evaluation } = alerting(t);

      const march = await evaluation.run({ now: new Date(), asOf: '2023-03-31', runId: 'march' });
      await triggersCaughtUp(t);
      const [raised] = await mailsTo(t, smtp, WANG, 1);
      expect(march.recorded['AlertRaised.v1']).toBeGreaterThanOrEqual(1);
      expect(raised.subject).toMatch(/黄灯/);
      expect(raised.body).toMatch(/17\.50%/);
      expect(raised.body).toMatch(/25\.00%/);

      await evaluation.run({ now: new Date(), asOf: '2023-04-30', runId: 'april' });
      await triggersCaughtUp(t);
      const mails = await mailsTo(t, smtp, WANG, 2);
      expect(mails[1].subject).toMatch(/升级|红灯/);
      expect(mails[1].body).toMatch(/33\.33%/);

      const alerts = await t.http.get(`/api/v1/alerts?rule=execution_lag&minPosition=${await t.store.headPosition()}`);
      expect(alerts.body.alerts.find((a: { subjectKey: string }) => a.subjectKey === 'project-2023-P01')).toMatchObject({ severity: 'red', status: 'open', escalatedAt: expect.any(String) });
    });

    it('a manager acknowledges it with a note; an accountant may not (403)', async () => {
      const alerts = await t.http.get(`/api/v1/alerts?rule=execution_lag&minPosition=${await t.store.headPosition()}`);
      const alertId = alerts.body.alerts.find((a: { subjectKey: string }) => a.subjectKey === 'project-2023-P01').alertId;
      const accountant = await t.httpAs({ role: 'accountant', units: ['426001'] });
      expectStatus(await accountant.post(`/api/v1/alerts/${alertId}/acknowledgement`).send({ note: '已知悉' }), 403);
      const manager = await t.httpAs({ role: 'manager', units: ['426001'] });
      const res = await manager.post(`/api/v1/alerts/${alertId}/acknowledgement`).send({ note: '已督促加快支付进度' });
      expectStatus(res, 201);
      const after = await t.http.get(`/api/v1/alerts?rule=execution_lag&minPosition=${res.body.position}`);
      expect(after.body.alerts.find((a: { alertId: string }) => a.alertId === alertId)).toMatchObject({ acknowledged: true, acknowledgementNote: '已督促加快支付进度', acknowledgedBy: { username: manager.username, displayName: manager.username } });
      expectStatus(await manager.post(`/api/v1/alerts/${alertId}/acknowledgement`).send({ note: '再次' }), 409);
    });
  });
});
