import { ApiError, messageOf } from './api';
import { dateText, measuredWithUnit, toFen, yuan } from './money';
import { problemText } from './problems';
import type { Alert, AlertFigures, Person } from './types';

/** People by the name they are known by (the API answers display names, system actors in Chinese). */
export const personName = (p: Person | null | undefined): string => (p ? p.displayName ?? p.username : '—');

/**
 * The path of an alert's page. Alert ids end in ".1" (".2" for a later raise), which the server takes for a file
 * extension, so a reload of `/alerts/execution_lag.unit-2023-426001.1` answers 404; with the dots escaped (%2E) the
 * server answers the app and the router reads the same id.
 */
export const alertPath = (alertId: string): string => `/alerts/${encodeURIComponent(alertId).replace(/\./g, '%2E')}`;

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

export const LIGHT_WORD: Readonly<Record<string, string>> = { red: '红灯', yellow: '黄灯', green: '绿灯', blue: '蓝灯' };

/** 预算执行率 exactly from two 元 strings: actual / target in percent, two decimals, half up; null without a budget. */
export function rateOf(actual: string | null, target: string | null): string | null {
  const a = actual === null ? null : toFen(actual);
  const t = target === null ? null : toFen(target);
  if (a === null || t === null || t <= 0n) return null;
  const abs = a < 0n ? -a : a;
  const hundredths = (abs * 20_000n + t) / (2n * t);
  return `${a < 0n ? '-' : ''}${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

/**
 * The one figure an alert is about, as people say it: the execution rate for 执行进度滞后, the available balance of
 * the fund, how many days for the overdue and stale rules, else the actual value with its unit.
 */
export function figureText(rule: string, f: AlertFigures | null): string {
  if (!f) return '—';
  if (rule === 'execution_lag') {
    const rate = rateOf(f.actual, f.target);
    return rate !== null ? `执行率 ${rate}%` : `已支付 ${yuan(f.actual)} 元`;
  }
  if (rule === 'plan_behind') {
    const rate = rateOf(f.actual, f.target);
    return rate !== null ? `计划执行率 ${rate}%` : `已支付 ${yuan(f.actual)} 元`;
  }
  if (rule === 'fund_balance_low') return `可用余额 ${yuan(f.actual)} 元`;
  if (rule === 'sangong_cap') {
    const rate = rateOf(f.actual, f.target);
    return rate !== null ? `已用 ${rate}%` : `已用 ${yuan(f.actual)} 元`;
  }
  if (f.actual === null) return '未填报';
  if (f.measureUnit === '天') return rule === 'indicator_stale' ? `${measuredWithUnit(f.actual, '天')}未填报` : `逾期 ${measuredWithUnit(f.actual, '天')}`;
  return measuredWithUnit(f.actual, f.measureUnit);
}

/** What target, actual and expected mean for each rule (the execution rule's details already give 预算数 and 已支付). */
const FIGURE_LABELS: Readonly<Record<string, readonly [string | null, string | null, string | null]>> = {
  execution_lag: [null, null, '按序时进度应支付'], plan_behind: [null, null, '按用款计划应支付'], fund_balance_low: ['警戒余额', '可用余额', null],
  fund_advance_overdue: ['提醒天数', '已垫付天数', null], indicator_stale: ['提醒天数', '未更新天数', null],
  sangong_cap: ['预算上限', '已使用', null],
};

/** The figures of an observation as labelled rows, then its details (a unit's row named without its code). */
export function figureRows(rule: string, f: AlertFigures | null): [string, string][] {
  if (!f) return [];
  const [target, actual, expected] = FIGURE_LABELS[rule] ?? ['目标', '实际', '序时目标'];
  return [
    ...(target && f.target !== null ? [[target, measuredWithUnit(f.target, f.measureUnit)] as [string, string]] : []),
    ...(actual ? [[actual, f.actual === null ? '未填报' : measuredWithUnit(f.actual, f.measureUnit)] as [string, string]] : []),
    ...(expected && f.expected !== null ? [[expected, measuredWithUnit(f.expected, f.measureUnit)] as [string, string]] : []),
    // a unit's row is labelled "426006 单位名称" (as the e-mails write it): people read the name
    ...f.details.map((d) => [d.label.replace(/^\d{6}\s+/, ''), d.value] as [string, string]),
  ];
}

/** How the alert stands now: 仍为红灯, 现为红灯 (escalated since), 已恢复正常. */
export function nowText(a: Pick<Alert, 'severity' | 'now'>): string {
  if (!a.now) return '暂无最新评估';
  if (!a.now.holds) return '已恢复正常';
  const light = LIGHT_WORD[a.now.severity ?? a.severity] ?? LIGHT_WORD[a.severity];
  return (a.now.severity ?? a.severity) === a.severity ? `仍为${light}` : `现为${light}`;
}

/** A silence ends at the end of its last day (Beijing time): the instant answered, shown as that last day. */
export function lastDay(endsAt: string): string {
  const t = Date.parse(endsAt);
  return Number.isNaN(t) ? endsAt : new Date(t - 1 + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * 静默 lasts at most 90 days counted from today, today included: the API measures 90 × 24 h from now to the end of
 * the last day, so the latest last day is today + 89.
 */
export const MAX_SILENCE_DAYS = 90;
export const latestSilenceDay = (today: string): string => addDays(today, MAX_SILENCE_DAYS - 1);

/** The check of a silence's last day, as a sentence at the field ('' when fine). */
export function silenceDayError(day: string, today: string): string {
  if (!day) return '静默至：请填写最后一天，如 2023年7月31日';
  if (day < today) return `静默至：不能早于今天（${dateText(today)}）`;
  if (day > latestSilenceDay(today)) return `静默至：最长静默 ${MAX_SILENCE_DAYS} 天，最晚到 ${dateText(latestSilenceDay(today))}`;
  return '';
}

/** A reason (静默理由, 解除理由) of 2–500 characters, as a sentence at the field ('' when fine). */
export function reasonError(reason: string, label = '理由'): string {
  const n = reason.trim().length;
  if (n < 2) return `${label}：请写明理由（至少 2 个字）`;
  return n > 500 ? `${label}：不超过 500 字` : '';
}

/** A link to the subject, named by what it is. */
export const SUBJECT_LINK_TEXT: Readonly<Record<string, string>> = {
  department: '查看部门总览', unit: '查看单位', project: '查看项目', line: '查看预算指标', indicator: '查看绩效指标', fund: '查看周转金', advance: '查看垫付',
  sangong: '查看三公经费',
};

/** 解除: the condition no longer holds, or an incident closed by its acknowledgement. */
export const RESOLVED_HOW: Readonly<Record<string, string>> = { cleared: '情况已恢复', acknowledged: '确认后关闭' };

/**
 * Where an API problem about a request for several alerts goes, and what it says: one about the i-th alert sent
 * (`alertIds[i]`: gone, resolved, out of scope) names that alert; any other goes to its field or the whole form.
 */
export function alertsProblem(e: unknown, subjectNames: readonly string[], fields: readonly string[]): { field: string; message: string } {
  if (!(e instanceof ApiError)) return { field: 'form', message: messageOf(e) };
  const item = /^alertIds\[(\d+)\]$/.exec(e.field ?? '');
  const name = item ? subjectNames[Number(item[1])] : undefined;
  if (name) return { field: 'form', message: `「${name}」：${problemText({ status: e.status, code: e.code })}` };
  const field = e.field?.split(/[.[]/)[0];
  return { field: field && fields.includes(field) ? field : 'form', message: e.message };
}
