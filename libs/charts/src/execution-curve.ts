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
  /** 计划进度: the cumulative 用款计划 as a share of the appropriation, percent; the third series when given */
  readonly planProgress?: string | null;
}

export interface CurveLabels { readonly rate: string; readonly progress: string; readonly plan?: string }

const CHINESE: CurveLabels = { rate: '执行率', progress: '序时进度', plan: '计划进度' };

/** Percent strings to chart values (display only: the figures themselves stay decimal strings). */
export const plotPercent = (value: string | null): number | null => (value === null ? null : Number(value));

/** 月度执行曲线: cumulative execution rate by month against the 序时进度 line (dashed) and, when given, the 计划进度 line (dotted). */
export function executionCurveOption(points: readonly CurvePointFigures[], labels: CurveLabels = CHINESE, title?: string): Record<string, unknown> {
  const top = title ? 56 : 36;
  const withPlan = points.some((p) => p.planProgress !== undefined) && labels.plan !== undefined;
  // a plan that front-loads the year can ask for more than 100 % by a month end only after a 调减; keep the axis honest
  const highest = Math.max(100, ...points.map((p) => plotPercent(p.planProgress ?? null) ?? 0), ...points.map((p) => plotPercent(p.executionRate) ?? 0));
  return {
    animation: false,
    ...(title ? { title: { text: title, left: 'center', top: 0, textStyle: { fontSize: 14, fontWeight: 'normal' } } } : {}),
    tooltip: { trigger: 'axis' },
    legend: { top: title ? 24 : 0, left: 'center', data: [labels.rate, labels.progress, ...(withPlan ? [labels.plan] : [])] },
    grid: { left: 48, right: 16, top, bottom: 28 },
    xAxis: { type: 'category', data: points.map((p) => `${Number(p.month.slice(5))}月`) },
    yAxis: { type: 'value', min: 0, max: highest > 100 ? Math.ceil(highest / 10) * 10 : 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: labels.rate, type: 'line', data: points.map((p) => plotPercent(p.executionRate)), symbol: 'circle', lineStyle: { width: 3 }, color: '#1d4e89' },
      { name: labels.progress, type: 'line', data: points.map((p) => plotPercent(p.timeProgress)), symbol: 'rect', lineStyle: { type: 'dashed' }, color: '#b3261e' },
      ...(withPlan ? [{ name: labels.plan, type: 'line', data: points.map((p) => plotPercent(p.planProgress ?? null)), symbol: 'triangle', lineStyle: { type: 'dotted', width: 2 }, color: '#2e7d32' }] : []),
    ],
  };
}
