export type RuleId = 'indicator_light' | 'indicator_ceiling' | 'execution_lag' | 'fund_balance_low' | 'fund_advance_overdue' | 'indicator_stale' | 'overspend'
  | 'sangong_cap' | 'plan_behind' | 'plan_exceeded';

/** 规则名称: the one name of each rule, in e-mails, on the dashboard and in exports alike. */
export const RULE_NAMES: Readonly<Record<RuleId, string>> = {
  indicator_light: '绩效指标亮灯', indicator_ceiling: '反向/成本指标超标', execution_lag: '预算执行进度滞后',
  fund_balance_low: '应急周转金可用余额不足', fund_advance_overdue: '垫付资金逾期未收回', indicator_stale: '绩效指标久未填报', overspend: '超预算支付',
  sangong_cap: '三公经费接近预算上限',
  plan_behind: '用款计划执行滞后', plan_exceeded: '超计划支付',
};

export const RULE_IDS = Object.keys(RULE_NAMES) as RuleId[];

export const isRuleId = (rule: string): rule is RuleId => Object.prototype.hasOwnProperty.call(RULE_NAMES, rule);

/** The rule's name, or the id itself for a rule this version no longer knows (an old alert). */
export const ruleName = (rule: string): string => (isRuleId(rule) ? RULE_NAMES[rule] : rule);

/** Rules whose alerts are incidents (raised by a fact, closed by acknowledgement). */
export const INCIDENT_RULES: ReadonlySet<string> = new Set<RuleId>(['overspend', 'plan_exceeded']);
