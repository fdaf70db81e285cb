import { procurementOption, sanGongCapOption, shareColor } from './sangong';

describe('三公 and 政府采购 chart options', () => {
  it('colours the used bar by its share of the cap (80% yellow, 95% red), any use of a 0 cap red', () => {
    expect(shareColor('79999.99', '100000.00')).toBe('#2e7d32');
    expect(shareColor('80000.00', '100000.00')).toBe('#c77700');
    expect(shareColor('95000.00', '100000.00')).toBe('#b3261e');
    expect(shareColor('0.00', '0.00')).toBe('#5f6b7a');
  });

  it('draws cap and used per category in 万元', () => {
    const o = sanGongCapOption([{ name: '公务接待费', cap: '120000.00', used: '98000.00' }, { name: '因公出国（境）费用', cap: '0.00', used: '0.00' }]) as {
      yAxis: { data: string[] }; series: { data: unknown[] }[];
    };
    expect(o.yAxis.data).toEqual(['公务接待费', '因公出国（境）费用']);
    expect(o.series[0].data).toEqual([12, 0]);
    expect(o.series[1].data).toEqual([{ value: 9.8, itemStyle: { color: '#c77700' } }, { value: 0, itemStyle: { color: '#5f6b7a' } }]);
  });

  it('draws procurement budget and executed per row', () => {
    const o = procurementOption([{ name: '货物', budget: '177600.00', executed: '88000.00' }]) as { series: { data: unknown[] }[] };
    expect(o.series.map((s) => s.data)).toEqual([[17.76], [8.8]]);
  });
});
