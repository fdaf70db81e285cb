import { AlertChart, AlertObservation, Money, formatYuan, toYuanString } from '@app/domain';
import { executionColumns, executionTotals } from '@app/read-models';
import { links } from '../links';
import { LIGHT_WORDS, Rule, RuleContext, RuleVerdict, unitNameOf } from './rule';

type Level = 'line' | 'project' | 'unit' | 'department';
const LEVEL_WORDS: Record<Level, string> = { line: '预算指标', project: '项目', unit: '单位', department: '部门' };

/** The unit (and project) of each line and project of the year, to scope, address and inhibit execution alerts. */
async function owners(ctx: RuleContext) {
  const lines = await ctx.rm.db.selectFrom('lines').leftJoin('ref_functional', 'ref_functional.code', 'lines.functional')
    .select(['lines.line_id as line_id', 'lines.unit as unit', 'lines.project as project', 'lines.revolving_fund as revolving_fund', 'ref_functional.name as functional_name'])
    .where('lines.fiscal_year', '=', ctx.fiscalYear).execute();
  return {
    line: new Map(lines.map((l) => [l.line_id, { unit: l.unit, project: l.project, functionalName: l.functional_name }])),
    project: new Map(lines.filter((l) => l.project !== null).map((l) => [l.project as string, l.unit])),
    /** 农民工工资应急周转金: its money is meant to stay available (advances, not spending); the fund rules watch it */
    revolving: new Set([...lines.filter((l) => l.revolving_fund === 1).map((l) => l.line_id), ...lines.filter((l) => l.revolving_fund === 1 && l.project !== null).map((l) => l.project as string)]),
  };
}

const lineName = (name: string, line: { project: string | null; functionalName: string | null } | undefined) =>
  (line?.project && line.functionalName ? `${name} · ${line.functionalName}` : name);

const subjectKeyOf = (level: Level, fiscalYear: number, key: string) => `${level}-${fiscalYear}-${key}`;

function linkOf(level: Level, ctx: RuleContext, key: string): string {
  switch (level) {
    case 'line': return links.line(key, ctx.asOf);
    case 'project': return links.project(key, ctx.fiscalYear, ctx.asOf);
    case 'unit': return links.unit(key, ctx.fiscalYear, ctx.asOf);
    case 'department': return links.department(ctx.fiscalYear, ctx.asOf);
  }
}

function chartOf(level: Level, key: string, unit: string | null): AlertChart {
  switch (level) {
    case 'line': return { kind: 'execution', lineId: key };
    case 'project': return { kind: 'execution', project: key, ...(unit ? { unit } : {}) };
    case 'unit': return { kind: 'execution', unit: key };
    case 'department': return { kind: 'execution' };
  }
}

/**
 * 预算执行进度滞后: 预算执行率 trails 序时进度 (the execution light of DOMAIN.md: red when the rate is below
 * 60% of time progress, yellow below 80%), per line, project, unit or the department (settings choose levels).
 * A line's alert is held back while its project's alert is open (inhibition): the project's says it all.
 */
export const executionLagRule: Rule = async (ctx) => {
  const own = await owners(ctx);
  const verdicts: RuleVerdict[] = [];
  for (const level of ctx.settings.executionLevels) {
    const scoped = level === 'department' ? {} : ctx.units ? { units: ctx.units } : {};
    const rows = await executionTotals(ctx.rm.db, { asOf: ctx.asOf, groupBy: level, filters: { fiscalYear: ctx.fiscalYear, ...scoped } });
    for (const row of rows) {
      if (level === 'project' && row.key === 'basic') continue;
      if ((level === 'project' || level === 'line') && own.revolving.has(row.key)) continue;
      if (!new Money(row.appropriated).gt(0)) continue;
      const line = level === 'line' ? own.line.get(row.key) : undefined;
      const unit = level === 'unit' ? row.key : level === 'line' ? line?.unit ?? null : level === 'project' ? own.project.get(row.key) ?? null : null;
      const c = executionColumns(row, ctx.asOf, undefined, ctx.monitoring);
      const lagging = c.light === 'red' || c.light === 'yellow' ? c.light : null;
      const behind = c.lagPoints === null ? null : new Money(c.lagPoints);
      const state = lagging ? `落后 ${behind?.abs().toFixed(2)} 个百分点，${LIGHT_WORDS[lagging]}` : behind && behind.gt(0) ? `落后 ${behind.toFixed(2)} 个百分点，在容许范围内` : '进度正常';
      const summary = `${LEVEL_WORDS[level]}「${row.name}」预算执行率 ${c.executionRate}%，序时进度 ${c.timeProgress}%，${state}。`;
      const appropriated = new Money(row.appropriated);
      const observation: AlertObservation = {
        // a line by its names (a project's line also by its 项: a project may have several), never by its id
        subjectKind: level, subjectName: level === 'department' ? row.name : level === 'line' ? lineName(row.name, line) : `${row.name}（${row.key}）`,
        unit, unitName: unitNameOf(ctx, unit), fiscalYear: ctx.fiscalYear,
        target: row.appropriated, actual: row.netDisbursed, expected: toYuanString(appropriated.mul(c.timeProgress).div(100)), measureUnit: '元',
        deviationReason: null, summary, link: linkOf(level, ctx, row.key), asOf: ctx.asOf,
        details: [
          { label: '预算执行率', value: `${c.executionRate}%（序时进度 ${c.timeProgress}%）` },
          { label: '已支付 / 预算数', value: `${formatYuan(new Money(row.netDisbursed))} 元 / ${formatYuan(appropriated)} 元` },
        ],
        gap: behind === null ? '0' : behind.toFixed(2),
        chart: chartOf(level, row.key, unit),
        ...(line?.project ? { inhibitedBy: [`execution_lag.${subjectKeyOf('project', ctx.fiscalYear, line.project)}`] } : {}),
      };
      verdicts.push({ rule: 'execution_lag', subjectKey: subjectKeyOf(level, ctx.fiscalYear, row.key), unit, observation, severity: lagging });
    }
  }
  return verdicts;
};
