import type { Browser, Page } from 'playwright-core';
import { importDemoBudgetIfAbsent } from '../../src/demo-budget';
import { TestApp, expectStatus, startTestApp } from '../support/test-app';
import { ensureWebBuilt, expectText, launch, listen, loggedIn, setAsOf, shotsOf, webUser } from './browser';

jest.setTimeout(180_000);

const RECEPTION = '426001-2023-B-2080101-30217'; // 公务接待费 9.40 万元 (三公 by its code)
const VEHICLES = '426001-2023-B-2080101-30231'; // 公务用车运行维护费 11.00 万元
const P05 = '426001-2023-P05'; // a project of 本级 with no 三公 code
const P16 = '426003-2023-P16'; // 电子显示屏 17.76 万元 of 表九

/**
 * The 三公经费与政府采购 page and the payment form's 三公 and procurement fields in headless Chromium, on the 2023 demo
 * budget with payments recorded through the API: 接待 at 80% of its 12.00 万元 cap (yellow), 用车运维 past 95% (red).
 */
describe('三公经费与政府采购 page (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    await importDemoBudgetIfAbsent(t.app);
    const pay = async (lineId: string, body: Record<string, unknown>) => expectStatus(await t.http.post(`/api/v1/lines/${lineId}/disbursements`).send(body), 201);
    await pay(RECEPTION, { amount: '90000.00', effectiveDate: '2023-05-10', voucherNo: '记-2023-05-0101', payee: '潼南区某宾馆' });
    await pay(P05, { amount: '6000.00', effectiveDate: '2023-06-12', voucherNo: '记-2023-06-0102', sanGongCategory: 'reception', summary: '表彰大会接待' });
    await pay(VEHICLES, { amount: '105000.00', effectiveDate: '2023-09-20', voucherNo: '记-2023-09-0103' });
    await pay(P16, { amount: '88000.00', effectiveDate: '2023-11-15', voucherNo: '记-2023-11-0104', procurement: true });
    await webUser(t, { role: 'manager', units: 'all', username: 'fuzeren', displayName: '局负责人' });
    await webUser(t, { role: 'accountant', units: ['426001'], username: 'kuaiji', displayName: '本级会计' });
    await webUser(t, { role: 'admin', username: 'yusuanke', displayName: '预算科' });
    base = await listen(t);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const row = (page: Page, category: string) => page.locator(`[data-testid="sangong-table"] tr[data-category="${category}"]`);

  it('given 三公 use and a procurement payment, when a manager opens the page, then caps vs used per category with lights, a chart, 机关运行经费 and procurement by project and 品目 are shown at both sizes', async () => {
    const { context, page } = await loggedIn(browser, base, 'fuzeren', { width: 1440, height: 900 });
    await setAsOf(page, '2023-12-31');
    await page.getByRole('link', { name: '三公与采购' }).click();
    await expectText(row(page, 'reception'), '120,000.00');
    await expectText(row(page, 'reception'), '96,000.00');
    await expectText(row(page, 'reception'), '80.00%');
    expect(await row(page, 'reception').locator('.light').getAttribute('data-light')).toBe('yellow');
    await expectText(row(page, 'vehicle_operation'), '95.45%');
    expect(await row(page, 'vehicle_operation').locator('.light').getAttribute('data-light')).toBe('red');
    await expectText(row(page, 'abroad'), '0.00');
    await expectText(row(page, 'reception'), '203,000.00'); // 2022 as 表四 prints it
    await expectText(page.getByTestId('agency'), '430.06');
    await page.locator('[data-testid="sangong-chart"][data-drawn="true"]').waitFor();
    await expectText(page.getByTestId('sangong-units'), '本级');
    await expectText(page.getByTestId('procurement-table'), '电子显示屏');
    await expectText(page.getByTestId('procurement-table'), '88,000.00');
    await expectText(page.getByTestId('procurement-table'), '49.55%');
    await expectText(page.getByTestId('procurement-executed'), '8.80');
    await page.locator('[data-testid="procurement-chart"][data-drawn="true"]').waitFor();
    await shotsOf(page, 'sangong-page', () => page.getByTestId('procurement-executed').waitFor());
    // on a phone the categories are cards, with the same figures
    await page.setViewportSize({ width: 390, height: 844 });
    await expectText(page.locator('.stack-cards [data-category="reception"]'), '使用率 80.00%');
    await context.close();
  });

  it('given the payment form, when an accountant tags a project payment 公务接待 beyond the cap or flags procurement without a budget, then the API\'s refusal reads in Chinese at the amount with cap, used and remaining; a 三公 line shows its category from its code', async () => {
    const { context, page } = await loggedIn(browser, base, 'kuaiji', { width: 1440, height: 900 });
    await setAsOf(page, '2023-12-31');
    await page.getByRole('link', { name: '录入支付' }).click();
    await page.getByLabel('搜索预算指标').fill('30217');
    await page.getByTestId('line-select').selectOption(RECEPTION);
    await expectText(page.getByTestId('sangong-category'), '按经济科目：公务接待费');
    expect(await page.getByTestId('sangong-category').isDisabled()).toBe(true);

    await page.getByLabel('搜索预算指标').fill('P05');
    await page.getByTestId('line-select').selectOption(P05);
    await expectText(page.getByTestId('available'), '674,000.00');
    expect(await page.getByTestId('sangong-category').isDisabled()).toBe(false);
    const head = await t.headPosition();
    await page.getByLabel('金额（元）').fill('24000.01');
    await page.getByLabel('支付日期').fill('2023-12-01');
    await page.getByLabel('凭证号').fill('记-2023-12-0001');
    await page.getByTestId('sangong-category').selectOption('reception');
    await page.getByRole('button', { name: '提交' }).click();
    await expectText(page.getByTestId('error-amount'), '金额：超出三公经费「公务接待费」预算上限 120,000.00 元（已用 96,000.00 元，尚余 24,000.00 元）');
    await shotsOf(page, 'disburse-sangong-refused', () => page.getByTestId('error-amount').waitFor());

    await page.getByTestId('sangong-category').selectOption('');
    await page.getByTestId('procurement').check();
    await page.getByTestId('procurement-category').selectOption('goods');
    await page.getByRole('button', { name: '提交' }).click();
    await expectText(page.getByTestId('error-amount'), '金额：该预算指标没有政府采购预算');
    expect(await t.headPosition()).toBe(head);

    // within the cap, tagged: recorded, and the 三公 page follows
    await page.getByTestId('procurement').uncheck();
    await page.getByTestId('sangong-category').selectOption('reception');
    await page.getByLabel('金额（元）').fill('24000.00');
    await page.getByLabel('金额（元）').press('Tab'); // leaving the field clears its error line first (the button moves up)
    await page.getByRole('button', { name: '提交' }).click();
    await expectText(page.getByTestId('done'), '已记录支付 24,000.00 元');
    await page.getByRole('link', { name: '三公与采购' }).click();
    await expectText(row(page, 'reception'), '100.00%');
    await context.close();
  });

  it('given 公务接待 fully used, when the budget office raises its cap on the page, then a figure below use is refused at the field in Chinese and a raise with a reason is recorded and shown', async () => {
    const { context, page } = await loggedIn(browser, base, 'yusuanke', { width: 1440, height: 900 });
    await setAsOf(page, '2023-12-31');
    await page.goto('/sangong');
    await expectText(row(page, 'reception'), '120,000.00');
    await page.getByTestId('revise-open').click();
    const form = page.getByTestId('revise-form');
    await form.getByLabel('类别').selectOption('reception');
    await form.getByLabel('新的上限（元）').fill('119999.99');
    await form.getByLabel('调整理由').fill('区财政局批复追加公务接待经费');
    await form.getByLabel('文号').fill('潼财预〔2023〕88号');
    await form.getByLabel('生效日期').fill('2023-12-20');
    await form.getByRole('button', { name: '确认调整' }).click();
    await expectText(form, '预算上限：不能低于该类别已使用的 120,000.00 元');
    await form.getByLabel('新的上限（元）').fill('150000');
    await form.getByLabel('新的上限（元）').press('Tab');
    await form.getByRole('button', { name: '确认调整' }).click();
    await expectText(form, '已调整预算上限');
    await expectText(row(page, 'reception'), '150,000.00');
    await expectText(row(page, 'reception'), '80.00%');
    const revised = (await t.store.readStream('sangong-426-2023')).filter((e) => e.type === 'SanGongCapRevised.v1');
    expect(revised.map((e) => [e.data, e.metadata.actor])).toEqual([[expect.objectContaining({ previous: '120000.00', cap: '150000.00', reason: '区财政局批复追加公务接待经费' }), 'yusuanke']]);
    await context.close();
  });
});
