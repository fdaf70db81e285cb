import { AlertDetail, AlertObservation, AlertSeverity, Money, formatPoints } from '@app/domain';
import { EvaluatedIndicator, wageArrearsMetrics } from '@app/read-models';
import { formatMeasure } from '../format';
import { links } from '../links';
import { LIGHT_WORDS, Rule, RuleContext, RuleVerdict, inUnits, unitNameOf } from './rule';

const SYMBOLS: Record<string, string> = { eq: '＝', ge: '≥', le: '≤' };

/** 成本指标 and reverse (≤) indicators: exceeding the ceiling is the failure, watched by their own rule. */
const isCeiling = (e: EvaluatedIndicator) => e.view.comparator === 'le' || e.view.level2.includes('成本');

async function evaluated(ctx: RuleContext): Promise<EvaluatedIndicator[]> {
  const all = await ctx.indicators.evaluate({ asOf: ctx.asOf, fiscalYear: ctx.fiscalYear, basis: undefined }, {});
  return all.filter((e) => inUnits(ctx, e.view.scope === 'department' ? null : e.view.unit));
}

const key = (ctx: RuleContext, e: EvaluatedIndicator) => `${ctx.fiscalYear}-${e.view.indicatorId}`;
const unitOf = (e: EvaluatedIndicator) => (e.view.scope === 'department' ? null : e.view.unit);
const figure = (e: EvaluatedIndicator, value: Money | string | null) => formatMeasure(value, e.view.measureUnit);

/**
 * Where a derived indicator's figure comes from: 欠薪处置率 from the wage-arrears cases of the units, so the
 * notice counts the cases (reported, resolved, open) by unit, and the units with cases are the ones that can act.
 */
async function derivation(ctx: RuleContext, e: EvaluatedIndicator): Promise<{ details: AlertDetail[]; drivingUnits: string[] }> {
  if (e.view.metric !== 'wage_arrears_disposal_rate') return { details: [], drivingUnits: [] };
  const unit = e.view.scope === 'department' ? undefined : e.view.unit ?? undefined;
  const m = await wageArrearsMetrics(ctx.rm.db, { fiscalYear: ctx.fiscalYear, asOf: ctx.asOf, unit });
  const d = m.department;
  const withCases = m.byUnit.filter((u) => u.reported > 0);
  return {
    details: [
      { label: '欠薪案件', value: `报告 ${d.reported} 件，已处置 ${d.resolved} 件，未处置 ${d.open} 件` },
      ...withCases.map((u) => ({ label: u.name, value: `报告 ${u.reported} 件，已处置 ${u.resolved} 件，未处置 ${u.open} 件` })),
    ],
    drivingUnits: withCases.map((u) => u.unit),
  };
}

async function observe(ctx: RuleContext, e: EvaluatedIndicator, summary: string, gap: string): Promise<AlertObservation> {
  const v = e.view;
  const unit = unitOf(e);
  const { details, drivingUnits } = await derivation(ctx, e);
  return {
    subjectKind: 'indicator', subjectName: `${v.name}（${v.indicatorId}${v.project ? `，项目 ${v.project}` : ''}）`, unit, unitName: unitNameOf(ctx, unit),
    fiscalYear: ctx.fiscalYear, target: v.target, actual: e.actual === null ? null : formatPoints(e.actual),
    expected: e.light.expectedByNow === null ? null : formatPoints(e.light.expectedByNow), measureUnit: v.measureUnit,
    deviationReason: v.latest?.deviationReason ?? null, summary, link: links.indicator(ctx.fiscalYear, v.indicatorId, ctx.asOf), asOf: ctx.asOf,
    gap, chart: { kind: 'indicator', indicatorId: v.indicatorId },
    ...(details.length > 0 ? { details } : {}), ...(drivingUnits.filter((u) => u !== unit).length > 0 ? { drivingUnits: drivingUnits.filter((u) => u !== unit) } : {}),
  };
}

