import { BudgetImportRejected } from './issues';
import { planBudgetImport } from './plan';

/** A minimal valid document in 万元: one unit, one project line, one basic line, two indicators. */
function document(overrides: Record<string, unknown> = {}) {
  return {
    format: 'budget-import/v1', kind: 'initial', fiscalYear: 2023, amountUnit: '万元',
    department: { code: '426', name: '区人力社保局' }, source: { title: '2023 部门预算' },
    units: [{ code: '426001', name: '本级' }],
    functionalClassifications: [
      { code: '208', name: '社会保障和就业支出' }, { code: '20801', name: '人力资源和社会保障管理事务' }, { code: '2080101', name: '行政运行' },
      { code: '20807', name: '就业补助' }, { code: '2080701', name: '就业创业服务补贴' },
    ],
    economicClassifications: [{ code: '301', name: '工资福利支出' }, { code: '30101', name: '基本工资' }],
    projects: [{ code: 'P01', unit: '426001', name: '就业补助资金', category: '上级专项', total: '100.01' }],
    lines: [
      { id: '426001-2023-P01', unit: '426001', type: 'project', project: 'P01', functional: '2080701', amount: '100.01' },
      { id: '426001-2023-B-2080101-30101', unit: '426001', type: 'basic', basicKind: 'personnel', functional: '2080101', economic: '30101', amount: '0.99' },
    ],
    indicators: [
      { id: 'P01-01', scope: 'project', project: 'P01', level1: '产出指标', level2: '数量指标', name: '补贴人数', comparator: '≥', target: '1000', targetText: '1000', unit: '人', weight: '60', kind: 'cumulative' },
      { id: 'P01-02', scope: 'project', project: 'P01', level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', comparator: '≥', target: '95', targetText: '95', unit: '%', weight: '30', kind: 'level' },
    ],
    controlTotals: { total: '101.00', basic: '0.99', project: '100.01', byFunctional: { '208': '101.00', '20807': '100.01' } },
    ...overrides,
  };
}

function rejection(raw: unknown): BudgetImportRejected {
  try { planBudgetImport(raw); } catch (e) { if (e instanceof BudgetImportRejected) return e; throw e; }
  throw new Error('expected the document to be rejected');
}

describe('budget import plan', () => {
  describe('given a valid document in 万元', () => {
    const plan = planBudgetImport(document());

    it('converts every amount to 元 exactly', () => {
      expect(plan.lines.map((l) => l.amount)).toEqual(['1000100.00', '9900.00']);
      expect(plan.totals.total).toBe('1010000.00');
      expect(plan.totals.byFunctional).toMatchObject({ '208': '1010000.00', '20801': '9900.00', '2080101': '9900.00', '20807': '1000100.00' });
      expect(plan.totals.basicByEconomic).toEqual({ '301': '9900.00', '30101': '9900.00' });
    });

    it('passes every control total', () => {
      expect(plan.checks.length).toBe(5);
      expect(plan.checks.every((c) => c.ok)).toBe(true);
    });

    it('maps comparators and derives indicator units from their project', () => {
      expect(plan.indicators[0]).toMatchObject({ comparator: 'ge', unit: '426001', project: 'P01', fiscalYear: 2023 });
    });

    it('takes effect on 1 January and has an id derived from the content', () => {
      expect(plan.effectiveDate).toBe('2023-01-01');
      expect(planBudgetImport(JSON.parse(JSON.stringify(document()))).importId).toBe(plan.importId);
      expect(planBudgetImport(document({ source: { title: 'other' } })).importId).not.toBe(plan.importId);
    });
  });

  describe('given a document with problems', () => {
    it('names the JSON path of a malformed amount', () => {
      const lines = document().lines.map((l, i) => (i === 0 ? { ...l, amount: '100.011' } : l));
      expect(rejection(document({ lines })).issues).toContainEqual(expect.objectContaining({ path: 'lines[0].amount', code: 'INVALID_FIELD' }));
    });

    it('rejects a control total that the lines do not reproduce, saying both figures', () => {
      const issues = rejection(document({ controlTotals: { total: '101.01' } })).issues;
      expect(issues).toEqual([expect.objectContaining({ path: 'controlTotals.total', code: 'CONTROL_TOTAL_MISMATCH' })]);
      expect(issues[0].message).toContain('1010100.00');
    });

    it('rejects an unknown unit, a missing parent code and project lines not adding up, all at once', () => {
      const issues = rejection(document({
        lines: [{ ...document().lines[0], unit: '426009', amount: '100.00' }, document().lines[1]],
        functionalClassifications: document().functionalClassifications.filter((c) => c.code !== '20807'),
        controlTotals: {},
      })).issues.map((i) => `${i.path} ${i.code}`);
      expect(issues).toEqual(expect.arrayContaining([
        'lines[0].unit UNKNOWN_UNIT', 'functionalClassifications[3].code PARENT_CODE_MISSING', 'projects[0].total PROJECT_TOTAL_MISMATCH',
      ]));
    });

    it('rejects indicator weights of a project that do not add to 90 unless a note explains why', () => {
      const indicators = [document().indicators[0]];
      expect(rejection(document({ indicators })).issues).toEqual([expect.objectContaining({ path: 'projects[0]', code: 'INDICATOR_WEIGHTS' })]);
      const explained = planBudgetImport(document({ indicators: [{ ...indicators[0], notes: ['表十二 prints 60 only'] }] }));
      expect(explained.warnings).toEqual([expect.objectContaining({ code: 'INDICATOR_WEIGHTS' })]);
    });

    it('requires a basic line to carry its economic code and kind', () => {
      const lines = [document().lines[0], { ...document().lines[1], economic: undefined, basicKind: undefined }];
      const codes = rejection(document({ lines })).issues.map((i) => i.code);
      expect(codes).toEqual(expect.arrayContaining(['ECONOMIC_CODE_REQUIRED', 'BASIC_KIND_REQUIRED']));
    });

    it('rejects a 定性 indicator with a numeric target', () => {
      const indicators = [document().indicators[0], { ...document().indicators[1], comparator: '定性', kind: 'qualitative', target: '95' }];
      expect(rejection(document({ indicators })).issues).toContainEqual(expect.objectContaining({ path: 'indicators[1].target', code: 'QUALITATIVE_HAS_NO_TARGET' }));
    });

    it('rejects a supplementary budget without an effective date in its year', () => {
      expect(rejection(document({ kind: 'supplementary', effectiveDate: '2024-03-01' })).issues)
        .toContainEqual(expect.objectContaining({ path: 'effectiveDate', code: 'EFFECTIVE_DATE_REQUIRED' }));
    });
  });
});
