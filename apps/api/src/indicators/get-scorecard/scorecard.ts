import { Money, MonitoringSettings, formatPercent, formatPoints, selfEvaluation, worstLight } from '@app/domain';
import { EvaluatedIndicator } from '@app/platform';
import { indicatorJson } from '../indicator-json';

/**
 * 绩效自评: goal light (the worst indicator light), score out of 100 (execution plus the form's weights) and
 * grade, with the indicators that are short of full points and so owe a 偏差原因.
 */
export function scorecard(indicators: readonly EvaluatedIndicator[], execution: { rate: Money | null; weight: Money }, settings: MonitoringSettings) {
  const evaluation = selfEvaluation({
    executionRate: execution.rate, executionWeight: execution.weight, settings,
    indicators: indicators.map((e) => ({
      id: e.view.indicatorId, comparator: e.view.comparator as never, kind: e.view.kind as never,
      target: e.view.target === null ? null : new Money(e.view.target), weight: new Money(e.view.weight), actual: e.actual, grade: e.grade,
    })),
  });
  const points = new Map(evaluation.indicators.map((i) => [i.id, i]));
  return {
    goalLight: worstLight(indicators.map((e) => e.light.light)),
    score: formatPoints(evaluation.total), outOf: formatPoints(evaluation.outOf), grade: evaluation.grade,
    execution: {
      rate: execution.rate === null ? null : formatPercent(execution.rate), weight: formatPoints(execution.weight),
      points: formatPoints(evaluation.execution.points), short: evaluation.execution.short, missing: evaluation.execution.missing,
    },
    missing: evaluation.missing,
    needDeviationReason: evaluation.shortfalls.filter((id) => !indicators.find((e) => e.view.indicatorId === id)?.view.latest?.deviationReason),
    indicators: indicators.map((e) => ({ ...indicatorJson(e), points: formatPoints(points.get(e.view.indicatorId)?.points ?? new Money(0)) })),
  };
}
