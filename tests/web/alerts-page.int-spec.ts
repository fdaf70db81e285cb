import type { Browser, Page } from 'playwright-core';
import { importDemoBudgetIfAbsent } from '../../src/demo-budget';
import { alerting, onlyRules } from '../support/alerting';
import { TestApp, expectStatus, startTestApp } from '../support/test-app';
import { ensureWebBuilt, expectText, launch, listen, loggedIn, shot, shotsOf, webUser } from './browser';

jest.setTimeout(240_000);

/**
 * 预警 as a finance office works with it, in headless Chromium against the whole product with the 2023 demo budget:
 * execution lag at every level plus indicator lights, raised as of 30 June (two pages and more), one of them yellow,
 * one resolved since, the department's 欠薪处置率 driven by the cases of 426006. Filters in the URL, paging, bulk
 * acknowledgement, silences and their lifting, bad input refused at its field with nothing recorded, who may act.
 */
describe('预警 page (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const facts = { yellowProject: '', resolvedProject: '', d08: '', inhibited: '', openCase: '' };

  /** The list's request as the page sends it (its answer is on screen once `data-shown` says so). */
  const shownFor = (f: { status?: string; rule?: string; severity?: string; unit?: string; page?: number; size?: number } = {}) => {
    const size = f.size ?? 20;
    return new URLSearchParams({
      status: f.status ?? 'open', fiscalYear: '2023', limit: String(size), offset: String(((f.page ?? 1) - 1) * size),
      ...(f.rule ? { rule: f.rule } : {}), ...(f.severity ? { severity: f.severity } : {}), ...(f.unit ? { unit: f.unit } : {}),
    }).toString();
  };
  const shows = (page: Page, f: Parameters<typeof shownFor>[0] = {}) => page.locator(`.alerts-page[data-shown="${shownFor(f)}"]`).waitFor();
  const rows = (page: Page) => page.locator('[data-testid=alerts] .el-table__body-wrapper .el-table__row');
  const rowOf = (page: Page, alertId: string) => page.locator('[data-testid=alerts] .el-table__row', { has: page.locator(`[data-alert="${alertId}"]`) });
  const idsOn = async (page: Page) => page.locator('[data-testid=alerts] [data-alert]').evaluateAll((els) => els.map((e) => e.getAttribute('data-alert') as string));
  const pick = async (page: Page, testId: string, option: string) => {
    await page.getByTestId(testId).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  /** an alert's page as the app links it (dots escaped: the server takes a final ".1" for a file extension) */
  const detail = (alertId: string) => `/alerts/${encodeURIComponent(alertId).replace(/\./g, '%2E')}`;
  /** until every finite animation and transition has ended (dialogs zoom in, form errors slide in) */
  type Animated = { document: { getAnimations(): { playState: string; effect: { getComputedTiming(): { endTime?: number | unknown } } | null }[] } };
  const settled = (page: Page) => page.waitForFunction(() => (globalThis as unknown as Animated).document.getAnimations()
    .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity));
  /** a dialog at 1440×900 and 390×844, as the screen shows it (not the full page behind it) */
  const dialogShots = async (page: Page, name: string, dialog: ReturnType<Page['getByRole']>) => {
    const before = page.viewportSize();
    for (const [suffix, size] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
      await page.setViewportSize(size);
      await dialog.waitFor();
      await settled(page);
      expect((await dialog.locator('.el-dialog').boundingBox())!.width).toBeLessThanOrEqual(size.width);
      await shot(page, `${name}-${suffix}`, false);
    }
    if (before) await page.setViewportSize(before);
  };
  const api = async (query: string) => (await t.http.get(`/api/v1/alerts?${query}&minPosition=${await t.headPosition()}`)).body;

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ ALERT_SETTINGS: onlyRules({ execution_lag: { levels: ['project', 'line', 'unit', 'department'] }, indicator_light: {} }) });
    await t.redisReady();
    await alerting(t).worker().pause(); // only the runs below evaluate
    await importDemoBudgetIfAbsent(t.app);
    const caseIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await t.http.post('/api/v1/wage-arrears-cases').send({ unit: '426006', employer: `某劳务公司${i}`, workersAffected: 2, amountOwed: '6000.00', effectiveDate: '2023-06-01' });
      expectStatus(res, 201);
      caseIds.push(res.body.caseId);
    }
    // 35 % of the 仲裁院's project paid by 30 June (序时进度 50 %): yellow, not red
    const payShare = async (unit: string, percent: bigint, voucher: string) => {
      // read-your-writes: the demo budget imported above must be in the read models (a busy CI run answered before it)
      const seen = `minPosition=${await t.headPosition()}`;
      const project = (await t.http.get(`/api/v1/execution?asOf=2023-12-31&groupBy=project&type=project&unit=${unit}&${seen}`)).body.rows[0];
      const lines = (await t.http.get(`/api/v1/execution?asOf=2023-12-31&groupBy=line&unit=${unit}&project=${project.key}&${seen}`)).body.rows as { key: string; appropriated: string }[];
      for (const [i, line] of lines.entries()) {
        const fen = BigInt(line.appropriated.replace('.', '')) * percent / 100n;
        const amount = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
        expectStatus(await t.http.post(`/api/v1/lines/${line.key}/disbursements`).send({ amount, effectiveDate: '2023-06-15', voucherNo: `${voucher}-${i}`, payee: '测试收款人' }), 201);
      }
      return project.key as string;
    };
    facts.yellowProject = await payShare('426004', 35n, '记-2023-06-0401');
    await alerting(t).evaluation.run({ now: new Date(), asOf: '2023-06-30', runId: 'june' });
    // since the raise: two of the three cases resolved (欠薪处置率 66.67 % now), and the 档案中心's project paid in full
    for (const id of caseIds.slice(0, 2)) {
      expectStatus(await t.http.post(`/api/v1/wage-arrears-cases/${id}/resolution`).send({ resolution: 'employer_paid', effectiveDate: '2023-06-20' }), 201);
    }
    facts.openCase = caseIds[2];
    facts.resolvedProject = await payShare('426005', 100n, '记-2023-06-0501');
    await alerting(t).evaluation.run({ now: new Date(), asOf: '2023-06-30', runId: 'june-again' });

    const all = (await api('status=all&limit=1000')).alerts as { alertId: string; subjectKey: string; severity: string; status: string; inhibitedBy: unknown }[];
    expect(all.length).toBeGreaterThan(100);
    expect(all.find((a) => a.subjectKey === `project-2023-${facts.yellowProject}`)).toMatchObject({ severity: 'yellow', status: 'open' });
    expect(all.find((a) => a.subjectKey === `project-2023-${facts.resolvedProject}`)).toMatchObject({ status: 'resolved' });
    facts.d08 = all.find((a) => a.subjectKey === '2023-D-08')!.alertId;
    facts.inhibited = all.find((a) => a.inhibitedBy !== null && a.status === 'open')!.alertId;

    await webUser(t, { role: 'admin', username: 'yusuanke', displayName: '预算科李科长' });
    await webUser(t, { role: 'manager', units: ['426006'], username: 'zhang.426006', displayName: '张振东' });
    await webUser(t, { role: 'accountant', units: ['426001'], username: 'kuaiji', displayName: '本级会计' });
    base = await listen(t);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('filters narrow the list, live in the URL (reload, back), and the counts by light and rule filter too', async () => {
    const { context, page } = await loggedIn(browser, base, 'yusuanke', { width: 1440, height: 900 });
    await page.goto('/alerts');
    await shows(page);
    const open = await api('status=open&fiscalYear=2023&limit=1');
    expect(open.total).toBeGreaterThan(40);
    await expectText(page.locator('.el-pagination__total'), `共 ${open.total} 条`);
    await expectText(page.getByTestId('open-summary'), `红灯 ${open.open.red} 条`);
    expect(open.open.yellow).toBeGreaterThanOrEqual(2); // the 仲裁院's project and its line(s)
    await expectText(page.getByTestId('open-summary'), `黄灯 ${open.open.yellow} 条`);
    expect(await rows(page).count()).toBe(20);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/execution_lag|indicator_light|[0-9a-f]{8}-[0-9a-f]{4}-|undefined|null|NaN/);

    await pick(page, 'filter-rule', '绩效指标亮灯');
    await shows(page, { rule: 'indicator_light' });
    expect(new URL(page.url()).searchParams.get('rule')).toBe('indicator_light');
    for (const row of await rows(page).all()) await expectText(row, '绩效指标亮灯');
    await expectText(rowOf(page, facts.d08), '预警时 0.00%');
    await expectText(rowOf(page, facts.d08), '当前 66.67%，仍为红灯');
    await expectText(rowOf(page, facts.d08), '部门整体');
    await expectText(rowOf(page, facts.d08), '数据来自：重庆市潼南区人力资源和社会保障行政执法支队');
    await page.reload();
    await shows(page, { rule: 'indicator_light' });
    await expectText(page.getByTestId('filter-rule'), '绩效指标亮灯'); // by name, never the rule id

    await page.getByTestId('filter-rule').click();
    await page.getByRole('option', { name: '全部规则' }).click();
    await shows(page);
    await page.locator('[data-testid=open-summary] .chip-yellow').click(); // the count is a filter
    await shows(page, { severity: 'yellow' });
    expect(await rows(page).count()).toBe(open.open.yellow);
    await expectText(rows(page).first(), '▲黄灯');
    await page.reload();
    await shows(page, { severity: 'yellow' });
    expect(await page.getByTestId('filter-severity').locator('.is-active').innerText()).toContain('黄灯');
    await page.getByTestId('filter-status').getByText('历史').click();
    await shows(page, { status: 'resolved', severity: 'yellow' });
    await page.goBack();
    await shows(page, { severity: 'yellow' });
    await page.getByTestId('filter-severity').getByText('全部级别').click();
    await page.getByTestId('filter-status').getByText('历史').click();
    await shows(page, { status: 'resolved' });
    await expectText(page.getByTestId('alerts'), '已恢复正常');
    await expectText(page.getByTestId('alerts'), '情况已恢复');
    await context.close();
  });

  it('paging: the next page, page sizes, and the page survives a reload', async () => {
    const { context, page } = await loggedIn(browser, base, 'yusuanke', { width: 1440, height: 900 });
    await page.goto('/alerts');
    await shows(page);
    const first = await idsOn(page);
    await page.locator('.el-pagination .btn-next').click();
    await shows(page, { page: 2 });
    const second = await idsOn(page);
    expect(second).toHaveLength(20);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    expect((await api('status=open&fiscalYear=2023&limit=20&offset=20')).alerts.map((a: { alertId: string }) => a.alertId)).toEqual(second);
    await page.reload();
    await shows(page, { page: 2 });
    expect(await idsOn(page)).toEqual(second);
    await page.locator('.el-pagination .el-select').click();
    await page.getByRole('option', { name: '50条/页' }).click();
    await shows(page, { size: 50 });
    expect(await rows(page).count()).toBe(50);
    await context.close();
  });

  it('bulk acknowledge: nothing picked or no note is refused with nothing recorded; two alerts then show 已确认 with the name; a repeat is skipped', async () => {
    const { context, page } = await loggedIn(browser, base, 'yusuanke', { width: 1440, height: 900 });
    await page.goto('/alerts?rule=execution_lag');
    await shows(page, { rule: 'execution_lag' });
    const head = await t.headPosition();
    await page.getByTestId('bulk-ack').click();
    await expectText(page.getByTestId('bulk-error'), '请先勾选要确认的预警');

    const [a, b, c] = (await idsOn(page)).slice(1, 4);
    await rowOf(page, a).locator('.el-checkbox').click();
    await rowOf(page, b).locator('.el-checkbox').click();
    await expectText(page.getByTestId('selected-count'), '已选 2 条');
    await page.getByTestId('bulk-ack').click();
    const dialog = page.getByRole('dialog', { name: '批量确认预警（2 条）' });
    await dialog.getByTestId('ack-submit').click();
    await expectText(dialog, '处理说明：请填写');
    await dialog.getByLabel('处理说明').fill('   ');
    await dialog.getByTestId('ack-submit').click();
    await expectText(dialog, '处理说明：请填写');
    expect(await t.headPosition()).toBe(head);

    await dialog.getByLabel('处理说明').fill('已督促各单位本月内加快支付进度');
    await dialogShots(page, 'alerts-ack-dialog', dialog);
    await dialog.getByTestId('ack-submit').click();
    await expectText(page.getByTestId('notice'), '已确认 2 条预警');
    for (const id of [a, b]) await expectText(rowOf(page, id).getByTestId('acknowledged'), '已确认 预算科李科长：已督促各单位本月内加快支付进度');
    expect((await t.http.get(`/api/v1/alerts/${a}`)).body).toMatchObject({ acknowledged: true, acknowledgedBy: { displayName: '预算科李科长' } });

    await rowOf(page, b).locator('.el-checkbox').click();
    await rowOf(page, c).locator('.el-checkbox').click();
    await page.getByTestId('bulk-ack').click();
    await page.getByRole('dialog', { name: '批量确认预警（2 条）' }).getByLabel('处理说明').fill('一并督促');
    await page.getByRole('dialog', { name: '批量确认预警（2 条）' }).getByTestId('ack-submit').click();
    await expectText(page.getByTestId('notice'), '已确认 1 条预警，跳过 1 条（此前已确认）');
    await expectText(rowOf(page, c).getByTestId('acknowledged'), '一并督促');
    await context.close();
  });

  it('bulk silence: bad dates and no reason are refused at their fields with nothing recorded; the silence shows on the alerts, is listed, and is lifted with a reason', async () => {
    const { context, page } = await loggedIn(browser, base, 'yusuanke', { width: 1440, height: 900 });
    await page.goto('/alerts');
    await shows(page);
    await page.getByTestId('bulk-silence').click(); // nothing picked: a unit's alerts, which unit?
    await page.getByRole('dialog', { name: '静默预警' }).getByTestId('silence-submit').click();
    await expectText(page.getByRole('dialog', { name: '静默预警' }), '单位：请选择要静默的单位');
    await page.getByRole('dialog', { name: '静默预警' }).getByRole('button', { name: '取消' }).click();
    await page.goto('/alerts?rule=execution_lag&unit=426002');
    await shows(page, { rule: 'execution_lag', unit: '426002' });
    const [a, b] = (await idsOn(page)).slice(0, 2);
    await rowOf(page, a).locator('.el-checkbox').click();
    await rowOf(page, b).locator('.el-checkbox').click();
    await page.getByTestId('bulk-silence').click();
    const dialog = page.getByRole('dialog', { name: '静默预警' });
    const head = await t.headPosition();
    const today = new Date(Date.now() + 8 * 3_600_000);
    const day = (n: number) => new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10);
    await dialog.getByTestId('silence-submit').click();
    await expectText(dialog, '静默至：请填写最后一天');
    await expectText(dialog, '理由：请写明理由');
    await dialog.getByLabel('静默至（含当天）').fill(day(-1));
    await dialog.getByLabel('理由').fill('调');
    await dialog.getByTestId('silence-submit').click();
    await expectText(dialog, '静默至：不能早于今天');
    await expectText(dialog, '理由：请写明理由（至少 2 个字）');
    await dialog.getByLabel('静默至（含当天）').fill(day(90));
    await dialog.getByTestId('silence-submit').click();
    await expectText(dialog, '静默至：最长静默 90 天');
    expect(await t.headPosition()).toBe(head);

    await dialog.getByRole('button', { name: '一周' }).click();
    await dialog.getByLabel('理由').fill('项目调整已报批，8月起恢复支付');
    await dialog.getByTestId('silence-submit').click();
    const until = `${Number(day(6).slice(0, 4))}年${Number(day(6).slice(5, 7))}月${Number(day(6).slice(8, 10))}日`;
    await expectText(page.getByTestId('notice'), `已静默 2 条预警，至 ${until}`);
    for (const id of [a, b]) await expectText(rowOf(page, id).getByTestId('silenced'), `静默至 ${until}（项目调整已报批，8月起恢复支付） 预算科李科长 设置`);

    await page.getByRole('tab', { name: '静默' }).click();
    const listed = page.getByTestId('silences').locator('.el-table__row', { hasText: '项目调整已报批' });
    await expectText(listed, until);
    await expectText(listed, '预算科李科长');
    await expectText(listed, '生效中');
    await shotsOf(page, 'alerts-silences', () => listed.waitFor());
    await listed.getByRole('button', { name: '解除静默' }).click();
    const lift = page.getByRole('dialog', { name: '解除静默' });
    await lift.getByTestId('lift-submit').click();
    await expectText(lift, '解除理由：请写明理由');
    expect(await t.headPosition()).toBe(head + 1);
    await lift.getByLabel('解除理由').fill('已核实，恢复提醒');
    await lift.getByTestId('lift-submit').click();
    await expectText(page.getByTestId('silence-notice'), '已解除静默');
    await expectText(page.getByTestId('silences'), '没有生效中的静默');
    await page.getByTestId('silences').getByText('全部', { exact: true }).click();
    await expectText(page.getByTestId('silences'), '预算科李科长 于');
    await expectText(page.getByTestId('silences'), '解除：已核实，恢复提醒');
    await page.getByRole('tab', { name: '预警列表' }).click();
    await shows(page, { rule: 'execution_lag', unit: '426002' });
    expect(await rowOf(page, a).getByTestId('silenced').count()).toBe(0);
    await context.close();
  });

  it('a manager of 426006 opens an e-mail link filtered to his unit, sees only his and the alerts his cases drive, and silences his unit\'s alerts of one rule', async () => {
    const { context, page } = await loggedIn(browser, base, 'zhang.426006', { width: 1440, height: 900 });
    await page.goto('/alerts?status=open&rule=execution_lag&unit=426006');
    await shows(page, { rule: 'execution_lag', unit: '426006' });
    for (const row of await rows(page).all()) await expectText(row, '重庆市潼南区人力资源和社会保障行政执法支队');
    await page.getByTestId('filter-unit').click();
    const options = await page.getByRole('option').allInnerTexts();
    expect(options.filter((o) => o.trim())).toEqual(['我负责的全部单位', '重庆市潼南区人力资源和社会保障行政执法支队']);
    await page.keyboard.press('Escape');

    await page.goto('/alerts?rule=indicator_light');
    await shows(page, { rule: 'indicator_light' });
    expect(await idsOn(page)).toEqual([facts.d08]);
    await expectText(rowOf(page, facts.d08), '当前 66.67%，仍为红灯');

    await page.goto('/alerts?unit=426001');
    await expectText(page.locator('.alerts-page [role=alert]'), '超出您可操作的预算单位范围');

    await page.goto('/alerts?rule=execution_lag&unit=426006');
    await shows(page, { rule: 'execution_lag', unit: '426006' });
    const ids = await idsOn(page);
    await page.getByTestId('bulk-silence').click();
    const dialog = page.getByRole('dialog', { name: '静默预警' });
    expect(await dialog.getByRole('radio', { name: /按单位/ }).isChecked()).toBe(true);
    await expectText(dialog.getByTestId('silence-unit'), '重庆市潼南区人力资源和社会保障行政执法支队');
    await expectText(dialog.getByTestId('silence-rule'), '预算执行进度滞后');
    await dialog.getByRole('button', { name: '30 天' }).click();
    await dialog.getByLabel('理由').fill('执法支队经费 7 月集中支付');
    await dialog.getByTestId('silence-submit').click();
    await expectText(page.getByTestId('notice'), '已静默 重庆市潼南区人力资源和社会保障行政执法支队的「预算执行进度滞后」预警');
    for (const id of ids) await expectText(rowOf(page, id).getByTestId('silenced'), '执法支队经费 7 月集中支付');
    const silences = (await t.http.get('/api/v1/alert-silences')).body.silences;
    expect(silences[0]).toMatchObject({ unit: '426006', rule: 'execution_lag', subjects: [], createdBy: { displayName: '张振东' } });
    await shotsOf(page, 'alerts-unit-manager', () => rows(page).first().waitFor());
    await page.getByRole('tab', { name: '静默' }).click();
    const listed = page.getByTestId('silences').locator('.el-table__row', { hasText: '执法支队经费' });
    await expectText(listed, '重庆市潼南区人力资源和社会保障行政执法支队的「预算执行进度滞后」预警');
    await listed.getByRole('button', { name: '解除静默' }).click();
    await page.getByRole('dialog', { name: '解除静默' }).getByLabel('解除理由').fill('提前完成支付');
    await page.getByRole('dialog', { name: '解除静默' }).getByTestId('lift-submit').click();
    await expectText(page.getByTestId('silence-notice'), '已解除静默');
    await context.close();
  });

  it('an accountant reads the list, the silences and an alert without any action', async () => {
    const { context, page } = await loggedIn(browser, base, 'kuaiji', { width: 1440, height: 900 });
    await page.goto('/alerts');
    await shows(page);
    await rows(page).first().waitFor();
    const [first] = await idsOn(page);
    for (const testId of ['bulk-ack', 'bulk-silence', 'row-ack', 'row-silence']) expect(await page.getByTestId(testId).count()).toBe(0);
    expect(await page.locator('[data-testid=alerts] .el-checkbox').count()).toBe(0);
    await page.getByRole('tab', { name: '静默' }).click();
    await page.getByTestId('silences').waitFor();
    expect(await page.getByRole('button', { name: '解除静默' }).count()).toBe(0);
    await page.goto(detail(first));
    await page.getByTestId('figures').waitFor();
    for (const testId of ['ack-one', 'silence-one']) expect(await page.getByTestId(testId).count()).toBe(0);
    await context.close();
  });

  it('the detail of an alert: at raise and now, details rows, inhibition, acknowledge and silence this one, a link to its subject', async () => {
    const { context, page } = await loggedIn(browser, base, 'yusuanke', { width: 1440, height: 900 });
    await page.goto(detail(facts.d08));
    await expectText(page.getByTestId('subject'), '绩效指标亮灯：欠薪处置率');
    await expectText(page.getByTestId('at-raise'), '欠薪案件');
    await expectText(page.getByTestId('at-raise'), '已处置 0 件');
    await expectText(page.getByTestId('now'), '已处置 2 件');
    await expectText(page.getByTestId('figures'), '预警时 0.00%');
    await expectText(page.getByTestId('figures'), '当前 66.67%，仍为红灯');
    const head = await t.headPosition();
    await page.getByTestId('ack-one').click();
    await expectText(page.locator('form.ack'), '处理说明：请填写');
    expect(await t.headPosition()).toBe(head);
    await page.getByLabel('处理说明').fill('执法支队正督促用人单位付清');
    await page.getByTestId('ack-one').click();
    await expectText(page.getByTestId('acknowledged'), '已确认 预算科李科长：执法支队正督促用人单位付清');
    await page.getByTestId('silence-one').click();
    const dialog = page.getByRole('dialog', { name: '静默预警' });
    await dialog.getByRole('button', { name: '一周' }).click();
    await dialog.getByLabel('理由').fill('等待剩余 1 件案件处置');
    await dialog.getByTestId('silence-submit').click();
    await expectText(page.getByTestId('silenced'), '等待剩余 1 件案件处置');
    await page.getByTestId('subject-link').click();
    await page.waitForURL((url) => url.pathname === '/indicators/2023/D-08');

    await page.goto(detail(facts.inhibited));
    await expectText(page.getByTestId('inhibited'), '的预警未解除');
    await page.getByTestId('inhibited').getByRole('link').click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname).startsWith('/alerts/execution_lag.project-'));
    await page.getByTestId('subject').waitFor();
    await context.close();
  });

  it('screenshots at 1440×900 and 390×844: the list, a silence dialog on a phone, the detail', async () => {
    const { context, page } = await loggedIn(browser, base, 'yusuanke', { width: 1440, height: 900 });
    await page.goto('/alerts?unit=426004');
    await shows(page, { unit: '426004' });
    await shotsOf(page, 'alerts-list', () => rows(page).first().waitFor());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('[data-testid=alerts] .layout-card').first().waitFor();
    await rows(page).first().locator('.el-checkbox').click();
    await page.getByTestId('bulk-silence').click();
    const dialog = page.getByRole('dialog', { name: '静默预警' });
    await dialog.getByTestId('silence-submit').click();
    await expectText(dialog, '理由：请写明理由');
    await dialogShots(page, 'alerts-silence-dialog', dialog);
    await page.keyboard.press('Escape');
    await page.goto(detail(facts.inhibited));
    await shotsOf(page, 'alerts-detail-inhibited', () => page.getByTestId('inhibited').waitFor());
    await page.goto(detail(facts.d08));
    await shotsOf(page, 'alerts-detail', () => page.getByTestId('now').waitFor());
    await context.close();
  });

  it('an API problem in a dialog names the alert: one resolved meanwhile fails the whole acknowledgement, and nothing is recorded', async () => {
    const { context, page } = await loggedIn(browser, base, 'yusuanke', { width: 1440, height: 900 });
    await page.goto('/alerts?rule=indicator_light');
    await shows(page, { rule: 'indicator_light' });
    const other = (await idsOn(page)).find((id) => id !== facts.d08)!;
    await rowOf(page, facts.d08).locator('.el-checkbox').click();
    await rowOf(page, other).locator('.el-checkbox').click();
    await page.getByTestId('bulk-ack').click();
    const dialog = page.getByRole('dialog', { name: '批量确认预警（2 条）' });
    await dialog.getByLabel('处理说明').fill('一并督促');
    // meanwhile the last case of 426006 is resolved and the next evaluation closes the 欠薪处置率 alert
    expectStatus(await t.http.post(`/api/v1/wage-arrears-cases/${facts.openCase}/resolution`).send({ resolution: 'employer_paid', effectiveDate: '2023-06-25' }), 201);
    await alerting(t).evaluation.run({ now: new Date(), asOf: '2023-06-30', runId: 'late' });
    // the alert's page reads the read models: they show the resolution once projected (the dialog's command decides on the alert itself)
    await t.readModelsCaughtUp();
    expect((await t.http.get(`/api/v1/alerts/${facts.d08}`)).body.status).toBe('resolved');
    const head = await t.headPosition();
    await dialog.getByTestId('ack-submit').click();
    await expectText(dialog, '「欠薪处置率（D-08）」：该预警已解除');
    expect(await t.headPosition()).toBe(head);
    expect((await t.http.get(`/api/v1/alerts/${other}`)).body.acknowledged).toBe(false);
    await context.close();
  });
});
