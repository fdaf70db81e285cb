import { DEFAULT_MONITORING_SETTINGS, DEFAULT_SPENDING_PLAN_SETTINGS, type DomainEvent, type LineAttributes, spendingPlanSettings } from '@app/domain';
import { Projector } from '@app/read-models';
import { budgetDocument } from '@app/read-models/testing/fixtures';
import { appendAll, openTestBed, type TestBed } from '@app/read-models/testing/harness';
import { alertSettings } from '../settings';
import { planBehindRule } from './plan-rule';
import { RuleContext } from './rule';

const line = (lineId: string, over: Partial<LineAttributes>): DomainEvent => ({
  type: 'AppropriationEstablished.v1', effectiveDate: '2023-01-01',
  data: {
    lineId, fiscalYear: 2023, department: '426', unit: '426002', type: 'project', project: 'P01', projectName: '就业补助资金', basicKind: null,
    functional: '2080799', economic: null, fundingSource: '一般公共预算拨款', amount: '120000.00', overspendPolicy: 'warn', revolvingFund: false,
    importId: 'import-test', inferred: [], ...over,
  },
});
const plan = (lineId: string, months: number[], effectiveDate = '2023-01-05'): DomainEvent => ({
  type: 'SpendingPlanFiled.v1', effectiveDate,
  data: { lineId, revision: 1, months: months.map((m) => `${m}.00`), total: `${months.reduce((a, b) => a + b, 0)}.00`, reason: null },
});
const paid = (lineId: string, id: string, amount: string, effectiveDate: string): DomainEvent => ({
  type: 'DisbursementRecorded.v1', effectiveDate,
  data: { disbursementId: id, lineId, amount, voucherNo: id, payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null },
});

/** 用款计划执行滞后 over real read models (SQLite): lines with a filed plan and their projects, never a line without one. */
describe('plan_behind rule (用款计划执行滞后)', () => {
  let bed: TestBed;
  beforeAll(async () => {
    bed = await openTestBed('sqlite');
    // P01: a line planned 10,000 a month (behind by June), a second line without a plan; P02: lumpy, planned in Q4 (not behind);
    // P09: the revolving fund, planned and unpaid (left to the fund rules)
    await appendAll(bed.store, [
      budgetDocument(),
      line('L1', {}), line('L2', { amount: '60000.00' }),
      line('L3', { project: 'P02', projectName: '公益性岗位', amount: '120000.00' }),
      line('L9', { unit: '426006', project: 'P09', projectName: '农民工工资应急周转金', revolvingFund: true }),
      plan('L1', [10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000]),
      plan('L3', [0, 0, 0, 0, 0, 0, 0, 0, 0, 40000, 40000, 40000]),
      plan('L9', [10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000]),
      paid('L1', 'd1', '40000.00', '2023-05-20'), paid('L2', 'd2', '30000.00', '2023-02-01'),
    ]);
    await new Projector(bed.store, bed.rm).catchUp();
  });
  afterAll(async () => { await bed.close(); });

  const context = (over: Partial<RuleContext> = {}): RuleContext => ({
    fiscalYear: 2023, asOf: '2023-06-30', units: undefined, rm: bed.rm, monitoring: DEFAULT_MONITORING_SETTINGS, plans: DEFAULT_SPENDING_PLAN_SETTINGS,
    settings: alertSettings({}), indicators: { evaluate: async () => [] }, unitNames: new Map([['426002', '就业和人才中心']]), ...over,
  });

  it('a planned line behind its plan is red or yellow by 计划执行率; its project counts its other lines by their default profile', async () => {
    const verdicts = await planBehindRule(context());
    expect(verdicts.map((v) => [v.subjectKey, v.severity])).toEqual([['line-2023-L1', 'yellow'], ['line-2023-L3', null], ['project-2023-P01', 'yellow'], ['project-2023-P02', null]]);
    const [l1, , p01] = verdicts;
    // L1: 40,000 paid of 60,000 planned through June = 66.67 %
    expect(l1.observation).toMatchObject({
      subjectKind: 'line', unit: '426002', unitName: '就业和人才中心', target: '60000.00', actual: '40000.00', measureUnit: '元',
      link: '/lines/L1?asOf=2023-06-30', inhibitedBy: ['plan_behind.project-2023-P01'], gap: '33.33',
      summary: '预算指标「就业补助资金 · 其他就业补助支出」计划执行率 66.67%（已支付 40,000.00 元，截至本月累计用款计划 60,000.00 元），落后计划 20,000.00 元，黄灯。',
    });
    // P01: 70,000 paid of 60,000 (L1's plan) + 30,000 (L2 without a plan: a 就业补助 line, by quarter: March and June) = 77.78 %
    expect(p01.observation).toMatchObject({ target: '90000.00', actual: '70000.00', subjectName: '就业补助资金（P01）' });
    expect(verdicts[1].observation.summary).toBe('预算指标「公益性岗位 · 其他就业补助支出」计划执行率 —（截至本月尚无计划用款）（已支付 0.00 元，截至本月累计用款计划 0.00 元），按计划执行。');
    expect(p01.observation.details).toContainEqual({ label: '已报送用款计划', value: '1 / 2 条指标（其余按默认分布）' });
  });

  it('the light follows SPENDING_PLAN_SETTINGS.light; levels follow ALERT_SETTINGS', async () => {
    const lenient = await planBehindRule(context({ plans: spendingPlanSettings({ light: { red: '50', yellow: '60' } }), settings: alertSettings({ rules: { plan_behind: { levels: ['line'] } } }) }));
    expect(lenient.map((v) => [v.subjectKey, v.severity])).toEqual([['line-2023-L1', null], ['line-2023-L3', null]]);
  });

  it('only the units asked about', async () => {
    expect(await planBehindRule(context({ units: ['426006'] }))).toEqual([]);
  });
});
