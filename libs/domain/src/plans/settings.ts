import type { LineAttributes } from '../appropriation/state';
import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money';
import type { ExecutionLightThresholds } from '../performance/settings';

/** What happens to a payment that takes a line beyond its cumulative plan for the month: 拒绝 / 预警 / 允许. */
export type OverPlanPolicy = 'refuse' | 'warn' | 'allow';
/** Which default profile a line without a filed plan is measured against. */
export type DefaultProfile = 'seasonal' | 'even';
/** Kinds of line with a seasonal template of their own. */
export type LineKind = 'personnel' | 'operating' | 'subsidy' | 'project';
export const LINE_KINDS: readonly LineKind[] = ['personnel', 'operating', 'subsidy', 'project'];

/** 用款计划设置 (SPENDING_PLAN_SETTINGS). */
export interface SpendingPlanSettings {
  readonly overPlanPayments: OverPlanPolicy;
  readonly defaultProfile: DefaultProfile;
  /** twelve whole-number weights per kind of line, January first (the seasonal profile) */
  readonly templates: Readonly<Record<LineKind, readonly number[]>>;
  /** functional code prefixes whose project lines are subsidies (补助), paid by quarter */
  readonly subsidyFunctional: readonly string[];
  /** 计划执行率 light: red below `red`, yellow below `yellow`, green from `yellow` (percent of the cumulative plan) */
  readonly light: ExecutionLightThresholds;
}

const EVEN = Object.freeze([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);

/**
 * Defaults (docs/spending-plans.md): personnel monthly with a December bonus (a 13th month), operating steady
 * with a Q4 half again as much, subsidies (就业补助 20807) at each quarter's end, other projects even. The
 * over-plan policy warns: a plan is the unit's own forecast, and an accountant should not be stopped from paying
 * a due bill because the forecast was low; the warning is recorded and shown.
 */
export const DEFAULT_SPENDING_PLAN_SETTINGS: SpendingPlanSettings = Object.freeze({
  overPlanPayments: 'warn',
  defaultProfile: 'seasonal',
  templates: Object.freeze({
    personnel: Object.freeze([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]),
    operating: Object.freeze([2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3]),
    subsidy: Object.freeze([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1]),
    project: EVEN,
  }),
  subsidyFunctional: Object.freeze(['20807']),
  light: Object.freeze({ red: new Money(60), yellow: new Money(80) }),
});

const invalid = (field: string, message: string) => DomainError.invalid('INVALID_SETTING', field, `${field} ${message}`);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function choice<T extends string>(field: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw invalid(field, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

function weights(field: string, value: unknown, fallback: readonly number[]): readonly number[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.length !== 12) throw invalid(field, 'must be twelve weights, January first');
  value.forEach((w, i) => {
    if (typeof w !== 'number' || !Number.isInteger(w) || w < 0 || w > 1000) throw invalid(`${field}.${i}`, 'must be a whole number from 0 to 1000');
  });
  if (value.every((w) => w === 0)) throw invalid(field, 'must have a weight above 0 in some month');
  return Object.freeze([...value] as number[]);
}

function threshold(field: string, value: unknown, fallback: Money): Money {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value.trim())) throw invalid(field, 'must be a non-negative decimal string such as "80"');
  const parsed = new Money(value.trim());
  if (parsed.gt(1000)) throw invalid(field, 'must be between 0 and 1000');
  return parsed;
}

function known(field: string, value: Record<string, unknown>, keys: readonly string[]): void {
  const unknown = Object.keys(value).find((k) => !keys.includes(k));
  if (unknown !== undefined) throw invalid(field ? `${field}.${unknown}` : unknown, 'is not a setting');
}

/**
 * SPENDING_PLAN_SETTINGS over the defaults, e.g. `{"overPlanPayments":"refuse","templates":{"operating":[1,1,1,1,1,1,1,1,1,1,1,3]}}`.
 * Throws DomainError INVALID_SETTING naming the path (`templates.operating.11`).
 */
export function spendingPlanSettings(input: unknown = {}): SpendingPlanSettings {
  if (!isObject(input)) throw invalid('settings', 'must be an object');
  const d = DEFAULT_SPENDING_PLAN_SETTINGS;
  known('', input, ['overPlanPayments', 'defaultProfile', 'templates', 'subsidyFunctional', 'light']);
  const templates = input.templates ?? {};
  if (!isObject(templates)) throw invalid('templates', 'must be an object');
  known('templates', templates, LINE_KINDS);
  const light = input.light ?? {};
  if (!isObject(light)) throw invalid('light', 'must be an object');
  known('light', light, ['red', 'yellow']);
  const subsidy = input.subsidyFunctional ?? d.subsidyFunctional;
  if (!Array.isArray(subsidy)) throw invalid('subsidyFunctional', 'must be a list of functional code prefixes');
  subsidy.forEach((code, i) => {
    if (typeof code !== 'string' || !/^(\d{3}|\d{5}|\d{7})$/.test(code)) throw invalid(`subsidyFunctional.${i}`, 'must be a 3, 5 or 7-digit functional code');
  });
  const red = threshold('light.red', light.red, d.light.red);
  const yellow = threshold('light.yellow', light.yellow, d.light.yellow);
  if (yellow.lt(red)) throw invalid(light.yellow === undefined ? 'light.red' : 'light.yellow', light.yellow === undefined ? 'must not be above light.yellow' : 'must not be below light.red');
  return Object.freeze({
    overPlanPayments: choice('overPlanPayments', input.overPlanPayments, ['refuse', 'warn', 'allow'] as const, d.overPlanPayments),
    defaultProfile: choice('defaultProfile', input.defaultProfile, ['seasonal', 'even'] as const, d.defaultProfile),
    templates: Object.freeze(Object.fromEntries(LINE_KINDS.map((k) => [k, weights(`templates.${k}`, templates[k], d.templates[k])])) as Record<LineKind, readonly number[]>),
    subsidyFunctional: Object.freeze([...subsidy] as string[]),
    light: Object.freeze({ red, yellow }),
  });
}

type KindAttributes = Pick<LineAttributes, 'type' | 'basicKind' | 'functional'>;

/** The kind of a line for its seasonal template: 人员经费, 日常公用经费, 补助 (by functional code), other projects. */
export function lineKindOf(line: KindAttributes, settings: SpendingPlanSettings = DEFAULT_SPENDING_PLAN_SETTINGS): LineKind {
  if (line.type === 'basic') return line.basicKind === 'personnel' ? 'personnel' : 'operating';
  return settings.subsidyFunctional.some((prefix) => line.functional.startsWith(prefix)) ? 'subsidy' : 'project';
}

/** The default profile of a line without a filed plan: twelve weights, January first. */
export function profileWeights(line: KindAttributes, settings: SpendingPlanSettings = DEFAULT_SPENDING_PLAN_SETTINGS): readonly number[] {
  return settings.defaultProfile === 'even' ? EVEN : settings.templates[lineKindOf(line, settings)];
}
