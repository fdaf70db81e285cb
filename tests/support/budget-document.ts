/**
 * A tiny valid budget-import/v1 document (amounts in 元) for department 426:
 * - unit 426001 (本级): two basic lines (personnel 500,000.00 and operating 100,000.00, both overspend "block")
 *   and project P01 (就业补助, 200,000.00) on one line with overspendPolicy "warn";
 * - unit 426006 (执法支队): project P09, the 农民工工资应急周转金 (50,000.00), the revolving-fund line.
 * Indicators: P01 (50 + 40 = 90) and P09 (50 欠薪处置率 bound to wage_arrears_disposal_rate + 40 定性 = 90).
 * Total 850,000.00 元 = basic 600,000.00 + project 250,000.00, all restated in controlTotals.
 *
 * `fiscalYear` lets one app hold several independent budgets (one per year); use years before today.
 */
export type BudgetDocument = ReturnType<typeof budgetDocument>;

export const lineIds = (fiscalYear = 2023) => ({
  personnel: `426001-${fiscalYear}-B-2080101-30101`,
  operating: `426001-${fiscalYear}-B-2080101-30201`,
  /** project P01, overspendPolicy warn */
  employment: `426001-${fiscalYear}-P01`,
  /** project P09, the wage emergency revolving fund of unit 426006 */
  fund: `426006-${fiscalYear}-P09`,
});

export const indicatorIds = {
  /** 公益性岗位补贴人数 ≥ 100 人, cumulative */
  subsidised: 'P01-01',
  /** 服务对象满意度 ≥ 90 %, level */
  satisfaction: 'P01-02',
  /** 欠薪处置率 ＝ 100 %, derived from wage-arrears cases */
  disposalRate: 'P09-01',
  /** 维护社会稳定, 定性 */
  stability: 'P09-02',
} as const;

