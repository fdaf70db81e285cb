import { AlertObservation, Money, formatPercent, toYuanString } from '@app/domain';
import { fundPosition } from '@app/read-models';
import { Rule, RuleContext, RuleVerdict, inUnits } from './rule';

async function fundLines(ctx: RuleContext) {
  return ctx.rm.db.selectFrom('lines').select(['line_id', 'unit', 'project_name']).where('fiscal_year', '=', ctx.fiscalYear).where('revolving_fund', '=', 1).execute();
}

const base = (ctx: RuleContext, unit: string, subjectName: string): Omit<AlertObservation, 'summary' | 'target' | 'actual' | 'expected' | 'subjectKind'> => ({
  subjectName, unit, unitName: ctx.unitNames.get(unit) ?? unit, fiscalYear: ctx.fiscalYear, measureUnit: '元', deviationReason: null,
  link: `/revolving-fund?fiscalYear=${ctx.fiscalYear}`, asOf: ctx.asOf,
});

/** 应急周转金可用余额不足: what the fund can still advance falls below a share of its appropriation (yellow 20%, red 10%). */
export const fundBalanceRule: Rule = async (ctx) => {
  const verdicts: RuleVerdict[] = [];
  for (const line of (await fundLines(ctx)).filter((l) => inUnits(ctx, l.unit))) {
    const p = await fundPosition(ctx.rm.db, { lineId: line.line_id, asOf: ctx.asOf, overdueDays: ctx.settings.fund.yellowAfterDays });
    const appropriated = new Money(p.appropriated);
    const available = new Money(p.available);
    const share = appropriated.gt(0) ? available.div(appropriated) : new Money(1);
    const severity = share.lt(ctx.settings.fund.redBelowShare) ? 'red' : share.lt(ctx.settings.fund.yellowBelowShare) ? 'yellow' : null;
    const subjectKey = line.line_id;
    if (severity === null) { verdicts.push({ rule: 'fund_balance_low', subjectKey, unit: line.unit, condition: null }); continue; }
    const floor = toYuanString(appropriated.mul(severity === 'red' ? ctx.settings.fund.redBelowShare : ctx.settings.fund.yellowBelowShare));
    const summary = `应急周转金可用余额 ${toYuanString(available)} 元，占预算 ${formatPercent(share)}%，低于 ${floor} 元的警戒线；在途垫付 ${p.outstanding} 元。`;
    verdicts.push({ rule: 'fund_balance_low', subjectKey, unit: line.unit, condition: { severity, observation: {
      ...base(ctx, line.unit, line.project_name ?? '农民工工资应急周转金'), subjectKind: 'fund', summary, target: floor, actual: toYuanString(available), expected: null,
    } } });
  }
  return verdicts;
};

/** 垫付逾期未收回: an advance still (partly) unrecovered after N days (yellow 90, red 180); recovered, it resolves. */
export const fundAdvanceOverdueRule: Rule = async (ctx) => {
  const verdicts: RuleVerdict[] = [];
  const { yellowAfterDays, redAfterDays } = ctx.settings.fund;
  for (const line of (await fundLines(ctx)).filter((l) => inUnits(ctx, l.unit))) {
    const p = await fundPosition(ctx.rm.db, { lineId: line.line_id, asOf: ctx.asOf, overdueDays: 0 });
    const advances = await ctx.rm.db.selectFrom('fund_advances').select(['advance_id']).where('line_id', '=', line.line_id).where('date', '<=', ctx.asOf).execute();
    const open = new Map(p.overdue.map((a) => [a.advanceId, a]));
    for (const { advance_id: advanceId } of advances) {
      const a = open.get(advanceId);
      const severity = !a || a.daysOutstanding <= yellowAfterDays ? null : a.daysOutstanding > redAfterDays ? 'red' : 'yellow';
      if (!a || severity === null) { verdicts.push({ rule: 'fund_advance_overdue', subjectKey: advanceId, unit: line.unit, condition: null }); continue; }
      const summary = `${a.date} 垫付 ${a.amount} 元（案件 ${a.caseId.slice(0, 8)}）已 ${a.daysOutstanding} 天，尚有 ${a.outstanding} 元未收回。`;
      verdicts.push({ rule: 'fund_advance_overdue', subjectKey: advanceId, unit: line.unit, condition: { severity, observation: {
        ...base(ctx, line.unit, `垫付 ${a.date}（${a.amount} 元）`), subjectKind: 'advance', summary, target: String(yellowAfterDays), actual: String(a.daysOutstanding), expected: null, measureUnit: '天',
      } } });
    }
  }
  return verdicts;
};
