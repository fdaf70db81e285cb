import { formatMeasure, formatYuanWithWan } from '@app/alerting';
import { AlertFacts, AlertSeverity, NotificationKind } from '@app/platform';

/** 红灯 / 黄灯 as words: the light is never told by colour alone. */
export const LIGHT_WORD: Readonly<Record<AlertSeverity, string>> = { red: '红灯', yellow: '黄灯' };

/** 预警 raised, 升级 escalated yellow→red, 提醒 reminder of a still-open alert, 解除 resolved. */
export const KIND_WORD: Readonly<Record<NotificationKind, string>> = { raised: '预警', escalated: '预警升级', reminder: '预警提醒', resolved: '预警解除' };

/**
 * A value as the e-mail shows it: money (元) as `1,234,567.89 元（123.46 万元）`, percentages as `80.00%`, counts
 * as whole numbers with their unit (`1,800 人`); `—` when the rule has no such value.
 */
export function formatValue(value: string | null, measureUnit: string | null): string {
  if (value === null || value.trim() === '') return '—';
  if (measureUnit === '元') {
    try {
      return formatYuanWithWan(value.trim());
    } catch {
      return `${value} 元`;
    }
  }
  return formatMeasure(value, measureUnit);
}

/** `426006 执法支队`, or 部门（整体） for department-level subjects. */
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

/** `2023-06-30` → `2023年6月30日`, as the dashboard writes dates. */
export function dateText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}
