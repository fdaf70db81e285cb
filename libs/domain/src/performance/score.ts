import { assertNever } from '../shared/decider';
import { Money, ZERO, sum } from '../shared/money';
import { Comparator, Grade, IndicatorKind } from '../indicator/events';
import { requireTarget } from './indicator-light';
import { DEFAULT_MONITORING_SETTINGS, MonitoringSettings } from './settings';

/** 自评等级 */
export type ScoreGrade = '优' | '良' | '中' | '差';

export interface ScoredIndicator {
  readonly id: string;
  /** 指标性质 */
  readonly comparator: Comparator;
  readonly kind: IndicatorKind;
  /** 指标值; null only for 定性 */
  readonly target: Money | null;
  /** 权重 */
  readonly weight: Money;
  /** 实际完成值; null: not reported */
  readonly actual: Money | null;
  /** 定性 grade; null: not reported */
  readonly grade: Grade | null;
}

export interface SelfEvaluationInput {
  /** 预算执行率 as a fraction; null when nothing is appropriated */
  readonly executionRate: Money | null;
  /** 10 on a 表十二 project form; on the department table 表十一, the weight of its 基本支出 indicator */
  readonly executionWeight: Money;
  /** the other indicators (on 表十一, without the one standing for execution) */
  readonly indicators: readonly ScoredIndicator[];
  readonly settings?: MonitoringSettings;
}

export interface ItemScore {
  readonly weight: Money;
  /** 得分, two decimals, half up, between 0 and the weight */
  readonly points: Money;
  /** nothing to score (not reported, or no execution rate): 0 points */
  readonly missing: boolean;
  /** scored below full weight: the unit owes a 偏差原因 */
  readonly short: boolean;
}

export interface SelfEvaluation {
  readonly execution: ItemScore;
  readonly indicators: readonly (ItemScore & { readonly id: string })[];
  /** 总分: the sum of the rounded item points, so that the table adds up */
  readonly total: Money;
  /** the sum of the weights: 100 on a well-formed form (the import flags others; nothing is rescaled) */
  readonly outOf: Money;
  readonly grade: ScoreGrade;
  /** ids of indicators not yet reported (未填报) */
  readonly missing: readonly string[];
  /** ids of reported indicators short of full points (偏差原因 needed); execution is on `execution.short` */
  readonly shortfalls: readonly string[];
}

const clamp = (points: Money, weight: Money) => Money.max(ZERO, Money.min(points, weight));

/** ≥, and ＝ with a target above 0: full at or above target, else actual ÷ target × weight. */
function positivePoints(actual: Money, target: Money, weight: Money): Money {
  if (actual.gte(target)) return weight;
  return target.lte(0) ? ZERO : actual.div(target).mul(weight);
}

/** ≤: full at or below target; linear down to 0 at 2 × target, or target ÷ actual × weight ('ratio'). */
function reversePoints(actual: Money, target: Money, weight: Money, settings: MonitoringSettings): Money {
  if (actual.lte(target)) return weight;
  if (settings.reverseScoring === 'ratio') return target.lte(0) ? ZERO : target.div(actual).mul(weight);
  if (actual.gte(target.mul(2))) return ZERO;
  return new Money(1).minus(actual.minus(target).div(target)).mul(weight);
}

/** Exact points of one indicator, or null when it has not been reported. */
export function indicatorPoints(indicator: ScoredIndicator, settings: MonitoringSettings = DEFAULT_MONITORING_SETTINGS): Money | null {
  const { weight } = indicator;
  if (indicator.comparator === 'qualitative') {
    return indicator.grade === null ? null : settings.qualitativeFractions[indicator.grade].mul(weight);
  }
  const target = requireTarget(indicator.target);
  const actual = indicator.actual;
  if (actual === null) return null;
  switch (indicator.comparator) {
    case 'ge': return positivePoints(actual, target, weight);
    case 'le': return reversePoints(actual, target, weight, settings);
    case 'eq': return target.gt(0) ? positivePoints(actual, target, weight) : actual.lte(0) ? weight : ZERO;
    default: return assertNever(indicator.comparator);
  }
}

function itemScore(exact: Money | null, weight: Money): ItemScore {
  if (exact === null) return { weight, points: ZERO, missing: true, short: false };
  const points = clamp(exact, weight);
  // A shortfall is judged on the exact points: 9.9999 shows as 10.00 yet still wants its 偏差原因.
  return { weight, points: points.toDecimalPlaces(2, Money.ROUND_HALF_UP), missing: false, short: points.lt(weight) };
}

export function scoreGrade(total: Money, settings: MonitoringSettings = DEFAULT_MONITORING_SETTINGS): ScoreGrade {
  const bands = settings.scoreGrades;
  return total.gte(bands.优) ? '优' : total.gte(bands.良) ? '良' : total.gte(bands.中) ? '中' : '差';
}

/**
 * 绩效自评 score per DOMAIN.md: execution points = min(执行率, 1) × executionWeight, plus each indicator's
 * points by its comparator. Unreported indicators (and a missing execution rate) score 0 and are listed as missing.
 */
export function selfEvaluation(input: SelfEvaluationInput): SelfEvaluation {
  const settings = input.settings ?? DEFAULT_MONITORING_SETTINGS;
  const rate = input.executionRate;
  const execution = itemScore(rate === null ? null : Money.min(rate, 1).mul(input.executionWeight), input.executionWeight);
  const indicators = input.indicators.map((i) => ({ id: i.id, ...itemScore(indicatorPoints(i, settings), i.weight) }));
  const total = execution.points.plus(sum(indicators.map((i) => i.points)));
  return {
    execution,
    indicators,
    total,
    outOf: input.executionWeight.plus(sum(input.indicators.map((i) => i.weight))),
    grade: scoreGrade(total, settings),
    missing: indicators.filter((i) => i.missing).map((i) => i.id),
    shortfalls: indicators.filter((i) => i.short).map((i) => i.id),
  };
}
