import { AlertObservation, Money, formatPoints } from '@app/domain';
import { EvaluatedIndicator } from '../../../../api/src/indicators/indicator-evaluator';
import { LIGHT_WORDS, Rule, RuleContext, RuleVerdict, inUnits } from './rule';

const SYMBOLS: Record<string, string> = { eq: '＝', ge: '≥', le: '≤' };

/** 成本指标 and reverse (≤) indicators: exceeding the ceiling is the failure, watched by their own rule. */
const isCeiling = (e: EvaluatedIndicator) => e.view.comparator === 'le' || e.view.level2.includes('成本');

async function evaluated(ctx: RuleContext): Promise<EvaluatedIndicator[]> {
  const all = await ctx.indicators.evaluate({ asOf: ctx.asOf, fiscalYear: ctx.fiscalYear, minPosition: undefined, basis: undefined }, {});
  return all.filter((e) => inUnits(ctx, e.view.scope === 'department' ? null : e.view.unit));
}

function observe(ctx: RuleContext, e: EvaluatedIndicator, summary: string): AlertObservation {
  const v = e.view;
  const unit = v.scope === 'department' ? null : v.unit;
  return {
    subjectKind: 'indicator', subjectName: `${v.name}（${v.indicatorId}${v.project ? `，项目 ${v.project}` : ''}）`, unit, unitName: unit ? ctx.unitNames.get(unit) ?? unit : null,
    fiscalYear: ctx.fiscalYear, target: v.target, actual: e.actual === null ? null : formatPoints(e.actual),
    expected: e.light.expectedByNow === null ? null : formatPoints(e.light.expectedByNow), measureUnit: v.measureUnit,
    deviationReason: v.latest?.deviationReason ?? null, summary, link: `/indicators/${ctx.fiscalYear}/${v.indicatorId}`, asOf: ctx.asOf,
  };
}

const key = (ctx: RuleContext, e: EvaluatedIndicator) => `${ctx.fiscalYear}-${e.view.indicatorId}`;
const unitOf = (e: EvaluatedIndicator) => (e.view.scope === 'department' ? null : e.view.unit);
const mu = (e: EvaluatedIndicator) => e.view.measureUnit ?? '';

/** 绩效指标亮灯: a yellow or red light (欠薪处置率 below its 100% target is red below 90%, yellow below 100%). */
export const indicatorLightRule: Rule = async (ctx) => (await evaluated(ctx)).filter((e) => !isCeiling(e)).map((e): RuleVerdict => {
  const light = e.light.light;
  if (light !== 'red' && light !== 'yellow') return { rule: 'indicator_light', subjectKey: key(ctx, e), unit: unitOf(e), condition: null };
  const v = e.view;
  const actual = e.actual === null ? e.grade ?? '—' : `${formatPoints(e.actual)}${mu(e)}`;
  const target = v.comparator === 'qualitative' ? '达成' : `${SYMBOLS[v.comparator] ?? ''}${v.target}${mu(e)}`;
  const expected = e.light.expectedByNow === null ? '' : `，序时目标 ${formatPoints(e.light.expectedByNow)}${mu(e)}`;
  const summary = `${v.name} 实际 ${actual}，目标 ${target}${expected}，${LIGHT_WORDS[light]}。`;
  return { rule: 'indicator_light', subjectKey: key(ctx, e), unit: unitOf(e), condition: { severity: light, observation: observe(ctx, e, summary) } };
});

/** 反向/成本指标超标: a ≤ indicator or a cost indicator whose actual exceeds its target (red). */
export const indicatorCeilingRule: Rule = async (ctx) => (await evaluated(ctx)).filter(isCeiling).map((e): RuleVerdict => {
  const over = e.actual !== null && e.view.target !== null && e.actual.gt(new Money(e.view.target));
  if (!over) return { rule: 'indicator_ceiling', subjectKey: key(ctx, e), unit: unitOf(e), condition: null };
  const summary = `${e.view.name} 实际 ${formatPoints(e.actual as Money)}${mu(e)}，超过上限 ${e.view.target}${mu(e)}，红灯。`;
  return { rule: 'indicator_ceiling', subjectKey: key(ctx, e), unit: unitOf(e), condition: { severity: 'red', observation: observe(ctx, e, summary) } };
});

const days = (from: string, to: string) => Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** 久未填报: progress typed in by people (not derived) and not reported for N days; stale data is a risk of its own. */
export const indicatorStaleRule: Rule = async (ctx) => (await evaluated(ctx)).filter((e) => !e.derived).map((e): RuleVerdict => {
  const since = e.view.latest?.asOf ?? `${ctx.fiscalYear}-01-01`;
  const age = days(since, ctx.asOf);
  const { yellow, red } = ctx.settings.staleDays;
  if (age < yellow) return { rule: 'indicator_stale', subjectKey: key(ctx, e), unit: unitOf(e), condition: null };
  const severity = age >= red ? 'red' : 'yellow';
  const last = e.view.latest ? `上次填报截至 ${e.view.latest.asOf}` : '年初以来未填报';
  const summary = `${e.view.name} ${last}，已 ${age} 天未更新进度（${severity === 'red' ? `超过 ${red}` : `超过 ${yellow}`} 天）。`;
  return { rule: 'indicator_stale', subjectKey: key(ctx, e), unit: unitOf(e), condition: { severity, observation: { ...observe(ctx, e, summary), actual: String(age), target: String(yellow), expected: null, measureUnit: '天' } } };
});
