/**
 * 三公经费 and 政府采购 charts as plain ECharts options (no ECharts import): the dashboard draws them, and the server
 * could render the same options to a PNG for an e-mail.
 */

/** One 三公 category: its cap and what is used, 元 as decimal strings (cap null: none set). */
export interface SanGongBar { readonly name: string; readonly cap: string | null; readonly used: string }

/** A share of a cap as people read the lights: green below the yellow share, yellow below the red share, red from it. */
export const SHARE_COLORS = { green: '#2e7d32', yellow: '#c77700', red: '#b3261e', none: '#5f6b7a' } as const;

/** 元 to 万元 for the axis (display only: the figures themselves stay decimal strings). */
const wan = (yuan: string | null): number | null => (yuan === null ? null : Math.round(Number(yuan) / 100) / 100);

export function shareColor(used: string, cap: string | null, shares = { yellow: 0.8, red: 0.95 }): string {
  if (cap === null || Number(cap) <= 0) return Number(used) > 0 ? SHARE_COLORS.red : SHARE_COLORS.none;
  const share = Number(used) / Number(cap);
  return share >= shares.red ? SHARE_COLORS.red : share >= shares.yellow ? SHARE_COLORS.yellow : SHARE_COLORS.green;
}

/** 三公经费 预算上限 vs 已使用 per category (万元), the used bar coloured by its share of the cap. */
export function sanGongCapOption(bars: readonly SanGongBar[], shares = { yellow: 0.8, red: 0.95 }, title?: string): Record<string, unknown> {
  return {
    animation: false,
    ...(title ? { title: { text: title, left: 'center', top: 0, textStyle: { fontSize: 14, fontWeight: 'normal' } } } : {}),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: title ? 24 : 0, left: 'center', data: ['预算上限', '已使用'] },
    grid: { left: 8, right: 40, top: title ? 56 : 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', splitNumber: 4, axisLabel: { formatter: '{value}万' } },
    yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.name) },
    series: [
      { name: '预算上限', type: 'bar', data: bars.map((b) => wan(b.cap)), color: '#c9d3df', barGap: '-100%', barWidth: 18, z: 1 },
      {
        name: '已使用', type: 'bar', barWidth: 10, z: 2, color: SHARE_COLORS.green,
        data: bars.map((b) => ({ value: wan(b.used), itemStyle: { color: shareColor(b.used, b.cap, shares) } })),
        label: { show: true, position: 'right', formatter: '{c}' },
      },
    ],
  };
}

/** 政府采购: budget vs executed per row (a 品目 or a project's item), 万元. */
export interface ProcurementBar { readonly name: string; readonly budget: string; readonly executed: string }

export function procurementOption(bars: readonly ProcurementBar[], title?: string): Record<string, unknown> {
  return {
    animation: false,
    ...(title ? { title: { text: title, left: 'center', top: 0, textStyle: { fontSize: 14, fontWeight: 'normal' } } } : {}),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: title ? 24 : 0, left: 'center', data: ['采购预算', '已支出'] },
    grid: { left: 8, right: 16, top: title ? 56 : 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { interval: 0, width: 90, overflow: 'break' } },
    yAxis: { type: 'value', axisLabel: { formatter: '{value}万' } },
    series: [
      { name: '采购预算', type: 'bar', barMaxWidth: 48, data: bars.map((b) => wan(b.budget)), color: '#8fa9c8' },
      { name: '已支出', type: 'bar', barMaxWidth: 48, data: bars.map((b) => wan(b.executed)), color: '#1d4e89', label: { show: true, position: 'top', formatter: '{c}' } },
    ],
  };
}
