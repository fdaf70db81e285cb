import type { BudgetDocumentImported, IndicatorDefined, IndicatorProgressReported, IndicatorTargetRevised } from '@app/domain';

/** A small budget document (reference data only; lines are established by their own events). */
export function budgetDocument(effectiveDate = '2023-01-01'): BudgetDocumentImported {
  return {
    type: 'BudgetDocumentImported.v1', effectiveDate,
    data: {
      importId: 'import-test', kind: 'initial', fiscalYear: 2023,
      department: { code: '426', name: '重庆市潼南区人力资源和社会保障局', shortName: '区人力社保局' },
      source: { title: '测试预算', reference: null },
      units: [
        { code: '426001', name: '本级', shortName: null }, { code: '426002', name: '就业和人才中心', shortName: null },
        { code: '426003', name: '社会保险事务中心', shortName: null }, { code: '426006', name: '执法支队', shortName: null },
      ],
      functionalClassifications: [
        { code: '208', name: '社会保障和就业支出' }, { code: '20801', name: '人力资源和社会保障管理事务' }, { code: '2080101', name: '行政运行' },
        { code: '2080105', name: '劳动保障监察' }, { code: '2080199', name: '其他人力资源和社会保障管理事务支出' }, { code: '20807', name: '就业补助' },
        { code: '2080705', name: '公益性岗位补贴' }, { code: '2080799', name: '其他就业补助支出' }, { code: '210', name: '卫生健康支出' },
        { code: '21011', name: '行政事业单位医疗' }, { code: '2101101', name: '行政单位医疗' },
      ],
      economicClassifications: [
        { code: '301', name: '工资福利支出' }, { code: '30101', name: '基本工资' }, { code: '30102', name: '津贴补贴' },
        { code: '302', name: '商品和服务支出' }, { code: '30201', name: '办公费' }, { code: '30299', name: '其他商品和服务支出' },
      ],
      projects: [
        { code: 'P01', name: '就业补助资金', seq: 1, unit: '426002', category: '上级专项', subCategory: '市级专项', total: '1000.00', notes: [] },
        { code: 'P02', name: '公益性岗位', seq: 2, unit: '426002', category: '年初特定目标', subCategory: '民生配套项目', total: '500.00', notes: [] },
        { code: 'P09', name: '农民工工资应急周转金', seq: 9, unit: '426006', category: '年初特定目标', subCategory: '一般性', total: '5000000.00', notes: [] },
      ],
      lineIds: [], indicatorIds: [], totals: {}, controlTotals: {}, quirks: [],
    },
  };
}

export const indicatorDefined = (indicatorId: string, overrides: Partial<IndicatorDefined['data']> = {}, effectiveDate = '2023-01-01'): IndicatorDefined => ({
  type: 'IndicatorDefined.v1', effectiveDate,
  data: {
    indicatorId, fiscalYear: 2023, department: '426', scope: 'project', project: 'P01', unit: '426002', level1: '产出指标', level2: '数量指标',
    name: '培训人数', comparator: 'ge', target: '100', targetText: '100', measureUnit: '人', weight: '10', kind: 'cumulative',
    metric: null, subsidyCategory: null, importId: 'import-test', ...overrides,
  },
});

export const targetRevised = (indicatorId: string, target: string, effectiveDate: string, previousTarget: string | null = null): IndicatorTargetRevised => ({
  type: 'IndicatorTargetRevised.v1', effectiveDate,
  data: { indicatorId, previousTarget, target, targetText: target, reason: '年中调整' },
});

export const progressReported = (
  indicatorId: string, asOf: string, value: string | null, deviationReason: string | null = null, grade: IndicatorProgressReported['data']['grade'] = null,
): IndicatorProgressReported => ({
  type: 'IndicatorProgressReported.v1', effectiveDate: asOf,
  data: { indicatorId, asOf, value, grade, deviationReason, note: null },
});

/** 分 → 元 string, for generated amounts. */
export const yuan = (fen: bigint | number): string => {
  const f = BigInt(fen);
  return `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;
};
