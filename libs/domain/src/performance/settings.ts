import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money';
import { Grade } from '../indicator/events';
import { TimeProgressBasis } from '../time-progress';

/**
 * 预算执行率 light thresholds on R = execution rate ÷ 序时进度 × 100: red below `red`, yellow below `yellow`,
 * green from `yellow` up.
 */
export interface ExecutionLightThresholds { readonly red: Money; readonly yellow: Money }
/** Positive cumulative indicator (累计类) thresholds on R: red < red ≤ yellow < yellow ≤ green < green ≤ blue. */
export interface CumulativeLightThresholds { readonly red: Money; readonly yellow: Money; readonly green: Money }
/** Positive level indicator (水平类, e.g. 欠薪处置率) thresholds on R: green from `green`, yellow from `yellow`, red below. */
export interface LevelLightThresholds { readonly yellow: Money; readonly green: Money }
/** 自评等级: lower bound of each grade on the 100-point score; 差 is everything below 中. */
export interface ScoreGradeBands { readonly 中: Money; readonly 良: Money; readonly 优: Money }
/** 反向指标 (≤) scoring: DOMAIN's linear rule, or the provincial variant target ÷ actual × weight. */
export type ReverseScoring = 'linear' | 'ratio';

/** 监控设置: provincial practice, so settings with DOMAIN.md's defaults rather than constants. */
export interface MonitoringSettings {
  /** 序时进度 basis */
  readonly timeProgressBasis: TimeProgressBasis;
  readonly executionLight: ExecutionLightThresholds;
  readonly cumulativeLight: CumulativeLightThresholds;
  readonly levelLight: LevelLightThresholds;
  readonly scoreGrades: ScoreGradeBands;
  /** Share of the weight a 定性 grade earns in the 绩效自评 score. */
  readonly qualitativeFractions: Readonly<Record<Grade, Money>>;
  readonly reverseScoring: ReverseScoring;
}

const m = (value: string) => new Money(value);

/**
 * Defaults per DOMAIN.md. DOMAIN gives the 定性 fractions as bands (达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %);
 * we take 1.0 / 0.7 / 0.3: an achieved goal earns full marks like a met numeric target, partial and missed
 * ones sit in the middle of their bands.
 */
export const DEFAULT_MONITORING_SETTINGS: MonitoringSettings = Object.freeze({
  timeProgressBasis: 'month',
  executionLight: Object.freeze({ red: m('60'), yellow: m('80') }),
  cumulativeLight: Object.freeze({ red: m('60'), yellow: m('80'), green: m('120') }),
  levelLight: Object.freeze({ yellow: m('90'), green: m('100') }),
  scoreGrades: Object.freeze({ 中: m('60'), 良: m('80'), 优: m('90') }),
  qualitativeFractions: Object.freeze({ 未达成: m('0.3'), 部分达成: m('0.7'), 达成: m('1') }),
  reverseScoring: 'linear',
});

/** A setting as it arrives from configuration: any part may be left out, numbers as decimal strings or Money. */
export type MonitoringSettingsInput = {
  readonly [K in keyof MonitoringSettings]?: MonitoringSettings[K] extends string
    ? MonitoringSettings[K]
    : { readonly [G in keyof MonitoringSettings[K]]?: Money | string };
};

/** Allowed range of each number group; the 定性 fractions must stay inside DOMAIN's band for their grade. */
const RANGES: Record<string, readonly [string, string]> = {
  executionLight: ['0', '1000'], cumulativeLight: ['0', '1000'], levelLight: ['0', '1000'], scoreGrades: ['0', '100'],
  'qualitativeFractions.未达成': ['0', '0.6'], 'qualitativeFractions.部分达成': ['0.6', '0.8'], 'qualitativeFractions.达成': ['0.8', '1'],
};
const DECIMAL = /^\d+(\.\d+)?$/;

const invalid = (field: string, message: string) => DomainError.invalid('INVALID_SETTING', field, `${field} ${message}`);

function decimalSetting(value: unknown, fallback: Money, field: string, [min, max]: readonly [string, string]): Money {
  if (value === undefined) return fallback;
  let parsed: Money;
  if (typeof value === 'string' && DECIMAL.test(value.trim())) parsed = new Money(value.trim());
  else if (Money.isDecimal(value) && value.isFinite()) parsed = new Money(value);
  else throw invalid(field, 'must be a non-negative decimal string such as "80"');
  if (parsed.lt(min) || parsed.gt(max)) throw invalid(field, `must be between ${min} and ${max}`);
  return parsed;
}

/** Merges one group of numbers; `order` lists its keys from lowest to highest, and the values must keep that order. */
function group<K extends string>(name: keyof MonitoringSettings, input: unknown, defaults: Readonly<Record<K, Money>>, order: readonly K[]): Record<K, Money> {
  if (input !== undefined && (typeof input !== 'object' || input === null)) throw invalid(name, 'must be an object');
  const given = (input ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(given).find((key) => !(order as readonly string[]).includes(key));
  if (unknown !== undefined) throw invalid(`${name}.${unknown}`, 'is not a setting');
  const merged = {} as Record<K, Money>;
  let previous: K | undefined;
  for (const key of order) {
    const field = `${name}.${key}`;
    merged[key] = decimalSetting(given[key], defaults[key], field, RANGES[field] ?? RANGES[name]);
    if (previous !== undefined && merged[key].lt(merged[previous])) {
      // Blame the number that was changed: raising red above the default yellow is a mistake in red.
      if (given[key] === undefined) throw invalid(`${name}.${previous}`, `must not be above ${field}`);
      throw invalid(field, `must not be below ${name}.${previous}`);
    }
    previous = key;
  }
  return Object.freeze(merged);
}

function choice<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw invalid(name, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

/**
 * The defaults overridden by `partial`. Thresholds are numbers from 0 to 1000 (grade bands 0 to 100) and must
 * be in order; equal neighbours are allowed and simply empty the band between them (a province without yellow).
 * Throws DomainError INVALID_SETTING naming the field, e.g. `cumulativeLight.yellow`.
 */
export function mergeSettings(partial: MonitoringSettingsInput = {}, base: MonitoringSettings = DEFAULT_MONITORING_SETTINGS): MonitoringSettings {
  if (typeof partial !== 'object' || partial === null) throw invalid('settings', 'must be an object');
  const known = Object.keys(base);
  const unknown = Object.keys(partial).find((key) => !known.includes(key));
  if (unknown !== undefined) throw invalid(unknown, 'is not a setting');
  return Object.freeze({
    timeProgressBasis: choice('timeProgressBasis', partial.timeProgressBasis, ['month', 'day'] as const, base.timeProgressBasis),
    executionLight: group('executionLight', partial.executionLight, base.executionLight, ['red', 'yellow']),
    cumulativeLight: group('cumulativeLight', partial.cumulativeLight, base.cumulativeLight, ['red', 'yellow', 'green']),
    levelLight: group('levelLight', partial.levelLight, base.levelLight, ['yellow', 'green']),
    scoreGrades: group('scoreGrades', partial.scoreGrades, base.scoreGrades, ['中', '良', '优']),
    qualitativeFractions: group('qualitativeFractions', partial.qualitativeFractions, base.qualitativeFractions, ['未达成', '部分达成', '达成']),
    reverseScoring: choice('reverseScoring', partial.reverseScoring, ['linear', 'ratio'] as const, base.reverseScoring),
  });
}
