import type { Browser, Page } from 'playwright-core';
import { importDemoBudgetIfAbsent } from '../../src/demo-budget';
import { budget2024 } from '../support/budget-2024';
import { TestApp, expectStatus, startTestApp } from '../support/test-app';
import { ensureWebBuilt, expectText, launch, listen, loggedIn, shotsOf, webUser } from './browser';

jest.setTimeout(240_000);

/**
 * 决算 and 同期对比 in the browser: the budget office closes 2023 from the 决算 page (a reason, 结转 rules), the page
 * then shows the final accounts, 结转/结余 and the frozen scores; a manager compares a project in 2023 and 2024 as
 * of the same day. Screenshots at 1440×900 and 390×844.
 */
describe('year-end pages (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    await importDemoBudgetIfAbsent(t.app);
    const pay = (lineId: string, amount: string, effectiveDate: string, voucherNo: string) =>
      t.http.post(`/api/v1/lines/${lineId}/disbursements`).send({ amount, effectiveDate, voucherNo });
    expectStatus(await pay('426002-2023-P29', '123456.78', '2023-04-01', '记-2023-001'), 201);
    expectStatus(await pay('426002-2023-B-2080150-30101', '200000.00', '2023-06-30', '记-2023-002'), 201);
    expectStatus(await pay('426002-2023-P37', '25000000.00', '2023-09-30', '记-2023-003'), 201);
    await t.importBudget(budget2024() as never);
    await webUser(t, { role: 'admin', username: 'yusuanke', displayName: '预算科李科长' });
    await webUser(t, { role: 'manager', units: 'all', username: 'zhang.fz', displayName: '张副局长' });
    base = await listen(t);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const status = (page: Page) => page.getByTestId('year-status');

  it('the budget office closes 2023 on the 决算 page and reads its final accounts', async () => {
    const { context, page } = await loggedIn(browser, base, 'yusuanke', { width: 1440, height: 900 });
    await page.goto('/final-accounts?fiscalYear=2023');
    await expectText(page.getByTestId('subject'), '2023 年度决算');
    await expectText(status(page), '未结账');
    await page.getByLabel('结账说明 *').fill('');
    await page.getByTestId('close-year').click();
    await expectText(status(page), '原因：请填写结账说明');
    await page.getByLabel('结账说明 *').fill('2023 年度年终结账');
    await page.getByTestId('close-year').click();
    await expectText(status(page), '已结账');
    await expectText(status(page), 'yusuanke');
    const { totals } = (await t.http.get('/api/v1/fiscal-years/2023')).body;
    const wan = (yuan: string) => (Math.round(Number(yuan) / 100) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    await expectText(page.getByTestId('carried'), wan(totals.carriedForward));
    await expectText(page.getByTestId('lapsed'), wan(totals.lapsed));
    await expectText(page.getByTestId('final-table'), '426002');
    await expectText(page.getByTestId('frozen-scores'), 'P29');
    // the demo budget's 表四 caps, by name with thousands separators (no category codes on the page)
    await expectText(page.getByTestId('supplement-threePublic'), '公务接待费');
    await expectText(page.getByTestId('supplement-threePublic'), '120,000.00');
    expect(await page.getByTestId('supplement-threePublic').textContent()).not.toContain('reception');
    await page.getByRole('button', { name: '功能分类（类）' }).click();
    await expectText(page.locator('[data-testid="final-table"] tr[data-key="208"]'), '社会保障和就业支出');
    await shotsOf(page, 'final-accounts', () => expectText(page.getByTestId('final-table'), '208'));
    await context.close();
  });

  it('a manager compares a project in 2023 and 2024 as of the same day, 上年结转 apart', async () => {
    const { context, page } = await loggedIn(browser, base, 'zhang.fz', { width: 1440, height: 900 });
    await page.goto('/compare?asOf=2024-06-30');
    await expectText(page.getByTestId('subject'), '同期对比');
    await page.getByTestId('compare-subject').selectOption('P29');
    const table = page.getByTestId('compare-table');
    await expectText(table.locator('tr[data-year="2023"]'), '2023年6月30日');
    await expectText(table.locator('tr[data-year="2023"]'), '12.35'); // 123,456.78 元 paid by then
    await expectText(table.locator('tr[data-year="2024"]'), '2024年6月30日');
    await expectText(table.locator('tr[data-year="2024"]'), '47.65 / 0.00'); // 上年结转 476,543.22 元, nothing paid yet
    await expectText(table, '2024 比 2023');
    await shotsOf(page, 'compare-years', () => expectText(table, '2024 比 2023'));
    // the manager reads the 决算 but is offered no close or reopen
    await page.goto('/final-accounts?fiscalYear=2023');
    await expectText(status(page), '已结账');
    expect(await page.getByTestId('year-end-actions').count()).toBe(0);
    await context.close();
  });
});
