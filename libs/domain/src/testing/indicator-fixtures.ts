import { DefineIndicator, ReportIndicatorProgress, ReviseIndicatorTarget } from '../indicator/decider';
import { IndicatorDefined } from '../indicator/events';

/** Small factories for performance-indicator (绩效指标) tests, modelled on the 应急周转金 form of 表十二. */

type Definition = IndicatorDefined['data'];

/** 被欠薪人员满意度 ≥ 80 %: a numeric level indicator reported by hand */
export function definition(overrides: Partial<Definition> = {}): Definition {
  return {
    indicatorId: 'P09-05', fiscalYear: 2023, department: '426', scope: 'project', project: 'P09', unit: '426006',
    level1: '满意度指标', level2: '服务对象满意度指标', name: '被欠薪人员满意度', comparator: 'ge', target: '80', targetText: '80',
    measureUnit: '%', weight: '5', kind: 'level', metric: null, subsidyCategory: null, importId: 'import-2023-initial', ...overrides,
  };
}

/** 维护社保稳定 (定性) */
export const qualitative = (): Partial<Definition> =>
  ({ indicatorId: 'P09-04', level1: '效益指标', level2: '可持续影响指标', name: '维护社保稳定', comparator: 'qualitative', target: null, targetText: '定性', measureUnit: null, weight: '10', kind: 'qualitative' });

/** 欠薪处置率 = 100 %, derived from wage-arrears cases */
export const derived = (): Partial<Definition> =>
  ({ indicatorId: 'D-05', scope: 'department', project: null, level1: '效益指标', level2: '社会效益指标', name: '欠薪处置率', comparator: 'eq', target: '100', targetText: '100', metric: 'wage_arrears_disposal_rate' });

export const indicatorDefined = (overrides: Partial<Definition> = {}): IndicatorDefined =>
  ({ type: 'IndicatorDefined.v1', effectiveDate: '2023-01-01', data: definition(overrides) });

export const defineIndicator = (overrides: Partial<Definition> = {}): DefineIndicator =>
  ({ type: 'DefineIndicator', definition: definition(overrides), effectiveDate: '2023-01-01' });

export const reviseTarget = (target: string | null, overrides: Partial<ReviseIndicatorTarget> = {}): ReviseIndicatorTarget =>
  ({ type: 'ReviseIndicatorTarget', target, targetText: null, reason: '年中调整', effectiveDate: '2023-07-01', ...overrides });

export const reportProgress = (overrides: Partial<ReportIndicatorProgress> = {}): ReportIndicatorProgress =>
  ({ type: 'ReportIndicatorProgress', asOf: '2023-06-30', value: '85', grade: null, deviationReason: null, note: null, ...overrides });
