import type { Browser, Page } from 'playwright-core';
import { importDemoBudgetIfAbsent } from '../../src/demo-budget';
import { alerting, onlyRules } from '../support/alerting';
import { TestApp, startTestApp } from '../support/test-app';
import { ensureWebBuilt, expectText, launch, listen, loggedIn, newContext, setAsOf, shot, webUser } from './browser';

jest.setTimeout(180_000);

/**
 * The web dashboard in headless Chromium against the whole product (API, worker, live feed) with the
 * 2023 demo budget of department 426: an accountant records, a manager watches, alerts, imports, as-of.
 */
describe('web dashboard (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const SALARIES = '426001-2023-B-2080101-30101'; // 行政运行 · 基本工资, 3,406,700.00 元

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ ALERT_SETTINGS: onlyRules({ execution_lag: {} }) });
    await t.redisReady();
    await alerting(t).worker().pause(); // only the explicit month-end run below evaluates
    await importDemoBudgetIfAbsent(t.app);
    await webUser(t, { role: 'accountant', units: ['426001'], username: 'kuaiji', displayName: '本级会计' });
    await webUser(t, { role: 'manager', units: 'all', username: 'fuzeren', displayName: '局负责人' });
    await webUser(t, { role: 'accountant', units: ['426004', '426006'], username: 'kuaiji3', displayName: '仲裁院与执法支队会计' });
    base = await listen(t);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const rateOf = (page: Page, key: string) => page.locator(`tr[data-key="${key}"] td[data-col="rate"]`);

  it('given a manager watching the basic lines of 426001, when an accountant records a disbursement in the browser, then its execution rate changes on the open page without reload', async () => {
    const manager = await loggedIn(browser, base, 'fuzeren');
    await setAsOf(manager.page, '2023-07-15');
    await manager.page.goto('/units/426001/basic');
    await expectText(rateOf(manager.page, SALARIES), '0.00%');
    await manager.page.evaluate(() => { (globalThis as unknown as { marker: string }).marker = 'still here'; });

    const accountant = await loggedIn(browser, base, 'kuaiji');
    await setAsOf(accountant.page, '2023-07-15');
    await accountant.page.getByRole('link', { name: '录入支付' }).click();
    await accountant.page.getByLabel('搜索预算指标').fill('2080101 基本工资');
    await accountant.page.getByTestId('line-select').selectOption(SALARIES);
    await expectText(accountant.page.getByTestId('available'), '3,406,700.00');

    // inline validation: nothing is sent for a bad amount
    await accountant.page.getByLabel('金额（元）').fill('12.345');
    await accountant.page.getByLabel('凭证号').fill('记-2023-06-0001');
    await accountant.page.getByRole('button', { name: '提交' }).click();
    await expectText(accountant.page.getByTestId('error-amount'), '金额：请输入大于零的金额，最多两位小数');

    await accountant.page.getByLabel('金额（元）').fill('340,670');
    await accountant.page.getByLabel('支付日期').fill('2023-06-30');
    await accountant.page.getByLabel('收款人').fill('本级在职人员');
    await accountant.page.getByRole('button', { name: '提交' }).click();
    await expectText(accountant.page.getByTestId('done'), '已记录支付 340,670.00 元');
    await expectText(accountant.page.getByTestId('available'), '3,066,030.00');

    // the API's specific error: the same voucher with another amount
    await accountant.page.getByLabel('金额（元）').fill('1.00');
    await accountant.page.getByLabel('凭证号').fill('记-2023-06-0001');
    await accountant.page.getByRole('button', { name: '提交' }).click();
    await expectText(accountant.page.getByTestId('error-voucher'), '该凭证号本年度已在本单位使用');
    await shot(accountant.page, 'accountant-disbursement');

    await expectText(rateOf(manager.page, SALARIES), '10.00%');
    expect(await manager.page.evaluate(() => (globalThis as unknown as { marker?: string }).marker)).toBe('still here');
    await shot(manager.page, 'manager-drilldown-lines');

    // 冲销 half of it: the manager's page follows again
    await accountant.page.getByRole('button', { name: '冲销' }).click();
    await accountant.page.getByLabel('冲销金额').fill('170335');
    await accountant.page.getByLabel('冲销原因').fill('多付，部分退回');
    await accountant.page.getByRole('button', { name: '确认冲销' }).click();
    await expectText(accountant.page.getByTestId('available'), '3,236,365.00');
    await expectText(rateOf(manager.page, SALARIES), '5.00%');
    await accountant.context.close();
    await manager.context.close();
  });

  it('given a CSV with one bad row, when the accountant previews it, then the row error is shown and nothing can be committed', async () => {
    const { page, context } = await loggedIn(browser, base, 'kuaiji');
    await page.goto('/import');
    const csv = ['预算指标,金额,支付日期,凭证号,收款人', '426001-2023-B-2080101-30102,1200.00,2023-05-10,记-2023-05-0101,张三', '426001-2023-B-2080101-30102,一千,2023-05-11,记-2023-05-0102,李四'].join('\n');
    await page.getByTestId('import-file').setInputFiles({ name: '5月支付.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: '预览' }).click();
    await expectText(page.getByTestId('error-count'), '1');
    await expectText(page.getByTestId('row-errors'), '第 3 行');
    await expectText(page.getByTestId('row-errors'), '金额');
    expect(await page.getByTestId('commit').isDisabled()).toBe(true);
    await shot(page, 'accountant-import-preview');
    await context.close();
  });

  it('given an execution-lag alert at 31 March, when the manager acknowledges it with a note, then it shows as acknowledged', async () => {
    await alerting(t).evaluation.run({ now: new Date(), asOf: '2023-03-31', runId: 'web-march' });
    const { page, context } = await loggedIn(browser, base, 'fuzeren');
    await page.getByRole('link', { name: '预警' }).click();
    const row = page.locator('[data-testid=alerts] .el-table__row', { has: page.locator('[data-alert="execution_lag.department-2023-426.1"]') });
    await expectText(row, '预算执行进度滞后');
    await row.getByTestId('row-ack').click();
    const dialog = page.getByRole('dialog', { name: '确认预警' });
    await dialog.getByLabel('处理说明').fill('已督促各单位加快支付进度');
    await dialog.getByTestId('ack-submit').click();
    await expectText(row.getByTestId('acknowledged'), '局负责人：已督促各单位加快支付进度');
    await shot(page, 'manager-alerts', false);
    await context.close();
  });

  it('given an accountant of 426004 and 426006, when a wage-arrears case, a fund advance and an indicator\'s progress are entered, then the fund panel and the indicator board show them', async () => {
    const { page, context } = await loggedIn(browser, base, 'kuaiji3');
    await setAsOf(page, '2023-07-15');
    await page.getByRole('link', { name: '欠薪案件' }).click();
    await page.getByLabel('欠薪单位').fill('某建筑劳务有限公司');
    await page.getByLabel('涉及人数').fill('12');
    await page.getByLabel('欠薪金额（元）').fill('180000');
    await page.getByLabel('登记日期').fill('2023-05-20');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await expectText(page.getByRole('status'), '已登记案件：某建筑劳务有限公司，12人，180,000.00 元');
    // the case just registered is picked, named by who owes and how much (never its id)
    await expectText(page.getByTestId('case-select'), '某建筑劳务有限公司 · 12人 · 180,000.00 元');
    await page.locator('#aamount').fill('50,000');
    await page.getByLabel('垫付人数').fill('12');
    await page.locator('#adate').fill('2023-06-01');
    await page.getByRole('button', { name: '提交' }).click();
    await expectText(page.getByRole('status').last(), '已记录垫付');
    await shot(page, 'accountant-wage-arrears');
    await page.getByRole('link', { name: '周转金与欠薪' }).click();
    await expectText(page.getByTestId('fund-advanced'), '50,000.00');
    await expectText(page.getByTestId('advances'), '某建筑劳务有限公司');
    expect(await page.getByTestId('advances').textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|advanceId|daysOutstanding/);

    await page.getByRole('link', { name: '指标填报' }).click();
    await page.getByPlaceholder('搜索指标名称或编号').fill('服装套数');
    await page.getByLabel('绩效指标', { exact: true }).selectOption('P01-01');
    await page.getByLabel('完成值').fill('4');
    await page.getByLabel('偏差原因').fill('服装供应商延迟交货，8月补齐');
    await page.getByRole('button', { name: '提交填报' }).click();
    await expectText(page.getByRole('status'), '已填报 服装套数');
    await page.getByRole('link', { name: '绩效指标' }).click();
    await expectText(page.locator('tr[data-indicator="P01-01"]'), '服装供应商延迟交货');
    await context.close();
  });

  it('given the dashboard, when the manager switches the as-of date, then the figures are those of that date', async () => {
    const { page, context } = await loggedIn(browser, base, 'fuzeren');
    await setAsOf(page, '2023年3月31日'); // as users write dates
    await expectText(page.getByTestId('kpi-rate'), '0.00%');
    await expectText(page.getByTestId('kpis'), '序时进度 25.00%');
    await expectText(page.getByTestId('kpi-appropriated'), '9,209.73');
    await setAsOf(page, '2023-07-15');
    await expectText(page.getByTestId('kpis'), '序时进度 58.33%');
    await expectText(page.getByTestId('kpi-disbursed'), '17.03');
    await shot(page, 'manager-overview');
    for (const [link, name] of [['功能分类', 'functional'], ['绩效指标', 'indicators'], ['项目评分', 'scorecards'], ['周转金与欠薪', 'fund']] as const) {
      await page.getByRole('link', { name: link }).click();
      await page.locator('main table tbody tr').first().waitFor();
      await shot(page, `manager-${name}`, name !== 'indicators');
    }
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('link', { name: '部门总览' }).click();
    await page.getByTestId('kpis').waitFor();
    await shot(page, 'tablet-overview');
    await context.close();
    const anonymous = await newContext(browser, base);
    const login = await anonymous.newPage();
    await login.goto('/');
    await login.getByLabel('用户名').waitFor();
    await shot(login, 'login', false);
    await anonymous.close();
  });
});
