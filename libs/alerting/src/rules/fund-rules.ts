import { AlertObservation, AlertSeverity, Money, formatPercent, formatYuan, toYuanString } from '@app/domain';
import { fenToYuan, fundPosition } from '@app/read-models';
import { links } from '../links';
import { Rule, RuleContext, RuleVerdict, inUnits, unitNameOf } from './rule';

async function fundLines(ctx: RuleContext) {
  return ctx.rm.db.selectFrom('lines').select(['line_id', 'unit', 'project_name']).where('fiscal_year', '=', ctx.fiscalYear).where('revolving_fund', '=', 1).execute();
}

const base = (ctx: RuleContext, unit: string, subjectName: string, advance?: string): Omit<AlertObservation, 'summary' | 'target' | 'actual' | 'expected' | 'subjectKind'> => ({
  subjectName, unit, unitName: unitNameOf(ctx, unit), fiscalYear: ctx.fiscalYear, measureUnit: '元', deviationReason: null,
  link: links.fund(ctx.fiscalYear, ctx.asOf, advance), asOf: ctx.asOf,
});

/** 应急周转金可用余额不足: what the fund can still advance falls below a share of its appropriation (yellow 20%, red 10%). */
export const fundBalanceRule: Rule = async (ctx) => {
  const verdicts: RuleVerdict[] = [];
  for (const line of (await fundLines(ctx)).filter((l) => inUnits(ctx, l.unit))) {
    const p = await fundPosition(ctx.rm.db, { lineId: line.line_id, asOf: ctx.asOf, overdueDays: ctx.settings.fund.yellowAfterDays });
    const appropriated = new Money(p.appropriated);
    const available = new Money(p.available);
    const share = appropriated.gt(0) ? available.div(appropriated) : new Money(1);
    const { redBelowShare, yellowBelowShare } = ctx.settings.fund;
    const severity: AlertSeverity | null = share.lt(redBelowShare) ? 'red' : share.lt(yellowBelowShare) ? 'yellow' : null;
    const floor = appropriated.mul(severity === 'red' ? redBelowShare : yellowBelowShare);
    const summary = severity
      ? `应急周转金可用余额 ${formatYuan(available)} 元，占预算 ${formatPercent(share)}%，低于 ${formatYuan(floor)} 元的警戒线；在途垫付 ${formatYuan(new Money(p.outstanding))} 元。`
      : `应急周转金可用余额 ${formatYuan(available)} 元，占预算 ${formatPercent(share)}%，在警戒线 ${formatYuan(floor)} 元之上。`;
    verdicts.push({ rule: 'fund_balance_low', subjectKey: line.line_id, unit: line.unit, severity, observation: {
      ...base(ctx, line.unit, line.project_name ?? '农民工工资应急周转金'), subjectKind: 'fund', summary,
      target: toYuanString(floor), actual: toYuanString(available), expected: null,
      gap: new Money(100).minus(share.mul(100)).toFixed(2),
      details: [
        { label: '预算 / 可用余额', value: `${formatYuan(appropriated)} 元 / ${formatYuan(available)} 元` },
        { label: '累计垫付 / 已收回', value: `${formatYuan(new Money(p.advanced))} 元 / ${formatYuan(new Money(p.recovered))} 元` },
      ],
      chart: { kind: 'execution', lineId: line.line_id },
    } });
  }
  return verdicts;
};

/** Who an advance was for: the case's employer, as the fund page shows it. */
async function employers(ctx: RuleContext, caseIds: readonly string[]): Promise<Map<string, string>> {
  if (caseIds.length === 0) return new Map();
  const rows = await ctx.rm.db.selectFrom('wage_cases').select(['case_id', 'employer']).where('case_id', 'in', [...caseIds]).execute();
  return new Map(rows.map((r) => [r.case_id, r.employer]));
}

/** 垫付逾期未收回: an advance still (partly) unrecovered after N days (yellow 90, red 180); recovered, it resolves. */
export const fundAdvanceOverdueRule: Rule = async (ctx) => {
  const verdicts: RuleVerdict[] = [];
  const { yellowAfterDays, redAfterDays } = ctx.settings.fund;
  for (const line of (await fundLines(ctx)).filter((l) => inUnits(ctx, l.unit))) {
    const p = await fundPosition(ctx.rm.db, { lineId: line.line_id, asOf: ctx.asOf, overdueDays: 0 });
    const advances = await ctx.rm.db.selectFrom('fund_advances').select(['advance_id', 'case_id', 'date', 'amount']).where('line_id', '=', line.line_id).where('date', '<=', ctx.asOf).execute();
    const open = new Map(p.overdue.map((a) => [a.advanceId, a]));
    const names = await employers(ctx, [...new Set(advances.map((a) => a.case_id))]);
    for (const advance of advances) {
      const a = open.get(advance.advance_id);
      const days = a?.daysOutstanding ?? 0;
      const severity: AlertSeverity | null = !a || days <= yellowAfterDays ? null : days > redAfterDays ? 'red' : 'yellow';
      const employer = names.get(advance.case_id) ?? '欠薪案件';
      const amount = new Money(a ? a.amount : fenToYuan(advance.amount));
      const what = `${advance.date} 为「${employer}」垫付 ${formatYuan(amount)} 元`;
      const summary = a
        ? `${what}，已 ${days} 天，尚有 ${formatYuan(new Money(a.outstanding))} 元未收回。`
        : `${what}，已全部收回。`;
      verdicts.push({ rule: 'fund_advance_overdue', subjectKey: advance.advance_id, unit: line.unit, severity, observation: {
        ...base(ctx, line.unit, `垫付 ${advance.date} ${employer}（${formatYuan(amount)} 元）`, advance.advance_id), subjectKind: 'advance', summary,
        target: String(yellowAfterDays), actual: String(days), expected: null, measureUnit: '天', gap: String(days),
        details: a ? [{ label: '未收回金额', value: `${formatYuan(new Money(a.outstanding))} 元` }] : [],
      } });
    }
  }
  return verdicts;
};
