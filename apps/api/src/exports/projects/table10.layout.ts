import { ExecutionFigures } from '@app/read-models';
import { ExportContext, headerBlock } from '../export-context';
import { amountIn } from '../sheet/amounts';
import { ExecutionColumnsOf, executionNote, wanYuanNote } from '../sheet/execution-cells';
import { Sheet, SheetRow, decimal, light, text } from '../sheet/sheet';

type ProjectFigures = Pick<ExecutionFigures, 'initial' | 'appropriated' | 'netDisbursed' | 'balance'>;

/** One project of 表十 项目支出明细表 with its execution figures. */
export interface ProjectRow {
  readonly code: string;
  readonly name: string;
  /** 预算单位, full name as in 表十 */
  readonly unit: string;
  /** 年初特定目标 / 上级专项, with the sub-column (人员性, 提前下达专项 …) */
  readonly category: string;
  readonly figures: ProjectFigures;
}

const HEADER = ['序号', '预算单位', '项目编码', '项目名称', '项目类别', '年初预算', '调整后预算', '支出', '可用余额', '执行率(%)', '序时进度(%)', '进度差(百分点)', '亮灯'];
const WIDTHS = [6, 30, 10, 44, 22, 16, 16, 16, 16, 10, 10, 12, 6];

/**
 * 表十 项目支出明细表 with execution: the projects in 表十 order, 年初预算 and 调整后预算 (after 追加/调减/调剂),
 * 支出 net of reversals, balance, 执行率, 序时进度, the lag behind it in points and the light; 合计 first.
 */
export function table10Sheet(ctx: ExportContext, total: ProjectFigures, projects: readonly ProjectRow[], columns: ExecutionColumnsOf,
  thresholds: { red: string; yellow: string }): Sheet {
  const amount = amountIn(ctx.amountUnit);
  const figures = (f: ProjectFigures) => {
    const c = columns(f);
    return [amount(f.initial), amount(f.appropriated), amount(f.netDisbursed), amount(f.balance),
      decimal(c.executionRate), decimal(c.timeProgress), decimal(c.lagPoints), light(c.light)];
  };
  const body: SheetRow[] = projects.map((p, i) => ({
    cells: [text(String(i + 1)), text(p.unit), text(p.code), text(p.name), text(p.category), ...figures(p.figures)],
  }));
  return {
    name: '表十 项目支出执行',
    title: `表十 ${ctx.department.name}项目支出明细表（执行情况）`,
    info: headerBlock(ctx),
    columns: WIDTHS.map((width) => ({ width })),
    header: [HEADER],
    headerMerges: [],
    rows: [{ cells: [text('合计'), null, null, null, null, ...figures(total)], style: 'total', span: 5 }, ...body],
    notes: [executionNote(thresholds), '进度差 = 序时进度 − 执行率（百分点），为正表示落后于序时进度。', ...wanYuanNote(ctx.amountUnit)],
  };
}
