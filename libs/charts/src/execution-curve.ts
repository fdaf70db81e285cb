/**
 * ECharts options of the product's charts, as plain objects (no ECharts import): the dashboard draws them in
 * the browser and the alert e-mails render the same options to a PNG on the server, so a chart in an e-mail
 * looks like the one the link opens.
 */

/** One month of the 月度执行曲线: cumulative 预算执行率 and 序时进度 at the month end, percent as decimal strings. */
export interface CurvePointFigures {
  /** YYYY-MM */
  readonly month: string;
  readonly executionRate: string | null;
  readonly timeProgress: string;
}

export interface CurveLabels { readonly rate: string; readonly progress: string }

const CHINESE: CurveLabels = { rate: '执行率', progress: '序时进度' };

/** Percent strings to chart values (display only: the figures themselves stay decimal strings). */
export const plotPercent = (value: string | null): number | null => (value === null ? null : Number(value));

/** 月度执行曲线: cumulative execution rate by month against the 序时进度 line (dashed). */
export function executionCurveOption(points: readonly CurvePointFigures[], labels: CurveLabels = CHINESE, title?: string): Record<string, unknown> {
  const top = title ? 56 : 36;
  return {
    animation: false,
    ...(title ? { title: { text: title, left: 'center', top: 0, textStyle: { fontSize: 14, fontWeight: 'normal' } } } : {}),
    tooltip: { trigger: 'axis' },
    legend: { top: title ? 24 : 0, left: 'center', data: [labels.rate, labels.progress] },
    grid: { left: 48, right: 16, top, bottom: 28 },
    xAxis: { type: 'category', data: points.map((p) => `${Number(p.month.slice(5))}月`) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: labels.rate, type: 'line', data: points.map((p) => plotPercent(p.executionRate)), symbol: 'circle', lineStyle: { width: 3 }, color: '#1d4e89' },
      { name: labels.progress, type: 'line', data: points.map((p) => plotPercent(p.timeProgress)), symbol: 'rect', lineStyle: { type: 'dashed' }, color: '#b3261e' },
    ],
  };
}
