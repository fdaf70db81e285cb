import { money, toWanYuanString, toYuanString } from '@app/domain';
import { AlertFacts, AlertSeverity, NotificationKind } from './notification';

/** 红灯 / 黄灯 as words: the light is never told by colour alone. */
export const LIGHT_WORD: Readonly<Record<AlertSeverity, string>> = { red: '红灯', yellow: '黄灯' };

/** 预警 raised, 升级 escalated yellow→red, 提醒 reminder of a still-open alert, 解除 resolved. */
export const KIND_WORD: Readonly<Record<NotificationKind, string>> = { raised: '预警', escalated: '预警升级', reminder: '预警提醒', resolved: '预警解除' };

/** 1234567.891 → 1,234,567.89 (thousands separators on the integer part, sign kept). */
function groupDigits(fixed: string): string {
  const [int, frac] = fixed.replace(/^-/, '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fixed.startsWith('-') ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/**
 * A value as the e-mail shows it: money (元) as `1,234,567.89 元（123.46 万元）`, percentages as `80.00%`,
 * anything else with its unit of measure; `—` when the rule has no such value.
 */
export function formatValue(value: string | null, measureUnit: string | null): string {
  if (value === null || value.trim() === '') return '—';
  let amount;
  try {
    amount = money(value.trim());
  } catch {
    return measureUnit ? `${value} ${measureUnit}` : value; // not a number (a qualitative target): as written
  }
  if (measureUnit === '元') return `${groupDigits(toYuanString(amount))} 元（${groupDigits(toWanYuanString(amount))} 万元）`;
  if (measureUnit === '%') return `${groupDigits(toYuanString(amount))}%`;
  if (measureUnit === '万元') return `${groupDigits(toYuanString(amount))} 万元`;
  return measureUnit ? `${value.trim()} ${measureUnit}` : value.trim();
}

/** `426006 执法支队`, or 部门 for department-level subjects. */
export function unitLabel(alert: Pick<AlertFacts, 'unit' | 'unitName'>): string {
  if (alert.unit === null) return '部门（整体）';
  return alert.unitName ? `${alert.unit} ${alert.unitName}` : alert.unit;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The dashboard page of the alert: PUBLIC_URL + the alert's path, without doubled slashes. */
export function dashboardLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
