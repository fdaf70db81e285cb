import { Inject, Injectable, Logger } from '@nestjs/common';
import { Resvg } from '@resvg/resvg-js';
import { executionCurveOption, indicatorHistoryOption } from '@app/charts';
import { AlertChart, MonitoringSettings, daysInMonth, formatPoints } from '@app/domain';
import { ReadModelDb, executionColumns, executionCurve, indicatorsView } from '@app/read-models';
import { IndicatorEvaluator, MONITORING, READ_MODELS } from '@app/platform';

/**
 * ECharts' CommonJS bundle (its per-chart entry points are ES modules only), loaded on the first chart: a
 * process that never e-mails a chart never pays for it.
 */
let library: typeof import('echarts') | undefined;
const echarts = () => (library ??= require('echarts') as typeof import('echarts'));

const WIDTH = 600;
const HEIGHT = 280;
/** A CJK font the e-mail's chart labels need (fonts-wqy-microhei in the image; any other CJK font is found too). */
const FONT = 'WenQuanYi Micro Hei';

/**
 * 图表: the subject's monthly execution curve against 序时进度, or the indicator's reported history, drawn on
 * the server from the dashboard's own ECharts options (SVG), rasterised to a PNG that mail clients show inline
 * (no remote image, no script). Without data to draw, no chart.
 */
@Injectable()
export class ChartImages {
  private readonly logger = new Logger('ChartImages');

  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly monitoring: MonitoringSettings,
    private readonly indicators: IndicatorEvaluator) {}

  async render(chart: AlertChart, fiscalYear: number, asOf: string, title: string): Promise<Buffer | null> {
    try {
      const option = await this.option(chart, fiscalYear, asOf, title);
      return option ? rasterise(option) : null;
    } catch (error) {
      // a chart is a courtesy: an e-mail goes out without it rather than not at all
      this.logger.warn(`chart for ${JSON.stringify(chart)} not drawn: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  private async option(chart: AlertChart, fiscalYear: number, asOf: string, title: string): Promise<Record<string, unknown> | null> {
    if (chart.kind === 'execution') {
      const filters = { ...(chart.unit ? { unit: chart.unit } : {}), ...(chart.project ? { project: chart.project } : {}), ...(chart.lineId ? { lineId: chart.lineId } : {}) };
      const points = await executionCurve(this.rm.db, { fiscalYear, asOf, filters });
      if (points.length === 0) return null;
      return executionCurveOption(points.map((p) => ({ month: p.month, ...executionColumns(p, p.through, undefined, this.monitoring) })), undefined, title);
    }
    const [view] = (await indicatorsView(this.rm.db, { fiscalYear, asOf })).filter((v) => v.indicatorId === chart.indicatorId);
    if (!view) return null;
    const reports = view.metric === null ? view.history.map((r) => ({ asOf: r.asOf, value: r.value })) : await this.derivedHistory(chart.indicatorId, fiscalYear, asOf);
    if (reports.every((r) => r.value === null)) return null;
    return indicatorHistoryOption(reports, view.target, view.measureUnit, title);
  }

  /** A derived indicator (欠薪处置率 from the cases) has no reports: its value at each month end is its history. */
  private async derivedHistory(indicatorId: string, fiscalYear: number, asOf: string): Promise<{ asOf: string; value: string | null }[]> {
    const points = [];
    for (let m = 1; m <= 12; m++) {
      const monthEnd = `${fiscalYear}-${String(m).padStart(2, '0')}-${String(daysInMonth(fiscalYear, m)).padStart(2, '0')}`;
      const at = monthEnd < asOf ? monthEnd : asOf;
      const found = (await this.indicators.evaluate({ fiscalYear, asOf: at }, {})).find((e) => e.view.indicatorId === indicatorId);
      points.push({ asOf: at, value: found?.actual ? formatPoints(found.actual) : null });
      if (at === asOf) break;
    }
    return points;
  }
}

export function rasterise(option: Record<string, unknown>): Buffer {
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption({ backgroundColor: '#ffffff', textStyle: { fontFamily: FONT }, ...option });
    const svg = chart.renderToSVGString();
    return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: FONT }, fitTo: { mode: 'width', value: WIDTH } }).render().asPng();
  } finally {
    chart.dispose();
  }
}
