import { fold } from '../shared/decider';
import { emptyCatalog, evolveCatalog } from './catalog';
import { BudgetDocumentImported } from './events';

const department = { code: '426', name: '重庆市潼南区人力资源和社会保障局', shortName: '区人力社保局' };

function imported(overrides: Partial<BudgetDocumentImported['data']>): BudgetDocumentImported {
  return {
    type: 'BudgetDocumentImported.v1', effectiveDate: '2023-01-01',
    data: {
      importId: 'import-2023-initial', kind: 'initial', fiscalYear: 2023, department,
      source: { title: '重庆市潼南区人力资源和社会保障局2023年度部门预算', reference: null },
      units: [], functionalClassifications: [], economicClassifications: [], projects: [], lineIds: [], indicatorIds: [],
      totals: {}, controlTotals: {}, quirks: [], ...overrides,
    },
  };
}

const project = (code: string, name: string, total: string) =>
  ({ code, name, seq: Number(code.slice(1)), unit: '426006', category: '年初特定目标', subCategory: '民生配套项目', total, notes: [] });

describe('budget catalog', () => {
  it('is empty before any document is imported', () => {
    const catalog = emptyCatalog();
    expect(catalog).toMatchObject({ department: null, fiscalYear: null, importIds: [] });
    expect(catalog.units.size + catalog.projects.size + catalog.functional.size + catalog.economic.size).toBe(0);
  });

  describe('when two documents are folded (年初预算 then 追加预算)', () => {
    const initial = imported({
      units: [{ code: '426001', name: '重庆市潼南区人力资源和社会保障局（本级）', shortName: '本级' }, { code: '426006', name: '人力资源和社会保障行政执法支队', shortName: '执法支队' }],
      functionalClassifications: [{ code: '208', name: '社会保障和就业支出' }, { code: '20807', name: '就业补助' }],
      economicClassifications: [{ code: '301', name: '工资福利支出' }],
      projects: [project('P09', '2023 年初专项-农民工工资应急周转金', '500.00'), project('P34', '安全劝导员', '67.00')],
    });
    const supplementary = imported({
      importId: 'import-2023-supp-1', kind: 'supplementary',
      units: [{ code: '426002', name: '重庆市潼南区就业和人才中心', shortName: '就业和人才中心' }],
      functionalClassifications: [{ code: '2080701', name: '就业创业服务补贴' }, { code: '20807', name: '就业补助（更正）' }],
      economicClassifications: [{ code: '30101', name: '基本工资' }],
      projects: [project('P34', '安全劝导员', '67.16'), project('P50', '追加项目', '10.00')],
    });
    const catalog = fold(evolveCatalog, emptyCatalog(), [initial, supplementary]);

    it('keeps both import ids in order, with the department and fiscal year', () => {
      expect(catalog.importIds).toEqual(['import-2023-initial', 'import-2023-supp-1']);
      expect(catalog.department).toEqual(department);
      expect(catalog.fiscalYear).toBe(2023);
    });

    it('merges the units of both', () => {
      expect([...catalog.units.keys()].sort()).toEqual(['426001', '426002', '426006']);
      expect(catalog.units.get('426002')?.shortName).toBe('就业和人才中心');
    });

    it('merges classification codes, the later document naming a code again winning', () => {
      expect(Object.fromEntries(catalog.functional)).toEqual({ '208': '社会保障和就业支出', '20807': '就业补助（更正）', '2080701': '就业创业服务补贴' });
      expect(Object.fromEntries(catalog.economic)).toEqual({ '301': '工资福利支出', '30101': '基本工资' });
    });

    it('merges projects by code, the later document replacing a project it lists again', () => {
      expect([...catalog.projects.keys()].sort()).toEqual(['P09', 'P34', 'P50']);
      expect(catalog.projects.get('P34')?.total).toBe('67.16');
      expect(catalog.projects.get('P09')?.total).toBe('500.00');
    });

    it('does not change the catalog it was folded from', () => {
      const first = evolveCatalog(emptyCatalog(), initial);
      evolveCatalog(first, supplementary);
      expect(first.units.size).toBe(2);
      expect(first.importIds).toEqual(['import-2023-initial']);
    });
  });
});
