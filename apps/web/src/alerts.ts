import type { Alert, AlertFigures, Person } from './types';

/**
 * One name per alert rule: the API answers `ruleName` (the same as the e-mails); these are only for an answer
 * that predates it, so a user never sees a rule id.
 */
const RULE_NAMES: Record<string, string> = {
  indicator_light: '绩效指标偏离目标', indicator_ceiling: '成本指标超上限', execution_lag: '执行进度滞后', fund_balance_low: '周转金余额不足',
  fund_advance_overdue: '垫付逾期未收回', indicator_stale: '指标长期未填报', overspend: '超支',
};

const person = (v: unknown): Person | null => {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return { username: v, displayName: null };
  const p = v as Partial<Person>;
  return { username: String(p.username ?? ''), displayName: p.displayName ?? null };
};

/** The API's alert item (the contract's, or the older flat one) as the pages use it. */
export function normalizeAlert(raw: Record<string, unknown>): Alert {
  const r = raw as Record<string, never>;
  const flat: AlertFigures = { summary: r.summary ?? '', target: r.target ?? null, actual: r.actual ?? null, expected: r.expected ?? null, measureUnit: r.measureUnit ?? null, asOf: r.asOf ?? null, details: [] };
  const silenced = r.silencedBy as Alert['silencedBy'] | null;
  return {
    alertId: r.alertId, rule: r.rule, ruleName: r.ruleName ?? RULE_NAMES[r.rule as string] ?? '预警', subjectKind: r.subjectKind ?? null, subjectKey: r.subjectKey ?? null,
    subjectName: r.subjectName ?? '', unit: r.unit ?? null, unitName: r.unitName ?? null, drivingUnits: r.drivingUnits ?? [], fiscalYear: r.fiscalYear ?? null,
    severity: r.severity, status: r.status, acknowledged: r.acknowledged === true, acknowledgedBy: person(r.acknowledgedBy), acknowledgedAt: r.acknowledgedAt ?? null,
    acknowledgementNote: r.acknowledgementNote ?? null, raisedAt: r.raisedAt, escalatedAt: r.escalatedAt ?? null, resolvedAt: r.resolvedAt ?? null, resolvedHow: r.resolvedHow ?? null,
    link: r.link ?? null, atRaise: r.atRaise ?? flat, now: r.now ?? null,
    silencedBy: silenced ? { ...silenced, by: person(silenced.by) ?? { username: '', displayName: null } } : null, inhibitedBy: r.inhibitedBy ?? null,
  };
}

export const personName = (p: Person | null): string => (p ? p.displayName ?? p.username : '—');

/** The in-app path of an alert's link (an absolute e-mail link of this app becomes its path). */
export function appPath(link: string | null): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, window.location.origin);
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}
