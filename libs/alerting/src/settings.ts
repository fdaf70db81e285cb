import { z } from 'zod';
import { AlertPolicy, AlertSeverity, DomainError } from '@app/domain';
import { INCIDENT_RULES, RULE_IDS, RULE_NAMES, RuleId } from './rule-names';

const policy = z.object({
  raiseAfterEvaluations: z.number().int().min(1).max(100),
  raiseAfterMinutes: z.number().int().min(0).max(60 * 24 * 30),
  repeatIntervalHours: z.number().min(0.01).max(24 * 90),
}).partial().strict();

const rule = <T extends z.ZodRawShape>(shape: T) => z.object({ enabled: z.boolean().optional(), policy: policy.optional(), ...shape }).strict();
const share = z.string().regex(/^0(\.\d{1,4})?$|^1$/, 'a share between 0 and 1 as a decimal string, e.g. "0.2"');

const ruleId = z.enum(RULE_IDS as [RuleId, ...RuleId[]]);
const recipient = z.string().trim().min(2).max(254).refine((v) => (v.includes('@') ? /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/.test(v) : /^[\w.-]{2,40}$/.test(v)),
  'a username or an e-mail address');
/** 路由: alerts matching every given matcher also go to these recipients (usernames or e-mail addresses). */
const route = z.object({
  units: z.array(z.string().regex(/^\d{6}$/, 'a 6-digit unit code')).min(1).optional(),
  rules: z.array(ruleId).min(1).optional(),
  minSeverity: z.enum(['yellow', 'red']).optional(),
  to: z.array(recipient).min(1).max(50),
}).strict();

const schema = z.object({
  policy: policy.optional(),
  notifications: z.object({
    /** a run that would tell one recipient of more alerts than this sends them one summary instead */
    summaryAbove: z.number().int().min(1).max(100_000).optional(),
  }).strict().optional(),
  routes: z.array(route).max(200).optional(),
  inhibition: z.object({ enabled: z.boolean().optional() }).strict().optional(),
  rules: z.object({
    indicator_light: rule({}).optional(),
    indicator_ceiling: rule({}).optional(),
    execution_lag: rule({ levels: z.array(z.enum(['line', 'project', 'unit', 'department'])).min(1).optional() }).optional(),
    fund_balance_low: rule({ yellowBelowShare: share.optional(), redBelowShare: share.optional() }).optional(),
    fund_advance_overdue: rule({ yellowAfterDays: z.number().int().min(1).optional(), redAfterDays: z.number().int().min(1).optional() }).optional(),
    indicator_stale: rule({ yellowAfterDays: z.number().int().min(1).optional(), redAfterDays: z.number().int().min(1).optional() }).optional(),
    overspend: rule({}).optional(),
    sangong_cap: rule({ yellowShare: share.optional(), redShare: share.optional() }).optional(),
    plan_behind: rule({ levels: z.array(z.enum(['line', 'project'])).min(1).optional() }).optional(),
    plan_exceeded: rule({}).optional(),
  }).strict().optional(),
}).strict();

export interface AlertRoute {
  readonly units?: readonly string[];
  readonly rules?: readonly RuleId[];
  readonly minSeverity?: AlertSeverity;
  readonly to: readonly string[];
}

export interface AlertSettings {
  readonly enabled: ReadonlySet<RuleId>;
  readonly policy: (rule: RuleId) => AlertPolicy;
  readonly executionLevels: readonly ('line' | 'project' | 'unit' | 'department')[];
  /** 用款计划执行滞后: lines with a filed plan, projects with at least one */
  readonly planLevels: readonly ('line' | 'project')[];
  readonly fund: { readonly yellowBelowShare: string; readonly redBelowShare: string; readonly yellowAfterDays: number; readonly redAfterDays: number };
  readonly staleDays: { readonly yellow: number; readonly red: number };
  /** 三公经费: shares of a cap used at which the rule lights yellow and red */
  readonly sanGong: { readonly yellowShare: string; readonly redShare: string };
  /** more alerts than this for one recipient in one run: one summary e-mail instead */
  readonly summaryAbove: number;
  readonly routes: readonly AlertRoute[];
  /** an open project execution alert holds back its lines' execution alerts */
  readonly inhibition: boolean;
}

/** Above this many alerts in one run, a recipient gets one summary (e.g. the first evaluation after a budget import). */
export const DEFAULT_SUMMARY_ABOVE = 30;

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
    planLevels: rules.plan_behind?.levels ?? ['line', 'project'],
    fund: {
      yellowBelowShare: fund.yellowBelowShare ?? '0.2', redBelowShare: fund.redBelowShare ?? '0.1',
      yellowAfterDays: fund.yellowAfterDays ?? 90, redAfterDays: fund.redAfterDays ?? 180,
    },
    staleDays: { yellow: rules.indicator_stale?.yellowAfterDays ?? 90, red: rules.indicator_stale?.redAfterDays ?? 180 },
    sanGong: { yellowShare: rules.sangong_cap?.yellowShare ?? '0.8', redShare: rules.sangong_cap?.redShare ?? '0.95' },
    summaryAbove: s.notifications?.summaryAbove ?? DEFAULT_SUMMARY_ABOVE,
    routes: s.routes ?? [],
    inhibition: s.inhibition?.enabled ?? true,
  };
  if (settings.staleDays.red < settings.staleDays.yellow || settings.fund.redAfterDays < settings.fund.yellowAfterDays) {
    throw DomainError.invalid('INVALID_ALERT_SETTINGS', 'rules', 'ALERT_SETTINGS: redAfterDays must not be below yellowAfterDays');
  }
  if (Number(settings.sanGong.redShare) < Number(settings.sanGong.yellowShare)) {
    throw DomainError.invalid('INVALID_ALERT_SETTINGS', 'rules.sangong_cap', 'ALERT_SETTINGS: sangong_cap redShare must not be below yellowShare');
  }
  return settings;
}
