import { formatPercent, formatPoints } from '@app/domain';
import { EvaluatedIndicator } from '@app/read-models';

/** 指标性质 as printed on the forms. */
const SYMBOLS: Record<string, string> = { eq: '＝', ge: '≥', le: '≤', qualitative: '定性' };

/** The public shape of an evaluated indicator: numbers as decimal strings, rates as percent with 2 decimals. */
export function indicatorJson(e: EvaluatedIndicator) {
  const v = e.view;
  return {
    indicatorId: v.indicatorId, scope: v.scope, project: v.project, unit: v.unit, level1: v.level1, level2: v.level2, name: v.name,
    comparator: v.comparator, comparatorSymbol: SYMBOLS[v.comparator] ?? v.comparator, kind: v.kind, measureUnit: v.measureUnit, weight: v.weight, target: v.target, targetText: v.targetText,
    metric: v.metric, subsidyCategory: v.subsidyCategory,
    actual: e.actual === null ? null : formatPoints(e.actual), grade: e.grade, actualAsOf: e.actualAsOf, derived: e.derived, derivedNote: e.derivedNote,
    completion: e.light.completion === null ? null : formatPercent(e.light.completion),
    expectedByNow: e.light.expectedByNow === null ? null : formatPoints(e.light.expectedByNow),
    ratio: e.light.ratio === null ? null : formatPoints(e.light.ratio),
    light: e.light.light, status: e.light.light === null ? '未填报' : null,
    deviationReason: v.latest?.deviationReason ?? null,
    history: v.history,
  };
}