/** How far below 100 the light's ratio is (R = actual ÷ expected × 100): larger is worse. */
const shortfall = (e: EvaluatedIndicator) => (e.light.ratio === null ? '0' : Money.max(0, new Money(100).minus(e.light.ratio)).toFixed(2));

/** 绩效指标亮灯: a yellow or red light (欠薪处置率 below its 100% target is red below 90%, yellow below 100%). */
export const indicatorLightRule: Rule = async (ctx) => Promise.all((await evaluated(ctx)).filter((e) => !isCeiling(e)).map(async (e): Promise<RuleVerdict> => {
  const light = e.light.light;
  const severity: AlertSeverity | null = light === 'red' || light === 'yellow' ? light : null;
  const v = e.view;
  const actual = e.actual === null ? e.grade ?? '—' : figure(e, e.actual);
  const target = v.comparator === 'qualitative' ? '达成' : `${SYMBOLS[v.comparator] ?? ''}${figure(e, v.target)}`;
  const expected = e.light.expectedByNow === null ? '' : `，序时目标 ${figure(e, e.light.expectedByNow)}`;
  const verdict = severity ? LIGHT_WORDS[severity] : '正常';
  const summary = e.actual === null && e.grade === null
    ? `${v.name} 尚未填报（目标 ${target}${expected}）。`
    : `${v.name} 实际 ${actual}，目标 ${target}${expected}，${verdict}。`;
  return { rule: 'indicator_light', subjectKey: key(ctx, e), unit: unitOf(e), severity, observation: await observe(ctx, e, summary, shortfall(e)) };
}));

/** 反向/成本指标超标: a ≤ indicator or a cost indicator whose actual exceeds its target (red). */
export const indicatorCeilingRule: Rule = async (ctx) => Promise.all((await evaluated(ctx)).filter(isCeiling).map(async (e): Promise<RuleVerdict> => {
  const target = e.view.target === null ? null : new Money(e.view.target);
  const over = e.actual !== null && target !== null && e.actual.gt(target);
  const actual = e.actual === null ? '未填报' : figure(e, e.actual);
  const summary = over ? `${e.view.name} 实际 ${actual}，超过上限 ${figure(e, target)}，红灯。` : `${e.view.name} 实际 ${actual}，上限 ${figure(e, target)}，未超标。`;
  const gap = over && target !== null && target.gt(0) ? (e.actual as Money).minus(target).div(target).mul(100).toFixed(2) : '0';
  return { rule: 'indicator_ceiling', subjectKey: key(ctx, e), unit: unitOf(e), severity: over ? 'red' : null, observation: await observe(ctx, e, summary, gap) };
}));

const days = (from: string, to: string) => Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** 久未填报: progress typed in by people (not derived) and not reported for N days; stale data is a risk of its own. */
export const indicatorStaleRule: Rule = async (ctx) => Promise.all((await evaluated(ctx)).filter((e) => !e.derived).map(async (e): Promise<RuleVerdict> => {
  const since = e.view.latest?.asOf ?? `${ctx.fiscalYear}-01-01`;
  const age = days(since, ctx.asOf);
  const { yellow, red } = ctx.settings.staleDays;
  const severity: AlertSeverity | null = age >= red ? 'red' : age >= yellow ? 'yellow' : null;
  const last = e.view.latest ? `上次填报截至 ${e.view.latest.asOf}` : '年初以来未填报';
  const summary = severity
    ? `${e.view.name} ${last}，已 ${age} 天未更新进度（超过 ${severity === 'red' ? red : yellow} 天）。`
    : `${e.view.name} ${last}，${age} 天前更新。`;
  const observation = await observe(ctx, e, summary, String(age));
  return { rule: 'indicator_stale', subjectKey: key(ctx, e), unit: unitOf(e), severity, observation: { ...observation, actual: String(age), target: String(yellow), expected: null, measureUnit: '天' } };
}));
