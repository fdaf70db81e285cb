import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { budgetDocument, lineIds } from '../support/budget-document';
import { alerting, alertingIdle, onlyRules } from '../support/alerting';
import { readableBody } from '../support/smtp';
import { TestApp, expectStatus, startTestApp } from '../support/test-app';
import { ensureWebBuilt, expectText, launch, listen, logIn, newContext, shot, webUser } from './browser';

jest.setTimeout(180_000);

/**
 * Links that open: the links of real alert e-mails (written to the outbox by the product itself), one of each
 * kind, followed as a manager would — logged out, through the login, onto the right page about the right subject.
 */
describe('alert e-mail links (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const ids = lineIds(2023);
  const links = new Map<string, string>();
  const names = { department: '', unit: '', project: '', line: '' };

  beforeAll(async () => {
    ensureWebBuilt();
    const rules = JSON.parse(onlyRules({ execution_lag: { levels: ['line', 'project', 'unit', 'department'] }, indicator_light: {}, fund_advance_overdue: {} }));
    t = await startTestApp({ ALERTS_ENABLED: 'true', ALERT_SETTINGS: JSON.stringify(rules), EMAIL_BACKOFF_MS: '50' });
    await t.redisReady();
    await alerting(t).worker().pause();
    const doc = budgetDocument(2023);
    doc.indicators.push({ id: 'D-08', scope: 'department', project: null, level1: '效益指标', level2: '社会效益指标', name: '欠薪处置率', comparator: '＝',
      target: '100', targetText: '100', unit: '%', weight: '100', kind: 'level', metric: 'wage_arrears_disposal_rate', subsidyCategory: null });
    await t.importBudget(doc);
    const chief = await webUser(t, { role: 'manager', units: 'all', username: 'chief', displayName: '王局长' });
    const manager = await t.login(chief, 'My-Own-Secret-2023');
    expectStatus(await t.anonymous.put('/api/v1/alert-subscriptions/me').set('Authorization', `Bearer ${manager}`).send({ email: 'chief@example.gov.cn' }), 200);
    const reported = await t.http.post('/api/v1/wage-arrears-cases').send({ unit: '426006', employer: '某建筑劳务有限公司', workersAffected: 12, amountOwed: '180000.00', effectiveDate: '2023-01-10' });
    expectStatus(reported, 201);
    expectStatus(await t.http.post(`/api/v1/lines/${ids.fund}/fund-advances`).send({ caseId: reported.body.caseId, amount: '30000.00', workers: 12, effectiveDate: '2023-01-15' }), 201);
    await alerting(t).evaluation.run({ now: new Date(), asOf: '2023-06-30', runId: 'june' });
    await alertingIdle(t);

    const outbox = join(t.dataDir, 'outbox');
    const mails = readdirSync(outbox).filter((f) => f.endsWith('.eml')).map((f) => readableBody(readFileSync(join(outbox, f), 'utf8')));
    expect(mails).toHaveLength(1); // one grouped e-mail for the run
    for (const href of mails.join('\n').matchAll(/href="(http:\/\/127\.0\.0\.1:3000[^"]+)"/g)) {
      const path = href[1].replace('http://127.0.0.1:3000', '').replace(/&amp;/g, '&');
      const kind = /^\/(units|projects|lines|indicators|fund|alerts)\b/.exec(path)?.[1] ?? 'department';
      if (!links.has(kind)) links.set(kind, path);
    }
    const at = '?asOf=2023-06-30&fiscalYear=2023';
    names.department = (await t.http.get(`/api/v1/execution${at}&groupBy=department`)).body.rows[0].name;
    names.unit = (await t.http.get(`/api/v1/execution${at}&groupBy=unit&unit=426001`)).body.rows[0].name;
    names.project = (await t.http.get(`/api/v1/execution${at}&groupBy=project&project=P01`)).body.rows[0].name;
    names.line = (await t.http.get(`/api/v1/execution${at}&groupBy=line&unit=426001`)).body.rows.find((r: { key: string }) => r.key === links.get('lines')?.split('?')[0].slice('/lines/'.length))?.name ?? '';
    base = await listen(t);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the e-mail holds a link of every kind the rules make', () => {
    expect([...links.keys()].sort()).toEqual(['alerts', 'department', 'fund', 'indicators', 'lines', 'projects', 'units']);
  });

  const subject = (page: Page) => page.getByTestId('subject');
  const cases: [string, (page: Page) => Promise<void>][] = [
    ['department', (p) => expectText(subject(p), names.department)],
    ['units', (p) => expectText(subject(p), names.unit)],
    ['projects', (p) => expectText(subject(p), names.project)],
    ['lines', (p) => expectText(subject(p), names.line)],
    ['indicators', (p) => expectText(subject(p), '欠薪处置率')],
    ['fund', (p) => expectText(p.locator('tr.highlight'), '某建筑劳务有限公司')],
    ['alerts', (p) => expectText(subject(p), '预算执行进度滞后')],
  ];

  it.each(cases)('a %s link opens its page after login, as of the alert\'s date', async (kind, shows) => {
    const path = links.get(kind) as string;
    const context = await newContext(browser, base);
    const page = await context.newPage();
    page.on('pageerror', (error) => { throw error; });
    await page.goto(path);
    await page.getByLabel('用户名').waitFor();
    await logIn(page, 'chief');
    await page.waitForURL((url) => `${url.pathname}${url.search}` === path);
    await shows(page);
    if (kind !== 'alerts') expect(await page.getByTestId('as-of').inputValue()).toBe('2023年6月30日');
    await shot(page, `email-link-${kind}`);
    await context.close();
  });
});
