import { BusinessDate } from '../shared/business-date';
import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money';
import { Comparator, Grade, IndicatorKind } from '../indicator/events';
import { TimeProgressBasis, overTimeProgress, timeProgress } from '../time-progress';
import { shownRatio } from './execution';
import { DEFAULT_MONITORING_SETTINGS, MonitoringSettings } from './settings';

/** 指标预警灯; blue (far ahead of 序时进度) only for positive cumulative indicators. */
export type IndicatorLight = 'red' | 'yellow' | 'green' | 'blue';

export interface IndicatorLightInput {
  /** 指标性质 */
  readonly comparator: Comparator;
  readonly kind: IndicatorKind;
  /** 指标值; null only for a 定性 indicator */
  readonly target: Money | null;
  /** latest reported value (a cumulative one is the total to date); null or absent: 未填报 */
  readonly actual?: Money | null;
  /** grade of a 定性 indicator; null or absent: 未填报 */
  readonly grade?: Grade | null;
  /** the date the actual stands at (the report's asOf), for 序时进度 */
  readonly asOf: BusinessDate;
  /** overrides `settings.timeProgressBasis` */
  readonly basis?: TimeProgressBasis;
  readonly settings?: MonitoringSettings;
}

export interface IndicatorLightResult {
  /** null: 未填报 (no report yet), shown as such and never as red or green */
  readonly light: IndicatorLight | null;
  /** 完成率: actual ÷ target, a fraction; null for 定性, without a report, or with a target of 0 */
  readonly completion: Money | null;
  /** 序时目标: target × 序时进度, for positive cumulative indicators only (also before any report) */
  readonly expectedByNow: Money | null;
  /** R, where it decides the light: positive cumulative and level indicators with a target above 0 */
  readonly ratio: Money | null;
}

const GRADE_LIGHT: Readonly<Record<Grade, IndicatorLight>> = { 达成: 'green', 部分达成: 'yellow', 未达成: 'red' };

/** A numeric indicator always has a target (the import refuses one without); the guard makes that explicit. */
export function requireTarget(target: Money | null): Money {
  if (target === null) throw DomainError.invalid('TARGET_REQUIRED', 'target', 'a numeric indicator needs a target');
  return target;
}

/**
 * The monitoring light of one indicator, per DOMAIN.md:
 * - 定性: 达成 green, 部分达成 yellow, 未达成 red;
 * - ≤ (reverse): green while actual ≤ target, red otherwise;
 * - ＝ with a target of 0 (e.g. 安全事故 ＝ 0): green when actual ≤ 0, red otherwise;
 * - ≥, and ＝ with a target above 0, cumulative: R = actual ÷ (target × 序时进度) × 100, red/yellow/green/blue;
 * - the same, level (any kind other than cumulative): R = actual ÷ target × 100, green/yellow/red;
 * - ≥ with a target of 0 (not in the source data): met by any actual ≥ 0, so green, with no R.
 * Lights are decided on R as shown, two decimals (see `shownRatio`).
 */
export function indicatorLight(input: IndicatorLightInput): IndicatorLightResult {
  const settings = input.settings ?? DEFAULT_MONITORING_SETTINGS;
  if (input.comparator === 'qualitative') {
    const grade = input.grade ?? null;
    return { light: grade === null ? null : GRADE_LIGHT[grade], completion: null, expectedByNow: null, ratio: null };
  }
  const target = requireTarget(input.target);
  const actual = input.actual ?? null;
  const positive = input.comparator === 'ge' || (input.comparator === 'eq' && target.gt(0));
  const cumulative = positive && input.kind === 'cumulative';
  const expectedByNow = cumulative ? target.mul(timeProgress(input.asOf, input.basis ?? settings.timeProgressBasis)) : null;
  if (actual === null) return { light: null, completion: null, expectedByNow, ratio: null };
  const completion = target.isZero() ? null : actual.div(target);
  const without = (light: IndicatorLight) => ({ light, completion, expectedByNow, ratio: null });

  if (input.comparator === 'le') return without(actual.lte(target) ? 'green' : 'red');
  if (!positive) return without(actual.lte(0) ? 'green' : 'red');
  if (target.lte(0)) return without(actual.gte(target) ? 'green' : 'red');
  if (expectedByNow !== null) {
    // R = actual ÷ (target × 序时进度) × 100, from the exact fraction (序时进度 is never 0 on a real date)
    const ratio = overTimeProgress(actual.mul(100), input.asOf, input.basis ?? settings.timeProgressBasis).div(target);
    const r = shownRatio(ratio);
    const t = settings.cumulativeLight;
    const light = r.lt(t.red) ? 'red' : r.lt(t.yellow) ? 'yellow' : r.lt(t.green) ? 'green' : 'blue';
    return { light, completion, expectedByNow, ratio };
  }
  const ratio = actual.div(target).mul(100);
  const r = shownRatio(ratio);
  const light = r.gte(settings.levelLight.green) ? 'green' : r.gte(settings.levelLight.yellow) ? 'yellow' : 'red';
  return { light, completion, expectedByNow, ratio };
}

/** Worst first: the goal light shows how far behind the furthest-behind indicator is. Blue (ahead) is the best. */
const SEVERITY: Readonly<Record<IndicatorLight, number>> = { red: 3, yellow: 2, green: 1, blue: 0 };

/**
 * 目标灯: the worst of a project's indicator lights: red, then yellow, then green, then blue. Blue counts
 * as fine (ahead of schedule); it stays visible on the indicator itself. Lights of indicators not yet
 * reported (null) are ignored unless none is reported, then the answer is null (未填报).
 */
export function worstLight<L extends IndicatorLight>(lights: Iterable<L | null>): L | null {
  let worst: L | null = null;
  for (const light of lights) {
    if (light !== null && (worst === null || SEVERITY[light] > SEVERITY[worst])) worst = light;
  }
  return worst;
}
