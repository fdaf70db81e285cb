import { DomainEvent } from '../shared/decider';

/** 指标性质: the comparator of a performance indicator (绩效指标). */
export type Comparator = 'eq' | 'ge' | 'le' | 'qualitative';
/** How progress accumulates: counts and amounts add up (cumulative); rates are held (level); 定性 is graded. */
export type IndicatorKind = 'cumulative' | 'level' | 'qualitative';
/** Grades of a qualitative (定性) indicator. */
export type Grade = '达成' | '部分达成' | '未达成';
export const GRADES: readonly Grade[] = ['达成', '部分达成', '未达成'];
/** Metrics the product derives from events instead of having them typed in. */
export type DerivedMetric = 'wage_arrears_disposal_rate' | 'subsidy_beneficiaries' | 'basic_expenditure_execution';
export const DERIVED_METRICS: readonly DerivedMetric[] = ['wage_arrears_disposal_rate', 'subsidy_beneficiaries', 'basic_expenditure_execution'];

export type IndicatorDefined = DomainEvent<'IndicatorDefined.v1', {
  readonly indicatorId: string;
  readonly fiscalYear: number;
  readonly department: string;
  /** 'department' (表十一) or 'project' (表十二) */
  readonly scope: 'department' | 'project';
  readonly project: string | null;
  readonly unit: string | null;
  /** 一级指标 / 二级指标 / 三级指标 */
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly comparator: Comparator;
  readonly target: string | null;
  readonly targetText: string;
  /** 度量单位 */
  readonly measureUnit: string | null;
  /** 权重 */
  readonly weight: string;
  readonly kind: IndicatorKind;
  readonly metric: DerivedMetric | null;
  readonly subsidyCategory: string | null;
  readonly importId: string;
}>;

export type IndicatorTargetRevised = DomainEvent<'IndicatorTargetRevised.v1', {
  readonly indicatorId: string; readonly previousTarget: string | null; readonly target: string | null;
  readonly targetText: string; readonly reason: string;
}>;

/** A unit reported where an indicator stands on `asOf`; a cumulative value is the total to date. */
export type IndicatorProgressReported = DomainEvent<'IndicatorProgressReported.v1', {
  readonly indicatorId: string;
  readonly asOf: string;
  readonly value: string | null;
  readonly grade: Grade | null;
  /** 偏差原因 */
  readonly deviationReason: string | null;
  readonly note: string | null;
}>;

export type IndicatorEvent = IndicatorDefined | IndicatorTargetRevised | IndicatorProgressReported;

export const indicatorStreamId = (fiscalYear: number, indicatorId: string) => `indicator-${fiscalYear}-${indicatorId}`;
