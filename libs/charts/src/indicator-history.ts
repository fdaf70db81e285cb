import { plotPercent } from './execution-curve';

/** One report of an indicator: its business date and the value reported (null for a qualitative grade). */
export interface IndicatorReportPoint { readonly asOf: string; readonly value: string | null }

/** 指标填报历史: the reported values over the year against the target in force (a dashed line). */
export function indicatorHistoryOption(reports: readonly IndicatorReportPoint[], target: string | null, measureUnit: string | null, title?: string): Record<string, unknown> {
  const unit = measureUnit ?? '';
  const numeric = reports.filter((r) => r.value !== null);
  return {
    animation: false,
    ...(title ? { title: { text: title, left: 'center', top: 0, textStyle: { fontSize: 14, fontWeight: 'normal' } } } : {}),
    tooltip: { trigger: 'axis' },
    legend: { top: title ? 24 : 0, left: 'center', data: ['实际值', '目标值'] },
    grid: { left: 56, right: 16, top: title ? 56 : 36, bottom: 28 },
    xAxis: { type: 'category', data: numeric.map((r) => `${Number(r.asOf.slice(5, 7))}月${Number(r.asOf.slice(8, 10))}日`) },
    yAxis: { type: 'value', axisLabel: { formatter: unit === '%' ? '{value}%' : `{value}${unit}` } },
    series: [
      { name: '实际值', type: 'line', data: numeric.map((r) => plotPercent(r.value)), symbol: 'circle', lineStyle: { width: 3 }, color: '#1d4e89' },
      { name: '目标值', type: 'line', data: numeric.map(() => plotPercent(target)), symbol: 'none', lineStyle: { type: 'dashed' }, color: '#b3261e' },
    ],
  };
}
