import { RuleId } from '../rule-names';
import { executionLagRule } from './execution-rule';
import { fundAdvanceOverdueRule, fundBalanceRule } from './fund-rules';
import { indicatorCeilingRule, indicatorLightRule, indicatorStaleRule } from './indicator-rules';
import { planBehindRule } from './plan-rule';
import { Rule, RuleContext, RuleVerdict } from './rule';
import { sanGongCapRule } from './sangong-rule';

export * from './rule';

/** The rules evaluated over the read models (overspend and plan_exceeded are incidents raised from their events, not evaluated). */
export const RULES: Readonly<Record<Exclude<RuleId, 'overspend' | 'plan_exceeded'>, Rule>> = {
  indicator_light: indicatorLightRule, indicator_ceiling: indicatorCeilingRule, execution_lag: executionLagRule,
  fund_balance_low: fundBalanceRule, fund_advance_overdue: fundAdvanceOverdueRule, indicator_stale: indicatorStaleRule,
  sangong_cap: sanGongCapRule, plan_behind: planBehindRule,
};

export const isEvaluatedRule = (rule: string): rule is Exclude<RuleId, 'overspend' | 'plan_exceeded'> => Object.prototype.hasOwnProperty.call(RULES, rule);

/** The verdicts of these rules (default: the enabled ones) on every subject in the context's scope. */
export async function evaluateRules(ctx: RuleContext, rules: Iterable<string> = ctx.settings.enabled): Promise<RuleVerdict[]> {
  const wanted = new Set(rules);
  const verdicts: RuleVerdict[] = [];
  for (const [id, rule] of Object.entries(RULES) as [RuleId, Rule][]) {
    if (wanted.has(id)) verdicts.push(...(await rule(ctx)));
  }
  return verdicts;
}
