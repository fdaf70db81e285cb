import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { AppropriationEstablished, BudgetDocumentImported, IndicatorDefined, Money, wanYuanToYuan } from '@app/domain';
import { computeTotals } from '@app/budget-import';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { createApp } from '../src/create-app';
import { importDemoBudgetIfAbsent } from '../src/demo-budget';

/** 万元 as printed → 元 string, exactly. */
const wan = (amount: string) => wanYuanToYuan(new Money(amount)).toFixed(2);

/**
 * The 2023 demo budget, imported through the same command as a user's import, reproduces every published
 * total of DOMAIN.md to the cent — recomputed here from the stored events, not taken from the import report.
 */
describe('the 2023 demo budget (重庆市潼南区人力资源和社会保障局)', () => {
  let app: INestApplication;
  let dataDir: string;
  let established: AppropriationEstablished['data'][];
  let indicators: IndicatorDefined['data'][];
  let document: BudgetDocumentImported['data'];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'budget-demo-'));
    app = await createApp(loadConfig({ ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'true', LOG_LEVEL: 'error' }), false);
    await app.init();
    const report = await importDemoBudgetIfAbsent(app);
    expect(report?.recorded).toBe(true);
    const events = await app.get<EventStore>(EVENT_STORE).readAll({ maxCount: 100_000 });
    established = events.filter((e) => e.type === 'AppropriationEstablished.v1').map((e) => e.data as AppropriationEstablished['data']);
    indicators = events.filter((e) => e.type === 'IndicatorDefined.v1').map((e) => e.data as IndicatorDefined['data']);
    document = events.find((e) => e.type === 'BudgetDocumentImported.v1')!.data as BudgetDocumentImported['data'];
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const totals = () => computeTotals(established.map((l) => ({ ...l, amount: new Money(l.amount) })));

  it('reproduces the department total 9209.73 = basic 2496.15 + project 6713.58 万元', () => {
    expect(totals().total).toBe(wan('9209.73'));
    expect(totals().basic).toBe(wan('2496.15'));
    expect(totals().project).toBe(wan('6713.58'));
  });

  it('reproduces 208 社会保障和就业支出 = 8386.57 (basic 2218.26, project 6168.31)', () => {
    expect(totals().byFunctional['208']).toBe(wan('8386.57'));
    expect(totals().basicByFunctional['208']).toBe(wan('2218.26'));
    expect(totals().projectByFunctional['208']).toBe(wan('6168.31'));
  });

  it('reproduces 210 = 118.81 (basic), 213 = 545.27 (project), 221 = 159.08 (basic)', () => {
    expect(totals().byFunctional['210']).toBe(wan('118.81'));
    expect(totals().basicByFunctional['210']).toBe(wan('118.81'));
    expect(totals().projectByFunctional['210']).toBeUndefined();
    expect(totals().byFunctional['213']).toBe(wan('545.27'));
    expect(totals().projectByFunctional['213']).toBe(wan('545.27'));
    expect(totals().byFunctional['221']).toBe(wan('159.08'));
    expect(totals().basicByFunctional['221']).toBe(wan('159.08'));
  });

  it('reproduces 表三 basic expenditure by economic class: 301 = 1931.89, 302 = 436.06, 303 = 128.20', () => {
    expect(totals().basicByEconomic['301']).toBe(wan('1931.89'));
    expect(totals().basicByEconomic['302']).toBe(wan('436.06'));
    expect(totals().basicByEconomic['303']).toBe(wan('128.20'));
  });

  it('has the 49 projects of 表十, adding to 6713.58, each reproduced by its lines', () => {
    expect(document.projects).toHaveLength(49);
    const sum = document.projects.reduce((s, p) => s.plus(p.total), new Money(0));
    expect(sum.toFixed(2)).toBe(wan('6713.58'));
    for (const p of document.projects) expect(totals().byProject[p.code]).toBe(p.total);
  });

  it('has the 6 budget units and every line belongs to one of them', () => {
    expect(document.units.map((u) => u.code).sort()).toEqual(['426001', '426002', '426003', '426004', '426005', '426006']);
    expect(new Set(established.map((l) => l.unit)).size).toBeLessThanOrEqual(6);
  });

  it('reconciled every control total of the document at import', () => {
    const checks = Object.keys(document.controlTotals);
    expect(checks).toEqual(expect.arrayContaining(['total', 'basic', 'project', 'byFunctional', 'basicByEconomic', 'byProject']));
    const byProject = document.controlTotals.byProject as Record<string, string>;
    expect(Object.keys(byProject)).toHaveLength(49);
  });

  it('has the indicators of 表十一 and of all 37 表十二 forms', () => {
    expect(indicators.filter((i) => i.scope === 'department').length).toBeGreaterThan(0);
    expect(new Set(indicators.filter((i) => i.scope === 'project').map((i) => i.project)).size).toBe(37);
  });

  it('binds 欠薪处置率 to the derived metric, with its 100% department target', () => {
    const rate = indicators.filter((i) => i.name.includes('欠薪处置率'));
    expect(rate.length).toBeGreaterThan(0);
    expect(rate.every((i) => i.metric === 'wage_arrears_disposal_rate')).toBe(true);
    expect(rate.some((i) => i.scope === 'department' && new Money(i.target ?? '0').eq(100))).toBe(true);
  });

  it('has exactly one revolving-fund line: the 农民工工资应急周转金 of 500 万元', () => {
    const funds = established.filter((l) => l.revolvingFund);
    expect(funds).toHaveLength(1);
    expect(funds[0].amount).toBe(wan('500.00'));
    expect(funds[0].projectName).toContain('农民工工资应急周转金');
  });

  it('marks what the document does not state as inferred, and records each known quirk with its decision', () => {
    expect(established.filter((l) => l.type === 'basic').every((l) => l.inferred.length > 0)).toBe(true);
    const quirks = document.quirks.map((q) => `${q.where} ${q.issue} ${q.decision}`).join('\n');
    for (const mark of ['430.1', '1568.95', '67.16', '三公']) expect(quirks).toContain(mark);
  });

  it('is not imported a second time on the next start', async () => {
    expect(await importDemoBudgetIfAbsent(app)).toBeNull();
  });
});
