import { scorecard } from '../../indicators/get-scorecard/scorecard';
import { ExportContext, headerBlock } from '../export-context';
import { Cell, Sheet, SheetRow, decimal, light, plain, text } from '../sheet/sheet';

/** A project's 绩效自评 as the scorecard endpoint computes it. */
export type Scorecard = ReturnType<typeof scorecard>;

export interface ProjectScorecard {
  readonly code: string;
  readonly name: string;
  /** 实施单位 */
  readonly unit: string;
  readonly card: Scorecard;
}

const HEADER = ['项目编码', '项目名称', '实施单位', '一级指标', '二级指标', '三级指标', '指标值', '指标性质', '度量单位', '权重',
  '实际完成值', '完成率(%)', '序时目标值', '亮灯', '得分', '自评等级', '偏差原因'];
const WIDTHS = [10, 36, 24, 12, 16, 32, 10, 8, 8, 6, 12, 10, 12, 6, 8, 8, 40];

/**
 * 表十二 绩效目标 with monitoring and self-evaluation: per project, its indicators as printed on the form
 * (一级/二级/三级指标, 指标值, 指标性质, 度量单位, 权重) with the actual, completion, expected-by-now, light,
 * points and 偏差原因; then the 预算执行率 row (the form's other 10 points) and a 自评合计 row with the score,
 * grade (优/良/中/差) and goal light (the worst indicator light).
 */
export function table12Sheet(ctx: ExportContext, projects: readonly ProjectScorecard[]): Sheet {
  return {
    name: '表十二 绩效目标执行',
    title: `表十二 ${ctx.fiscalYear} 年区级预算绩效目标执行监控及自评表`,
    info: headerBlock(ctx).map((line) => (line.startsWith('单位：') ? `${line}（金额类指标按表内度量单位）` : line)),
    columns: WIDTHS.map((width) => ({ width })),
    header: [HEADER],
    headerMerges: [],
    rows: projects.flatMap(projectRows),
    notes: [
      '亮灯：累计类指标按 实际 ÷ (指标值 × 序时进度) 判定，时点类指标按 实际 ÷ 指标值 判定，反向指标（≤）超出即红，定性指标按评定等级；未填报不亮灯。',
      '自评得分 = 预算执行率得分（10 分）+ 各指标得分（权重合计 90）；等级：优 ≥ 90，良 80–89，中 60–79，差 < 60。',
    ],
  };
}

function projectRows(p: ProjectScorecard): SheetRow[] {
  const id: Cell[] = [text(p.code), text(p.name), text(p.unit)];
  const card = p.card;
  const indicators = card.indicators.map((i): SheetRow => ({
    cells: [
      ...id, text(i.level1), text(i.level2), text(i.name),
      i.comparator === 'qualitative' ? null : plain(i.target), text(i.comparatorSymbol), text(i.measureUnit), plain(i.weight),
      i.comparator === 'qualitative' ? text(i.grade) : plain(i.actual),
      decimal(i.completion), plain(i.expectedByNow), light(i.light, '未填报'), decimal(i.points), null, text(i.deviationReason),
    ],
  }));
  const execution: SheetRow = {
    cells: [...id, text('预算执行率'), null, text('预算执行率'), null, null, text('%'), plain(card.execution.weight),
      plain(card.execution.rate), null, null, null, decimal(card.execution.points), null, null],
  };
  const owed = card.needDeviationReason.length > 0 ? `待说明偏差原因：${card.needDeviationReason.join('、')}` : null;
  const summary: SheetRow = {
    style: 'summary',
    cells: [...id, text('自评合计'), null, null, null, null, null, plain(card.outOf), null, null, null,
      light(card.goalLight, '未填报'), decimal(card.score), text(card.grade), text(owed)],
  };
  return [...indicators, execution, summary];
}
