import { budgetDocument, lineIds } from './support/budget-document';
import { alerting, alertingIdle, onlyRules, subscribe } from './support/alerting';
import { ReceivedMail, TestSmtp, inlineImages, startSmtp } from './support/smtp';
import { Http, TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

jest.setTimeout(120_000);

/**
 * Alert e-mail as Alertmanager would send it, and past it, against the real Redis and a real SMTP server:
 * grouping per recipient and run, routing to the units whose records drive an alert, live figures next to the
 * raise-time ones, inhibition, silences, bulk acknowledgement, the summary above a threshold, the inline chart.
 */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const day = (n: number) => new Date(Date.now() + n * 86_400_000);

/** The test budget plus the department's own 欠薪处置率 (D-08, weight 100 of the department table), derived from cases. */
function withDepartmentDisposalRate() {
  const doc = budgetDocument(2023);
  doc.indicators.push({ id: 'D-08', scope: 'department', project: null, level1: '效益指标', level2: '社会效益指标', name: '欠薪处置率', comparator: '＝',
    target: '100', targetText: '100', unit: '%', weight: '100', kind: 'level', metric: 'wage_arrears_disposal_rate', subsidyCategory: null });
  return doc;
}

const to = (smtp: TestSmtp, address: string) => smtp.received.filter((m) => m.to.includes(address));
const since = (mails: readonly ReceivedMail[], before: number) => mails.slice(before);

describe('预警邮件 (e2e): grouping, routing, live figures, inhibition, silences', () => {
  let smtp: TestSmtp;
  beforeAll(async () => { smtp = await startSmtp(); });
  afterAll(async () => { await smtp?.close(); });

  describe('欠薪处置率 of the department, driven by the cases of 426006', () => {
    let t: TestApp;
    let zhang: Http;
    const caseIds: string[] = [];
    const ZHANG = 'zhang.426006@example.gov.cn';
    const CHIEF = 'chief.426@example.gov.cn';
    const LI = 'li.426001@example.gov.cn';

    beforeAll(async () => {
      t = await startTestApp({ ALERTS_ENABLED: 'true', SMTP_URL: smtp.url, ALERT_SETTINGS: onlyRules({ indicator_light: {} }), EMAIL_BACKOFF_MS: '50', PUBLIC_URL: 'https://budget.example.gov.cn' });
      await t.redisReady();
      await alerting(t).worker().pause(); // only the runs below evaluate
      await t.importBudget(withDepartmentDisposalRate());
      zhang = await t.httpAs({ role: 'manager', units: ['426006'], displayName: '张振东' });
      await subscribe(zhang, ZHANG, ['426006'], { digest: undefined });
      await subscribe(await t.httpAs({ role: 'manager', units: 'all' }), CHIEF, 'all', { digest: undefined });
      await subscribe(await t.httpAs({ role: 'manager', units: ['426001'] }), LI, ['426001'], { digest: undefined });
      for (let i = 0; i < 3; i++) {
        const res = await t.http.post('/api/v1/wage-arrears-cases').send({ unit: '426006', employer: `某劳务公司${i}`, workersAffected: 2, amountOwed: '6000.00', effectiveDate: '2023-06-01' });
        expectStatus(res, 201);
        caseIds.push(res.body.caseId);
      }
    });
    afterAll(async () => { await t?.close(); });

    it('given 3 cases and none resolved, one run tells the manager of 426006 (whose cases drive it) and the department, one grouped e-mail each, with case counts, a chart and links', async () => {
      await alerting(t).evaluation.run({ now: new Date(), asOf: '2023-06-30', runId: 'june' });
      await alertingIdle(t);

      expect(to(smtp, LI)).toHaveLength(0);
      const [mail] = to(smtp, ZHANG);
      expect(to(smtp, ZHANG)).toHaveLength(1);
      expect(to(smtp, CHIEF)).toHaveLength(1);
      // D-08 (department) and P09-01 (the fund project of 426006) in one e-mail, grouped by unit
      expect(mail.subject).toBe('【预算执行预警】共 2 项（红灯 2 项，黄灯 0 项），涉及 2 个单位');
      expect(mail.body).toContain('== 部门（整体）（1 项）==');
      expect(mail.body).toContain('欠薪案件：报告 3 件，已处置 0 件，未处置 3 件');
      expect(mail.body).toContain('重庆市潼南区人力资源和社会保障行政执法支队：报告 3 件，已处置 0 件，未处置 3 件');
      expect(mail.body).toContain('https://budget.example.gov.cn/indicators/2023/D-08?asOf=2023-06-30');
      const visible = mail.body.replace(/<[^>]*>/g, ' ').replace(/https?:\/\/\S+/g, '');
      expect(visible).not.toMatch(/[A-Z]+_[A-Z_]+|[a-z]+_[a-z]+/); // no rule ids or error codes in what people read
      const [image] = inlineImages(mail.raw);
      expect(image.contentType).toBe('image/png');
      expect(image.bytes.subarray(0, 8)).toEqual(PNG);
      expect(image.bytes.length).toBeGreaterThan(5000);
      expect(mail.raw).toContain(`cid:${image.cid}`);
    });

    it('with 2 of 3 resolved, the alerts page shows 0.00% at raise and 66.67% now; a week later the reminder says both', async () => {
      for (const id of caseIds.slice(0, 2)) {
        expectStatus(await t.http.post(`/api/v1/wage-arrears-cases/${id}/resolution`).send({ resolution: 'employer_paid', effectiveDate: '2023-06-20' }), 201);
      }
      const page = await zhang.get(`/api/v1/alerts?status=open&unit=426006&minPosition=${await t.store.headPosition()}`);
      expectStatus(page, 200);
      const d08 = page.body.alerts.find((a: { subjectKey: string }) => a.subjectKey === '2023-D-08');
      expect(d08).toMatchObject({
        ruleName: '绩效指标亮灯', unit: null, drivingUnits: [{ code: '426006', name: '重庆市潼南区人力资源和社会保障行政执法支队' }],
        atRaise: { actual: '0.00' }, now: { actual: '66.67', holds: true, severity: 'red' },
      });
      expect(d08.now.details).toContainEqual({ label: '欠薪案件', value: '报告 3 件，已处置 2 件，未处置 1 件' });
      const detail = await zhang.get(`/api/v1/alerts/${d08.alertId}`);
      expect(detail.body).toMatchObject({ alertId: d08.alertId, now: { actual: '66.67' } });

      const before = to(smtp, ZHANG).length;
      await alerting(t).evaluation.run({ now: day(7), asOf: '2023-06-30', runId: 'week-later' });
      await alertingIdle(t);
      const [reminder] = since(to(smtp, ZHANG), before);
      expect(since(to(smtp, ZHANG), before)).toHaveLength(1);
      expect(reminder.body).toContain('预警时实际值（截至 2023年6月30日）：0.00%');
      expect(reminder.body).toMatch(/当前实际值（截至 2023年12月31日）：66\.67%，仍为红灯/);
    });

    it('when the last case is resolved, the resolved notice says what the figure is now', async () => {
      const before = to(smtp, ZHANG).length;
      expectStatus(await t.http.post(`/api/v1/wage-arrears-cases/${caseIds[2]}/resolution`).send({ resolution: 'fund_advance', effectiveDate: '2023-06-25' }), 201);
      await alerting(t).evaluation.run({ now: day(8), asOf: '2023-06-30', runId: 'resolved' });
      await alertingIdle(t);
      const [notice] = since(to(smtp, ZHANG), before);
      expect(since(to(smtp, ZHANG), before)).toHaveLength(1);
      expect(notice.subject).toMatch(/解除/);
      expect(notice.body).toContain('解除时实际值（截至 2023年6月30日）：100.00%');
      expect(notice.body).toMatch(/当前实际值（截至 2023年12月31日）：100\.00%，已恢复正常/);
      expect(notice.body).not.toContain('预警时：欠薪处置率 实际 100.00%');
    });
  });

  describe('execution of a project and its lines', () => {
    let t: TestApp;
    let li: Http & { username: string };
    const LI = 'li.426001@example.gov.cn';
    const ids = lineIds(2023);
    const open = async () => (await li.get(`/api/v1/alerts?status=open&rule=execution_lag&minPosition=${await t.store.headPosition()}`)).body.alerts as
      { alertId: string; subjectKey: string; inhibitedBy: { alertId: string } | null; silencedBy: { reason: string; by: { displayName: string } } | null; acknowledged: boolean }[];
    const idOf = async (subjectKey: string) => (await open()).find((a) => a.subjectKey === subjectKey)!.alertId;

    beforeAll(async () => {
      t = await startTestApp({ ALERTS_ENABLED: 'true', SMTP_URL: smtp.url, ALERT_SETTINGS: onlyRules({ execution_lag: { levels: ['project', 'line', 'unit'] } }), EMAIL_BACKOFF_MS: '50' });
      await t.redisReady();
      await alerting(t).worker().pause();
      await t.importBudget(budgetDocument(2023));
      li = await t.httpAs({ role: 'manager', units: ['426001'], displayName: '李红' });
      await subscribe(li, LI, ['426001'], { digest: undefined });
    });
    afterAll(async () => { await t?.close(); });

    it('an open project alert holds back its line\'s alert (inhibition): the e-mail names the project, not the line; the page says why', async () => {
      await alerting(t).evaluation.run({ now: new Date(), asOf: '2023-06-30', runId: 'june' });
      await alertingIdle(t);
      const [mail] = to(smtp, LI);
      expect(to(smtp, LI)).toHaveLength(1);
      expect(mail.body).toContain('（P01）');
      expect(mail.body).toContain('行政运行 · 基本工资');
      expect(mail.body).not.toContain('就业创业服务补贴');
      const line = (await open()).find((a) => a.subjectKey === `line-2023-${ids.employment}`)!;
      expect(line.inhibitedBy).toEqual({ alertId: 'execution_lag.project-2023-P01.1', subjectName: expect.stringContaining('P01') });
    });

    it('a silence is recorded with its reason, shown on the alert, and holds its reminders back until it is lifted', async () => {
      const personnel = await idOf(`line-2023-${ids.personnel}`);
      const head = await t.store.headPosition();
      expectProblem(await li.post('/api/v1/alert-silences').send({ alertIds: [personnel], endsAt: '2023-07-31', reason: '人员经费按月支付' }), 422, 'SILENCE_ENDS_IN_PAST', 'endsAt');
      expectProblem(await li.post('/api/v1/alert-silences').send({ alertIds: [personnel], endsAt: '2099-02-30', reason: '人员经费按月支付' }), 400, 'VALIDATION_FAILED', 'endsAt');
      expectProblem(await li.post('/api/v1/alert-silences').send({ alertIds: [personnel], endsAt: day(7).toISOString().slice(0, 10), reason: ' ' }), 422, 'INVALID_REASON', 'reason');
      expectProblem(await li.post('/api/v1/alert-silences').send({ alertIds: ['execution_lag.unit-2023-426006.1'], endsAt: day(7).toISOString().slice(0, 10), reason: '不是我的单位' }), 403, 'UNIT_OUT_OF_SCOPE', 'alertIds[0]');
      expectProblem(await li.post('/api/v1/alert-silences').send({ alertIds: ['execution_lag.project-2023-P99.1'], endsAt: day(7).toISOString().slice(0, 10), reason: '不存在' }), 404, 'ALERT_NOT_FOUND', 'alertIds[0]');
      expect(await t.store.headPosition()).toBe(head);

      const created = await li.post('/api/v1/alert-silences').send({ alertIds: [personnel], endsAt: day(5).toISOString().slice(0, 10), reason: '人员经费按月支付，年底前执行到位' });
      expectStatus(created, 201);
      expect(created.body.silence).toMatchObject({ status: 'active', reason: '人员经费按月支付，年底前执行到位', createdBy: { displayName: '李红' }, subjects: [{ subjectName: '行政运行 · 基本工资' }] });
      expect((await open()).find((a) => a.alertId === personnel)!.silencedBy).toMatchObject({ reason: '人员经费按月支付，年底前执行到位', by: { displayName: '李红' } });

      const before = to(smtp, LI).length;
      await alerting(t).evaluation.run({ now: day(2), asOf: '2023-06-30', runId: 'reminders' });
      await alertingIdle(t);
      const [reminder] = since(to(smtp, LI), before);
      expect(since(to(smtp, LI), before)).toHaveLength(1);
      expect(reminder.body).toContain('行政运行 · 办公费');
      expect(reminder.body).not.toContain('行政运行 · 基本工资');

      expectStatus(await li.post(`/api/v1/alert-silences/${created.body.silence.silenceId}/lift`).send({ reason: '已核实，恢复提醒' }), 200);
      expectProblem(await li.post(`/api/v1/alert-silences/${created.body.silence.silenceId}/lift`).send({ reason: '再次' }), 409, 'SILENCE_ALREADY_LIFTED');
      const after = to(smtp, LI).length;
      await alerting(t).evaluation.run({ now: day(4), asOf: '2023-06-30', runId: 'reminders-2' });
      await alertingIdle(t);
      expect(since(to(smtp, LI), after).map((m) => m.body).join()).toContain('行政运行 · 基本工资');
    });

    it('bulk acknowledgement is all or nothing, skips what is already acknowledged, and stops their reminders', async () => {
      const project = await idOf('project-2023-P01');
      const operating = await idOf(`line-2023-${ids.operating}`);
      const head = await t.store.headPosition();
      expectProblem(await li.post('/api/v1/alerts/acknowledgements').send({ alertIds: [project, 'execution_lag.project-2023-P77.1'], note: '已督促' }), 404, 'ALERT_NOT_FOUND', 'alertIds[1]');
      expectProblem(await li.post('/api/v1/alerts/acknowledgements').send({ alertIds: [], note: '已督促' }), 400, 'VALIDATION_FAILED', 'alertIds');
      expect(await t.store.headPosition()).toBe(head);

      const res = await li.post('/api/v1/alerts/acknowledgements').send({ alertIds: [project, operating], note: '已督促各科室本月内加快支付' });
      expectStatus(res, 201);
      expect(res.body).toMatchObject({ acknowledged: [project, operating], skipped: [] });
      const again = await li.post('/api/v1/alerts/acknowledgements').send({ alertIds: [project], note: '再次' });
      expect(again.body).toMatchObject({ acknowledged: [], skipped: [{ alertId: project, code: 'ALERT_ALREADY_ACKNOWLEDGED' }] });
      expect((await open()).filter((a) => a.acknowledged).map((a) => a.alertId).sort()).toEqual([operating, project].sort());

      const before = to(smtp, LI).length;
      await alerting(t).evaluation.run({ now: day(6), asOf: '2023-06-30', runId: 'reminders-3' });
      await alertingIdle(t);
      const bodies = since(to(smtp, LI), before).map((m) => m.body).join();
      expect(bodies).not.toContain('行政运行 · 办公费');
      expect(bodies).toContain('行政运行 · 基本工资');
    });
  });

  describe('a first evaluation with more alerts than the threshold', () => {
    let t: TestApp;
    const CHIEF = 'chief@example.gov.cn';
    const EACH = 'each.426006@example.gov.cn';

    beforeAll(async () => {
      const settings = { ...JSON.parse(onlyRules({ execution_lag: { levels: ['project', 'line', 'unit', 'department'] } })), notifications: { summaryAbove: 4 } };
      t = await startTestApp({ ALERTS_ENABLED: 'true', SMTP_URL: smtp.url, ALERT_SETTINGS: JSON.stringify(settings), EMAIL_BACKOFF_MS: '50' });
      await t.redisReady();
      await alerting(t).worker().pause();
      await t.importBudget(budgetDocument(2023));
      await subscribe(await t.httpAs({ role: 'manager', units: 'all' }), CHIEF, 'all', { digest: undefined });
      await subscribe(await t.httpAs({ role: 'manager', units: ['426006'] }), EACH, ['426006'], { digest: undefined, delivery: 'each' });
    });
    afterAll(async () => { await t?.close(); });

    it('sends the department one summary (“N 项预警，其中红灯 M 项”) instead of N notices; a per-alert subscriber under the threshold gets one each', async () => {
      const outcome = await alerting(t).evaluation.run({ now: new Date(), asOf: '2023-06-30', runId: 'first' });
      await alertingIdle(t);
      const raised = outcome.recorded['AlertRaised.v1'];
      // P01's line is held back by its project's open alert (inhibition); the revolving fund P09 is watched by the fund rules, not by execution
      const alerts = (await t.http.get(`/api/v1/alerts?status=open&minPosition=${await t.store.headPosition()}`)).body.alerts as { inhibitedBy: unknown }[];
      const inhibited = alerts.filter((a) => a.inhibitedBy !== null).length;
      expect([raised, inhibited]).toEqual([alerts.length, 1]);
      const [summary] = to(smtp, CHIEF);
      expect(to(smtp, CHIEF)).toHaveLength(1);
      expect(summary.subject).toBe(`【预算执行预警汇总】${raised - inhibited} 项预警，其中红灯 ${raised - inhibited} 项`);
      expect(summary.body).toContain('预算执行进度滞后');
      expect(summary.body).toContain('/alerts?status=open');
      // 426006: the unit itself (its only project is the revolving fund)
      expect(to(smtp, EACH)).toHaveLength(1);
      expect(to(smtp, EACH).every((m) => m.subject.startsWith('【预算执行预警·红灯】'))).toBe(true);
    });
  });
});
