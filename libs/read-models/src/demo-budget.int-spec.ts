import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planBudgetImport } from '@app/budget-import';
import type { DisbursementRecorded, DomainEvent } from '@app/domain';
import { caseReported, caseResolved } from '@app/domain/testing/wage-arrears-fixtures';
import { Projector } from './projector';
import { beneficiariesByCategory } from './queries/beneficiaries';
import { executionTotals, type ExecutionQuery } from './queries/execution';
import { fundPosition } from './queries/fund';
import { indicatorsView } from './queries/indicators';
import { wageArrearsMetrics } from './queries/wage-arrears';
import { appendAll, DIALECTS, openTestBed, type TestBed } from './testing/harness';

const DEMO = join(__dirname, '..', '..', '..', 'demo', 'budget-2023-426.json');
const P37 = '426002-2023-P37'; // 就业补助资金 4144.00 万元
const SALARY = '426001-2023-B-2080101-30101'; // 本级 基本工资 340.67 万元
const FUND = '426006-2023-P09'; // 农民工工资应急周转金 500.00 万元

/** The demo budget as the import command records it: document, 137 lines, 287 indicators, all effective 2023-01-01. */
function importEvents(): DomainEvent[] {
  const plan = planBudgetImport(JSON.parse(readFileSync(DEMO, 'utf8')));
  const at = plan.effectiveDate;
  return [
    { type: 'BudgetDocumentImported.v1', effectiveDate: at, data: plan.document },
    ...plan.lines.map((data) => ({ type: 'AppropriationEstablished.v1', effectiveDate: at, data })),
    ...plan.indicators.map((data) => ({ type: 'IndicatorDefined.v1', effectiveDate: at, data })),
  ];
}

const pay = (id: string, lineId: string, amount: string, date: string, category: string | null = null, people: number | null = null): DisbursementRecorded => ({
  type: 'DisbursementRecorded.v1', effectiveDate: date,
  data: { disbursementId: id, lineId, amount, voucherNo: `记-${id}`, payee: null, summary: null, subsidyCategory: category, beneficiaries: people, economic: null },
});

