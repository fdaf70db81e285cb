import { z } from 'zod';
import { AlertPolicy, DomainError } from '@app/domain';

const policy = z.object({
  raiseAfterEvaluations: z.number().int().min(1).max(100),
  raiseAfterMinutes: z.number().int().min(0).max(60 * 24 * 30),
  repeatIntervalHours: z.number().min(0.01).max(24 * 90),
}).partial().strict();

const rule = <T extends z.ZodRawShape>(shape: T) => z.object({ enabled: z.boolean().optional(), policy: policy.optional(), ...shape }).strict();
const share = z.string().regex(/^0(\.\d{1,4})?$|^1$/, 'a share between 0 and 1 as a decimal string, e.g. "0.2"');

const schema = z.object({
  policy: policy.optional(),
  rules: z.object({
    indicator_light: rule({}).optional(),
    indicator_ceiling: rule({}).optional(),
    execution_lag: rule({ levels: z.array(z.enum(['line', 'project', 'unit', 'department'])).min(1).optional() }).optional(),
    fund_balance_low: rule({ yellowBelowShare: share.optional(), redBelowShare: share.optional() }).optional(),
    fund_advance_overdue: rule({ yellowAfterDays: z.number().int().min(1).optional(), redAfterDays: z.number().int().min(1).optional() }).optional(),
    indicator_stale: rule({ yellowAfterDays: z.number().int().min(1).optional(), redAfterDays: z.number().int().min(1).optional() }).optional(),
    overspend: rule({}).optional(),
  }).strict().optional(),
}).strict();

export type RuleId = 'indicator_light' | 'indicator_ceiling' | 'execution_lag' | 'fund_balance_low' | 'fund_advance_overdue' | 'indicator_stale' | 'overspend';

/** 规则名称, as e-mails and the dashboard show them. */
export const RULE_NAMES: Readonly<Record<RuleId, string>> = {
  indicator_light: '绩效指标亮灯', indicator_ceiling: '反向/成本指标超标', execution_lag: '预算执行进度滞后',
  fund_balance_low: '应急周转金可用余额不足', fund_advance_overdue: '垫付资金逾期未收回', indicator_stale: '绩效指标久未填报', overspend: '超预算支付',
};

export interface AlertSettings {
  readonly enabled: ReadonlySet<RuleId>;
  readonly policy: (rule: RuleId) => AlertPolicy;
  readonly executionLevels: readonly ('line' | 'project' | 'unit' | 'department')[];
  readonly fund: { readonly yellowBelowShare: string; readonly redBelowShare: string; readonly yellowAfterDays: number; readonly redAfterDays: number };
  readonly staleDays: { readonly yellow: number; readonly red: number };
}

const DEFAULT_POLICY: AlertPolicy = { raiseAfterEvaluations: 1, raiseAfterMinutes: 0, repeatIntervalHours: 24, incident: false };

/**
 * Alert rules with their defaults (docs/alerts.md), overridden by ALERT_SETTINGS, e.g.
 * `{"policy":{"repeatIntervalHours":48},"rules":{"execution_lag":{"levels":["unit"]},"indicator_stale":{"enabled":false}}}`.
 */
export function alertSettings(input: Record<string, unknown>): AlertSettings {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw DomainError.invalid('INVALID_ALERT_SETTINGS', issue.path.join('.'), `ALERT_SETTINGS ${issue.path.join('.')}: ${issue.message}`);
  }
  const s = parsed.data;
  const rules = s.rules ?? {};
  const all = Object.keys(RULE_NAMES) as RuleId[];
  const fund = { ...rules.fund_balance_low, ...rules.fund_advance_overdue };
  const settings: AlertSettings = {
    enabled: new Set(all.filter((r) => rules[r]?.enabled !== false)),
    policy: (r) => ({ ...DEFAULT_POLICY, ...s.policy, ...rules[r]?.policy, incident: INCIDENT_RULES.has(r) }),
    executionLevels: rules.execution_lag?.levels ?? ['project', 'unit', 'department'],
    fund: {
      yellowBelowShare: fund.yellowBelowShare ?? '0.2', redBelowShare: fund.redBelowShare ?? '0.1',
      yellowAfterDays: fund.yellowAfterDays ?? 90, redAfterDays: fund.redAfterDays ?? 180,
    },
    staleDays: { yellow: rules.indicator_stale?.yellowAfterDays ?? 90, red: rules.indicator_stale?.redAfterDays ?? 180 },
  };
  if (settings.staleDays.red < settings.staleDays.yellow || settings.fund.redAfterDays < settings.fund.yellowAfterDays) {
    throw DomainError.invalid('INVALID_ALERT_SETTINGS', 'rules', 'ALERT_SETTINGS: redAfterDays must not be below yellowAfterDays');
  }
  return settings;
}

/** Rules whose alerts are incidents (raised by a fact, closed by acknowledgement). */
export const INCIDENT_RULES: ReadonlySet<string> = new Set<RuleId>(['overspend']);
