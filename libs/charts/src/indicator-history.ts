import { plotPercent } from './execution-curve';

/** One value of an indicator: its business date and the value (reported, or derived at a month end). */
export interface IndicatorReportPoint { readonly asOf: string; readonly value: string | null }

/** 指标填报历史: the values over the year, the target in force as a dashed mark line. */
export function indicatorHistoryOption(reports: readonly IndicatorReportPoint[], target: string | null, measureUnit: string | null, title?: string): Record<string, unknown> {
  const unit = measureUnit ?? '';
  const numeric = reports.filter((r) => r.value !== null);
  const goal = plotPercent(target);
  return {
    animation: false,
    ...(title ? { title: { text: title, left: 'center', top: 0, textStyle: { fontSize: 14, fontWeight: 'normal' } } } : {}),
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 16, top: title ? 40 : 20, bottom: 28 },
    xAxis: { type: 'category', data: numeric.map((r) => `${Number(r.asOf.slice(5, 7))}月${Number(r.asOf.slice(8, 10))}日`) },
    yAxis: { type: 'value', axisLabel: { formatter: `{value}${unit}` } },
    series: [{
      name: '填报值', type: 'line', data: numeric.map((r) => plotPercent(r.value)), symbol: 'circle', color: '#1d4e89',
      ...(goal !== null ? { markLine: { symbol: 'none', data: [{ yAxis: goal, name: '目标' }], lineStyle: { color: '#b3261e', type: 'dashed' }, label: { formatter: '目标' } } } : {}),
    }],
  };
}
