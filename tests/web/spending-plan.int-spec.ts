import type { Browser, Page } from 'playwright-core';
import { importDemoBudgetIfAbsent } from '../../src/demo-budget';
import { TestApp, startTestApp } from '../support/test-app';
import { ensureWebBuilt, expectText, launch, listen, loggedIn, shotsOf, webUser } from './browser';

jest.setTimeout(180_000);

/**
 * 用款计划 in the browser: an accountant opens a line of the demo budget, sees it measured against its default profile,
 * types a plan with mistakes (each named at its month, in Chinese, nothing recorded), files it, revises it with a date
 * the server refuses (named at the date), and 计划执行率 shows in the unit's table; a manager reads it without inputs.
 * Screenshots at 1440×900 and 390×844.
 */
describe('spending plan editor (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const SALARIES = '426001-2023-B-2080101-30101'; // 行政运行 · 基本工资, 3,406,700.00 元, 人员经费

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    await importDemoBudgetIfAbsent(t.app);
    await webUser(t, { role: 'accountant', units: ['426001'], username: 'kuaiji', displayName: '本级会计' });
    await webUser(t, { role: 'manager', units: 'all', username: 'fuzeren', displayName: '局负责人' });
    base = await listen(t);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const month = (page: Page, i: number) => page.locator(`#plan-m${i}`);
  const editor = (page: Page) => page.getByTestId('plan-editor');

  it('an accountant files a plan: mistakes named at their month, nothing recorded until it adds up; then revises it', async () => {
    const { page } = await loggedIn(browser, base, 'kuaiji');
    await page.goto(`/lines/${SALARIES}?asOf=2023-06-30`);
    await expectText(page.getByTestId('plan-source'), '未报送，按默认分布计量（人员经费');
    // the default profile fills the inputs: it adds up
    await expectText(page.getByTestId('plan-total'), '3,406,700.00');
    await expectText(page.getByTestId('plan-difference'), '已平衡');
    expect(await month(page, 11).inputValue()).toBe('524107.69');
    const head = await t.headPosition();

    await month(page, 3).fill('-100');
    await month(page, 6).fill('262,053.849');
    await page.getByTestId('plan-save').click();
    await expectText(page.getByTestId('plan-error-3'), '4月：不能为负数');
    await expectText(page.getByTestId('plan-error-6'), '7月：最多两位小数');
    await shotsOf(page, 'spending-plan-errors', () => expectText(page.getByTestId('plan-error-3'), '4月'));

    await month(page, 3).fill('262,053.85');
    await month(page, 6).fill('200000');
    await expectText(page.getByTestId('plan-difference'), '差额 62,053.85 元');
    await page.getByTestId('plan-save').click();
    await expectText(page.getByTestId('plan-error-total'), '用款计划：1–12 月合计 3,344,646.15 元，与当前预算数 3,406,700.00 元少 62,053.85 元');
    expect(await t.headPosition()).toBe(head);

    // December carries what July gave up: it adds up again and is filed
    await month(page, 11).fill('586161.54');
    await expectText(page.getByTestId('plan-difference'), '已平衡');
    await page.getByLabel('调整原因').fill('年初报送');
    await page.getByTestId('plan-save').click();
    await expectText(page.getByTestId('plan-done'), '已保存用款计划，自 2023年6月30日 起执行');
    await expectText(page.getByTestId('plan-source'), '现行第 1 版，自 2023年6月30日 起执行');
    await page.getByTestId('plan-history').locator('summary').click();
    await expectText(page.getByTestId('plan-history'), '本级会计');
    expect(await t.headPosition()).toBe(head + 1);
    await shotsOf(page, 'spending-plan-editor', () => expectText(page.getByTestId('plan-source'), '现行第 1 版'));

    // a revision dated before the plan in force: the server's refusal is named at the date
    await month(page, 0).fill('262053.84');
    await month(page, 1).fill('262053.86');
    await page.getByLabel('生效日期').fill('2023-06-01');
    await page.getByLabel('生效日期').dispatchEvent('change');
    await page.getByTestId('plan-save').click();
    await expectText(page.getByTestId('plan-error-date'), '日期：不能早于现行用款计划的生效日期');
    expect(await t.headPosition()).toBe(head + 1);
  });

  it('计划执行率 stands beside 执行率 in the unit\'s table; a manager reads the plan without inputs', async () => {
    const { page } = await loggedIn(browser, base, 'fuzeren');
    await page.goto('/units/426001/basic?asOf=2023-06-30');
    const cell = page.locator(`tr[data-key="${SALARIES}"] td[data-col="plan-rate"]`);
    await expectText(cell, '0.00%');
    await expectText(page.locator('th', { hasText: '计划执行率' }), '计划执行率');
    await shotsOf(page, 'spending-plan-unit-table', () => expectText(cell, '%'));
    // on a phone the wider table scrolls inside its panel: the page itself stays 390 px wide
    await page.setViewportSize({ width: 390, height: 844 });
    await expectText(cell, '%');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/lines/${SALARIES}?asOf=2023-06-30`);
    await expectText(page.getByTestId('plan-source'), '现行第 1 版');
    expect(await month(page, 0).isDisabled()).toBe(true);
    expect(await editor(page).getByTestId('plan-save').count()).toBe(0);
  });
});
