import { AlertObservation, DEFAULT_SPENDING_PLAN_SETTINGS, Money, formatYuan } from '@app/domain';
import { executionColumns, executionTotals, planColumns, planTotals } from '@app/read-models';
import { links } from '../links';
import { LIGHT_WORDS, Rule, RuleContext, RuleVerdict, unitNameOf } from './rule';

type Level = 'line' | 'project';
const LEVEL_WORDS: Record<Level, string> = { line: '预算指标', project: '项目' };
const subjectKeyOf = (level: Level, fiscalYear: number, key: string) => `${level}-${fiscalYear}-${key}`;

/** Each line's and project's unit and project, and the revolving fund's (left to the fund rules, as for 执行进度). */
async function owners(ctx: RuleContext) {
  const lines = await ctx.rm.db.selectFrom('lines').leftJoin('ref_functional', 'ref_functional.code', 'lines.functional')
    .select(['lines.line_id as line_id', 'lines.unit as unit', 'lines.project as project', 'lines.revolving_fund as revolving_fund', 'ref_functional.name as functional_name'])
    .where('lines.fiscal_year', '=', ctx.fiscalYear).execute();
  return {
    line: new Map(lines.map((l) => [l.line_id, l])),
    project: new Map(lines.filter((l) => l.project !== null).map((l) => [l.project as string, l.unit])),
    revolving: new Set(lines.filter((l) => l.revolving_fund === 1).flatMap((l) => [l.line_id, ...(l.project ? [l.project] : [])])),
  };
}

/**
 * 用款计划执行滞后: paid falls behind the subject's own cumulative plan to date (计划执行率 = paid ÷ 累计计划, red below 60,
 * yellow below 80 by SPENDING_PLAN_SETTINGS.light), for lines with a filed plan and for projects with at least one (their
 * other lines counted by their default profile). Earlier and fairer than 序时进度 for lumpy projects: a project that planned
 * to pay in the fourth quarter is not behind in June, and one that planned to pay in March is behind in April.
 * A line's alert is held back while its project's is open (inhibition).
 */
export const planBehindRule: Rule = async (ctx) => {
  const plans = ctx.plans ?? DEFAULT_SPENDING_PLAN_SETTINGS;
  const own = await owners(ctx);
  const verdicts: RuleVerdict[] = [];
  for (const level of ctx.settings.planLevels) {
    const filters = { fiscalYear: ctx.fiscalYear, ...(ctx.units ? { units: ctx.units } : {}) };
    const rows = await executionTotals(ctx.rm.db, { asOf: ctx.asOf, groupBy: level, filters });
    const planned = await planTotals(ctx.rm.db, { asOf: ctx.asOf, groupBy: level, filters, settings: plans });
    for (const row of rows) {
      const totals = planned.get(row.key);
      if (!totals || totals.filed === 0 || row.key === 'basic' || own.revolving.has(row.key)) continue;
      const p = planColumns(row.netDisbursed, totals, plans);
      const c = executionColumns(row, ctx.asOf, undefined, ctx.monitoring);
      const line = level === 'line' ? own.line.get(row.key) : undefined;
      const unit = level === 'line' ? line?.unit ?? null : own.project.get(row.key) ?? null;
      const severity = p.planLight === 'red' || p.planLight === 'yellow' ? p.planLight : null;
      const paid = new Money(row.netDisbursed);
      const plan = new Money(p.plannedToDate);
      const behind = plan.minus(paid);
      const name = level === 'line' ? (line?.project && line.functional_name ? `${row.name} · ${line.functional_name}` : row.name) : `${row.name}（${row.key}）`;
      const state = severity ? `落后计划 ${formatYuan(behind)} 元，${LIGHT_WORDS[severity]}` : behind.gt(0) ? `落后计划 ${formatYuan(behind)} 元，在容许范围内` : '按计划执行';
      const rate = p.planExecutionRate === null ? '—（截至本月尚无计划用款）' : `${p.planExecutionRate}%`;
      const observation: AlertObservation = {
        subjectKind: level, subjectName: name, unit, unitName: unitNameOf(ctx, unit), fiscalYear: ctx.fiscalYear,
        target: p.plannedToDate, actual: row.netDisbursed, expected: p.plannedToDate, measureUnit: '元', deviationReason: null,
        summary: `${LEVEL_WORDS[level]}「${name}」计划执行率 ${rate}（已支付 ${formatYuan(paid)} 元，截至本月累计用款计划 ${formatYuan(plan)} 元），${state}。`,
        link: level === 'line' ? links.line(row.key, ctx.asOf) : links.project(row.key, ctx.fiscalYear, ctx.asOf), asOf: ctx.asOf,
        details: [
          { label: '计划执行率', value: `${rate}（预算执行率 ${c.executionRate ?? '—'}%，序时进度 ${c.timeProgress}%）` },
          { label: '已支付 / 累计用款计划', value: `${formatYuan(paid)} 元 / ${formatYuan(plan)} 元` },
          ...(level === 'project' ? [{ label: '已报送用款计划', value: `${p.planFiled} / ${row.lines} 条指标（其余按默认分布）` }] : []),
          ...(p.planNeedsRevision > 0 ? [{ label: '计划待调整', value: '预算调整后用款计划尚未修订，差额按默认分布计入以后月份' }] : []),
        ],
        gap: p.planExecutionRate === null ? '0' : new Money(100).minus(p.planExecutionRate).toFixed(2),
        chart: level === 'line' ? { kind: 'execution', lineId: row.key } : { kind: 'execution', project: row.key, ...(unit ? { unit } : {}) },
        ...(line?.project ? { inhibitedBy: [`plan_behind.${subjectKeyOf('project', ctx.fiscalYear, line.project)}`] } : {}),
      };
      verdicts.push({ rule: 'plan_behind', subjectKey: subjectKeyOf(level, ctx.fiscalYear, row.key), unit, observation, severity });
    }
  }
  return verdicts;
};
