import { AlertObservation, Money, toYuanString } from '@app/domain';
import { executionTotals } from '@app/read-models';
import { executionColumns } from '../../../../api/src/execution/execution-view';
import { LIGHT_WORDS, Rule, RuleContext, RuleVerdict } from './rule';

type Level = 'line' | 'project' | 'unit' | 'department';
const LEVEL_WORDS: Record<Level, string> = { line: '预算指标', project: '项目', unit: '单位', department: '部门' };

/** The unit of each line and project of the year, to scope and address execution alerts. */
async function owners(ctx: RuleContext) {
  const lines = await ctx.rm.db.selectFrom('lines').select(['line_id', 'unit', 'project']).where('fiscal_year', '=', ctx.fiscalYear).execute();
  return {
    line: new Map(lines.map((l) => [l.line_id, l.unit])),
    project: new Map(lines.filter((l) => l.project !== null).map((l) => [l.project as string, l.unit])),
  };
}

const links: Record<Level, (fy: number, key: string) => string> = {
  line: (fy, k) => `/lines/${k}`, project: (fy, k) => `/projects/${k}?fiscalYear=${fy}`, unit: (fy, k) => `/units/${k}?fiscalYear=${fy}`, department: (fy) => `/?fiscalYear=${fy}`,
};

/**
 * 预算执行进度滞后: 预算执行率 trails 序时进度 (the execution light of DOMAIN.md: red when the rate is below
 * 60% of time progress, yellow below 80%), per line, project, unit or the department (settings choose levels).
 */
export const executionLagRule: Rule = async (ctx) => {
  const own = await owners(ctx);
  const verdicts: RuleVerdict[] = [];
  for (const level of ctx.settings.executionLevels) {
    const scoped = level === 'department' ? {} : ctx.units ? { units: ctx.units } : {};
    const rows = await executionTotals(ctx.rm.db, { asOf: ctx.asOf, groupBy: level, filters: { fiscalYear: ctx.fiscalYear, ...scoped } });
    for (const row of rows) {
      if (level === 'project' && row.key === 'basic') continue;
      if (!new Money(row.appropriated).gt(0)) continue;
      const unit = level === 'unit' ? row.key : level === 'line' ? own.line.get(row.key) ?? null : level === 'project' ? own.project.get(row.key) ?? null : null;
      const subjectKey = `${level}-${ctx.fiscalYear}-${row.key}`;
      const c = executionColumns(row, ctx.asOf, undefined, ctx.monitoring);
      if (c.light !== 'red' && c.light !== 'yellow') {
        verdicts.push({ rule: 'execution_lag', subjectKey, unit, condition: null });
        continue;
      }
      const summary = `${LEVEL_WORDS[level]}「${row.name}」预算执行率 ${c.executionRate}%，序时进度 ${c.timeProgress}%，落后 ${c.lagPoints?.replace('-', '')} 个百分点，${LIGHT_WORDS[c.light]}。`;
      const observation: AlertObservation = {
        subjectKind: level, subjectName: level === 'line' ? `${row.name}（${row.key}）` : `${row.name}（${row.key}）`,
        unit, unitName: unit ? ctx.unitNames.get(unit) ?? unit : null, fiscalYear: ctx.fiscalYear,
        target: row.appropriated, actual: row.netDisbursed, expected: toYuanString(new Money(row.appropriated).mul(c.timeProgress).div(100)), measureUnit: '元',
        deviationReason: null, summary, link: links[level](ctx.fiscalYear, row.key), asOf: ctx.asOf,
      };
      verdicts.push({ rule: 'execution_lag', subjectKey, unit, condition: { severity: c.light, observation } });
    }
  }
  return verdicts;
};
