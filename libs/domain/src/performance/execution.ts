import { BusinessDate } from '../shared/business-date';
import { Money } from '../shared/money';
import { TimeProgressBasis, overTimeProgress, timeProgress } from '../time-progress';
import { DEFAULT_MONITORING_SETTINGS, ExecutionLightThresholds, MonitoringSettings } from './settings';

/** 执行进度预警灯 of an appropriation line or any roll-up of lines. */
export type ExecutionLight = 'red' | 'yellow' | 'green';

export interface ExecutionInput {
  /** current appropriation (预算指标, after 追加/调减/调剂), 元 */
  readonly appropriated: Money;
  /** disbursed (支出) net of reversals, 元 */
  readonly disbursed: Money;
  readonly asOf: BusinessDate;
  /** overrides `settings.timeProgressBasis` */
  readonly basis?: TimeProgressBasis;
  readonly settings?: MonitoringSettings;
}

export interface ExecutionFigures {
  /** 预算执行率: disbursed ÷ current appropriation, a fraction; null when nothing is appropriated */
  readonly executionRate: Money | null;
  /** 序时进度: a fraction */
  readonly timeProgress: Money;
  /** 进度差 / lag: (序时进度 − 执行率) × 100, in percentage points; positive when behind */
  readonly lagPoints: Money | null;
  /** R = 执行率 ÷ 序时进度 × 100 */
  readonly ratio: Money | null;
  readonly light: ExecutionLight | null;
}

/** Ratios and points are shown with two decimals. */
const SHOWN_DECIMALS = 2;

/**
 * R as it is shown (two decimals, half up). Lights are decided on this value, so that a light never
 * contradicts the figure printed beside it (R 59.996 shows as 60.00 and is yellow); it also removes the
 * 40-digit representation noise of fractions such as 7/12.
 */
export function shownRatio(ratio: Money): Money {
  return ratio.toDecimalPlaces(SHOWN_DECIMALS, Money.ROUND_HALF_UP);
}

/** A fraction as a percent string with two decimals, half up: 0.12345 → "12.35". */
export function formatPercent(fraction: Money): string {
  return fraction.mul(100).toFixed(SHOWN_DECIMALS, Money.ROUND_HALF_UP);
}

/** Percentage points or a ratio R as a string with two decimals, half up. */
export function formatPoints(points: Money): string {
  return points.toFixed(SHOWN_DECIMALS, Money.ROUND_HALF_UP);
}

/** The execution light for R: red below `red`, yellow below `yellow`, else green. */
export function executionLight(ratio: Money, thresholds: ExecutionLightThresholds): ExecutionLight {
  const r = shownRatio(ratio);
  if (r.lt(thresholds.red)) return 'red';
  if (r.lt(thresholds.yellow)) return 'yellow';
  return 'green';
}

/**
 * 预算执行率, 序时进度, lag and light of a line on `asOf`. A line whose current appropriation is zero (all
 * transferred away) has no rate, lag, R or light; a negative appropriation cannot be recorded, and would be
 * treated the same rather than give a meaningless negative rate.
 */
export function executionFigures(input: ExecutionInput): ExecutionFigures {
  const settings = input.settings ?? DEFAULT_MONITORING_SETTINGS;
  const basis = input.basis ?? settings.timeProgressBasis;
  const progress = timeProgress(input.asOf, basis);
  if (input.appropriated.lte(0)) return { executionRate: null, timeProgress: progress, lagPoints: null, ratio: null, light: null };
  const rate = input.disbursed.div(input.appropriated);
  // R from exact fractions: disbursed × 100 × denominator ÷ (appropriated × numerator), one division, so the shown
  // figure (and the light decided on it) is the true value rounded. 序时进度 is never 0 on a real date; the guard keeps this total.
  const ratio = progress.isZero() ? null : overTimeProgress(input.disbursed.mul(100), input.asOf, basis).div(input.appropriated);
  return {
    executionRate: rate,
    timeProgress: progress,
    lagPoints: progress.minus(rate).mul(100),
    ratio,
    light: ratio === null ? null : executionLight(ratio, settings.executionLight),
  };
}