export function budgetDocument(fiscalYear = 2023) {
  const ids = lineIds(fiscalYear);
  return {
    format: 'budget-import/v1',
    kind: 'initial' as 'initial' | 'supplementary',
    fiscalYear,
    effectiveDate: null as string | null,
    amountUnit: '元',
    department: { code: '426', name: '重庆市潼南区人力资源和社会保障局', shortName: '区人力社保局' },
    source: { title: `测试用 ${fiscalYear} 年度部门预算`, reference: 'tests/support/budget-document.ts' },
    units: [
      { code: '426001', name: '重庆市潼南区人力资源和社会保障局（本级）', shortName: '本级' },
      { code: '426006', name: '重庆市潼南区人力资源和社会保障行政执法支队', shortName: '执法支队' },
    ],
    functionalClassifications: [
      { code: '208', name: '社会保障和就业支出' },
      { code: '20801', name: '人力资源和社会保障管理事务' },
      { code: '2080101', name: '行政运行' },
      { code: '20807', name: '就业补助' },
      { code: '2080701', name: '就业创业服务补贴' },
      { code: '2080799', name: '其他就业补助支出' },
    ],
    economicClassifications: [
      { code: '301', name: '工资福利支出' },
      { code: '30101', name: '基本工资' },
      { code: '302', name: '商品和服务支出' },
      { code: '30201', name: '办公费' },
    ],
    projects: [
      { code: 'P01', seq: 1, unit: '426001', name: `${fiscalYear} 年初专项-就业补助资金`, category: '年初特定目标', subCategory: '民生配套项目', total: '200000.00', notes: [] as string[] },
      { code: 'P09', seq: 9, unit: '426006', name: `${fiscalYear} 年初专项-农民工工资应急周转金`, category: '年初特定目标', subCategory: '民生配套项目', total: '50000.00', notes: [] as string[] },
    ],
    lines: [
      { id: ids.personnel, unit: '426001', type: 'basic', project: null, basicKind: 'personnel', functional: '2080101', economic: '30101', fundingSource: '一般公共预算拨款', amount: '500000.00', overspendPolicy: 'block', revolvingFund: false },
      { id: ids.operating, unit: '426001', type: 'basic', project: null, basicKind: 'operating', functional: '2080101', economic: '30201', fundingSource: '一般公共预算拨款', amount: '100000.00', overspendPolicy: 'block', revolvingFund: false },
      { id: ids.employment, unit: '426001', type: 'project', project: 'P01', basicKind: null, functional: '2080701', economic: null, fundingSource: '一般公共预算拨款', amount: '200000.00', overspendPolicy: 'warn', revolvingFund: false },
      { id: ids.fund, unit: '426006', type: 'project', project: 'P09', basicKind: null, functional: '2080799', economic: null, fundingSource: '一般公共预算拨款', amount: '50000.00', overspendPolicy: 'block', revolvingFund: true },
    ] as { id: string; unit: string; type: 'basic' | 'project'; project: string | null; basicKind: string | null; functional: string; economic: string | null; fundingSource: string; amount: string; overspendPolicy: 'block' | 'warn'; revolvingFund: boolean }[],
    indicators: [
      { id: indicatorIds.subsidised, scope: 'project', project: 'P01', level1: '产出指标', level2: '数量指标', name: '公益性岗位补贴人数', comparator: '≥', target: '100', targetText: '100', unit: '人', weight: '50', kind: 'cumulative', metric: null, subsidyCategory: null },
      { id: indicatorIds.satisfaction, scope: 'project', project: 'P01', level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', comparator: '≥', target: '90', targetText: '90', unit: '%', weight: '40', kind: 'level', metric: null, subsidyCategory: null },
      { id: indicatorIds.disposalRate, scope: 'project', project: 'P09', level1: '效益指标', level2: '社会效益指标', name: '欠薪处置率', comparator: '＝', target: '100', targetText: '100', unit: '%', weight: '50', kind: 'level', metric: 'wage_arrears_disposal_rate', subsidyCategory: null },
      { id: indicatorIds.stability, scope: 'project', project: 'P09', level1: '效益指标', level2: '可持续影响指标', name: '维护社会稳定', comparator: '定性', target: null, targetText: '定性', unit: null, weight: '40', kind: 'qualitative', metric: null, subsidyCategory: null },
    ] as { id: string; scope: string; project: string | null; level1: string; level2: string; name: string; comparator: string; target: string | null; targetText: string; unit: string | null; weight: string; kind: string; metric: string | null; subsidyCategory: string | null }[],
    controlTotals: {
      total: '850000.00',
      basic: '600000.00',
      project: '250000.00',
      byFunctional: { '208': '850000.00', '20801': '600000.00', '2080101': '600000.00', '20807': '250000.00' },
      basicByEconomic: { '301': '500000.00', '302': '100000.00' },
      byProject: { P01: '200000.00', P09: '50000.00' },
      byUnit: { '426001': '800000.00', '426006': '50000.00' },
    } as Record<string, string | Record<string, string>>,
    quirks: [] as { where: string; issue: string; decision: string }[],
  };
}

/**
 * A 追加预算 for the same department and year: +30,000.00 on the P01 line and a new project P10 line
 * (20,000.00, unit 426001). No indicators (the existing ones are kept).
 */
export function supplementaryDocument(fiscalYear = 2023, effectiveDate = `${fiscalYear}-06-15`) {
  const base = budgetDocument(fiscalYear);
  return {
    ...base,
    kind: 'supplementary' as const,
    effectiveDate,
    source: { title: `测试用 ${fiscalYear} 年追加预算`, reference: '潼财社〔2023〕45号' },
    units: [base.units[0]],
    projects: [
      { ...base.projects[0], total: '30000.00' },
      { code: 'P10', seq: 10, unit: '426001', name: `${fiscalYear} 追加-职业技能提升`, category: '上级专项', subCategory: '市级专项', total: '20000.00', notes: [] as string[] },
    ],
    lines: [
      { ...base.lines[2], amount: '30000.00' },
      { id: `426001-${fiscalYear}-P10`, unit: '426001', type: 'project' as const, project: 'P10', basicKind: null, functional: '2080701', economic: null, fundingSource: '一般公共预算拨款', amount: '20000.00', overspendPolicy: 'block' as const, revolvingFund: false },
    ],
    indicators: [],
    controlTotals: { total: '50000.00', project: '50000.00', byProject: { P01: '30000.00', P10: '20000.00' } },
  };
}