describe.each(DIALECTS)('demo budget 2023-426 (%s)', (dialect) => {
  let bed: TestBed;
  beforeAll(async () => {
    bed = await openTestBed(dialect);
    await appendAll(bed.store, importEvents());
    await appendAll(bed.store, [
      pay('p1', P37, '558000.00', '2023-01-31', '公益性岗位补贴', 310), // 310 人 × 1800 元
      pay('s1', SALARY, '283891.67', '2023-01-15'), pay('s2', SALARY, '283891.67', '2023-02-15'), // 3406700.00 ÷ 12, rounded to 分
      pay('p2', P37, '234567.89', '2023-02-28', '社会保险补贴', 120),
      { type: 'DisbursementReversed.v1', effectiveDate: '2023-03-20', data: { disbursementId: 'p2', lineId: P37, amount: '4567.89', reason: '多付更正' } },
      caseReported('2023-03-01'),
      { type: 'FundAdvancePaid.v1', effectiveDate: '2023-03-10', data: { advanceId: 'a1', lineId: FUND, caseId: 'case-2023-001', amount: '120000.00', workers: 12, note: null } },
      caseResolved('2023-04-01'),
      { type: 'FundAdvanceRecovered.v1', effectiveDate: '2023-05-20', data: { recoveryId: 'r1', lineId: FUND, caseId: 'case-2023-001', amount: '50000.00', note: null } },
      pay('p3', P37, '45000.00', '2023-03-15', '就业见习补贴', 25), // recorded last, back-dated into March
    ]);
    await new Projector(bed.store, bed.rm, { batchSize: 100 }).catchUp();
  }, 120_000);
  afterAll(async () => { await bed.close(); });

  const totals = (asOf: string, groupBy: ExecutionQuery['groupBy'], more: Partial<ExecutionQuery> = {}) =>
    executionTotals(bed.rm.db, { asOf, groupBy, ...more, filters: { fiscalYear: 2023, ...more.filters } });
  const amounts = (rows: { key: string; appropriated: string }[]) => Object.fromEntries(rows.map((r) => [r.key, r.appropriated]));

  it('reproduces the published totals: department 9209.73 万元, 208 = 8386.57 万元, basic / project, units', async () => {
    expect(await totals('2023-01-01', 'department')).toEqual([expect.objectContaining({ key: '426', name: '重庆市潼南区人力资源和社会保障局', appropriated: '92097300.00', lines: 137 })]);
    expect(amounts(await totals('2023-12-31', 'functional'))).toEqual({ 208: '83865700.00', 210: '1188100.00', 213: '5452700.00', 221: '1590800.00' });
    expect(amounts(await totals('2023-12-31', 'functional', { level: 2, filters: { fiscalYear: 2023, functional: '20807' } }))).toEqual({ 20807: '46446500.00' });
    expect(amounts(await totals('2023-12-31', 'type'))).toEqual({ basic: '24961500.00', project: '67135800.00' });
    expect(amounts(await totals('2023-12-31', 'economic', { filters: { fiscalYear: 2023, type: 'basic' } }))).toEqual({ 301: '19318900.00', 302: '4360600.00', 303: '1282000.00' });
    expect(amounts(await totals('2023-12-31', 'unit'))).toEqual({
      426001: '23861700.00', 426002: '49972400.00', 426003: '11522300.00', 426004: '546600.00', 426005: '432800.00', 426006: '5761500.00',
    });
    expect(await totals('2023-12-31', 'project')).toHaveLength(50); // 49 projects + 基本支出
    expect(await totals('2022-12-31', 'department')).toEqual([]);
  });

  it('answers hand-computed disbursement figures as of 31 March and 30 June', async () => {
    const p37 = (await totals('2023-03-31', 'line', { filters: { fiscalYear: 2023, project: 'P37' } }))[0];
    // 558000.00 + 234567.89 + 45000.00 = 837567.89 gross; − 4567.89 reversed = 833000.00; 41440000.00 − 833000.00 = 40607000.00
    expect(p37).toMatchObject({ key: P37, appropriated: '41440000.00', disbursed: '837567.89', reversed: '4567.89', netDisbursed: '833000.00', balance: '40607000.00', disbursementCount: 3 });
    expect((await totals('2023-02-28', 'line', { filters: { fiscalYear: 2023, unit: '426001', economic: '30101' } }))[0])
      .toMatchObject({ key: SALARY, name: '行政运行 · 基本工资', netDisbursed: '567783.34', balance: '2838916.66' }); // 3406700.00 − 2 × 283891.67
    // 92097300.00 − (833000.00 + 567783.34) − 120000.00 outstanding = 90576516.66
    expect((await totals('2023-03-31', 'department'))[0]).toMatchObject({ netDisbursed: '1400783.34', advanced: '120000.00', balance: '90576516.66' });
    expect((await totals('2023-06-30', 'department'))[0]).toMatchObject({ recovered: '50000.00', balance: '90626516.66' }); // outstanding 70000.00
    // 558000.00 + 234567.89: before the back-dated 45000.00 and the reversal
    expect((await totals('2023-03-14', 'line', { filters: { fiscalYear: 2023, project: 'P37' } }))[0].netDisbursed).toBe('792567.89');
    expect((await totals('2023-03-31', 'functional', { level: 3, filters: { fiscalYear: 2023, functional: '2080701' } }))[0]).toMatchObject({ name: '就业创业服务补贴', netDisbursed: '833000.00' });
  });

  it('derives the revolving fund, 欠薪处置率 inputs, beneficiaries and the indicator list', async () => {
    expect(await fundPosition(bed.rm.db, { fiscalYear: 2023, asOf: '2023-06-30', overdueDays: 30 })).toMatchObject({
      lineIds: [FUND], appropriated: '5000000.00', advanced: '120000.00', recovered: '50000.00', outstanding: '70000.00', available: '4930000.00', overdueAmount: '70000.00',
    });
    expect((await wageArrearsMetrics(bed.rm.db, { fiscalYear: 2023, asOf: '2023-03-31' })).department).toMatchObject({ reported: 1, resolved: 0 });
    expect((await wageArrearsMetrics(bed.rm.db, { fiscalYear: 2023, asOf: '2023-04-30' })).byUnit).toEqual([
      expect.objectContaining({ unit: '426006', name: '重庆市潼南区人力资源和社会保障行政执法支队', reported: 1, resolved: 1 }),
    ]);
    expect((await beneficiariesByCategory(bed.rm.db, { fiscalYear: 2023, asOf: '2023-03-31', unit: '426002' })).map((b) => [b.category, b.people, b.netDisbursed])).toEqual([
      ['公益性岗位补贴', 310, '558000.00'], ['就业见习补贴', 25, '45000.00'], ['社会保险补贴', 120, '230000.00'],
    ].sort(([a], [b]) => (a < b ? -1 : 1)));
    const all = await indicatorsView(bed.rm.db, { fiscalYear: 2023, asOf: '2023-06-30' });
    expect(all).toHaveLength(287);
    expect(all.find((i) => i.indicatorId === 'D-08')).toMatchObject({ name: '欠薪处置率', target: '100', metric: 'wage_arrears_disposal_rate', latest: null });
    expect((await indicatorsView(bed.rm.db, { fiscalYear: 2023, asOf: '2023-06-30', project: 'P37' })).every((i) => i.project === 'P37' && i.unit === '426002')).toBe(true);
  });
});
