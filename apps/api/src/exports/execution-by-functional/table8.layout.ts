import { ExecutionRow } from '@app/read-models';
import { ExportContext, headerBlock } from '../export-context';
import { amountIn } from '../sheet/amounts';
import { ExecutionColumnsOf, Figures, executionNote, wanYuanNote } from '../sheet/execution-cells';
import { Cell, Sheet, SheetRow, decimal, light, text } from '../sheet/sheet';

/** One 功能分类 row (类/款/项) with its 总计 and its 基本支出 / 项目支出 parts (null: no such lines). */
export interface FunctionalRow {
  readonly code: string;
  readonly name: string;
  readonly total: Figures;
  readonly basic: Figures | null;
  readonly project: Figures | null;
}

/** executionTotals grouped by functional code, once for all lines and once per type, at one level. */
export interface FunctionalLevel {
  readonly all: readonly ExecutionRow[];
  readonly basic: readonly ExecutionRow[];
  readonly project: readonly ExecutionRow[];
}

/** Merges the levels into 类, 款, 项 rows in code order (a 类 precedes its 款, a 款 its 项, as in 表八). */
export function functionalRows(levels: readonly FunctionalLevel[]): FunctionalRow[] {
  const rows = levels.flatMap((level) => {
    const basic = new Map(level.basic.map((r) => [r.key, r]));
    const project = new Map(level.project.map((r) => [r.key, r]));
    return level.all.map((r) => ({ code: r.key, name: r.name, total: r, basic: basic.get(r.key) ?? null, project: project.get(r.key) ?? null }));
  });
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** 类 3 digits, 款 5, 项 7: the indentation of the name. */
const indentOf = (code: string) => (code.length <= 3 ? 0 : code.length <= 5 ? 1 : 2);

const WIDTHS = [12, 36, 16, 16, 16, 16, 16, 16, 10, 10, 10, 10, 6];

/** 其中：上年结转 by code (and `合计`): the lines a year-end close carried into the year; omitted when there are none. */
export type CarriedColumns = ReadonlyMap<string, Figures>;

/**
 * 表八 部门支出总表 with execution: 科目编码, 科目名称, then 调整后预算 / 支出 / 执行率 each split into
 * 总计 / 基本支出 / 项目支出, then 序时进度 and the light of the 总计 column; the 合计 row first, as printed.
 */
export function table8Sheet(ctx: ExportContext, total: { total: Figures; basic: Figures | null; project: Figures | null },
  rows: readonly FunctionalRow[], columns: ExecutionColumnsOf, thresholds: { red: string; yellow: string }, carried?: CarriedColumns): Sheet {
  const amount = amountIn(ctx.amountUnit);
  const carriedCells = (key: string): Cell[] => (carried ? [amount(carried.get(key)?.appropriated), amount(carried.get(key)?.netDisbursed)] : []);
  const line = (r: Omit<FunctionalRow, 'code' | 'name'>, first: Cell[], extra: Partial<SheetRow>, key: string): SheetRow => {
    const all = columns(r.total);
    const rate = (f: Figures | null) => (f === null ? null : decimal(columns(f).executionRate));
    return {
      ...extra,
      cells: [
        ...first,
        amount(r.total.appropriated), amount(r.basic?.appropriated), amount(r.project?.appropriated),
        amount(r.total.netDisbursed), amount(r.basic?.netDisbursed), amount(r.project?.netDisbursed),
        decimal(all.executionRate), rate(r.basic), rate(r.project),
        decimal(all.timeProgress), light(all.light), ...carriedCells(key),
      ],
    };
  };
  return {
    name: '表八 部门支出执行',
    title: `表八 ${ctx.department.name}部门支出总表（执行情况）`,
    info: headerBlock(ctx),
    columns: [...WIDTHS, ...(carried ? [16, 16] : [])].map((width, i) => ({ width, ...(i === 1 ? { names: true } : {}) })),
    header: [
      ['科目编码', '科目名称', '调整后预算', '', '', '支出', '', '', '执行率(%)', '', '', '序时进度(%)', '亮灯', ...(carried ? ['其中：上年结转', ''] : [])],
      ['', '', '总计', '基本支出', '项目支出', '总计', '基本支出', '项目支出', '总计', '基本支出', '项目支出', '', '', ...(carried ? ['调整后预算', '支出'] : [])],
    ],
    headerMerges: [
      { row: 0, col: 0, rows: 2, cols: 1 }, { row: 0, col: 1, rows: 2, cols: 1 },
      { row: 0, col: 2, rows: 1, cols: 3 }, { row: 0, col: 5, rows: 1, cols: 3 }, { row: 0, col: 8, rows: 1, cols: 3 },
      { row: 0, col: 11, rows: 2, cols: 1 }, { row: 0, col: 12, rows: 2, cols: 1 }, ...(carried ? [{ row: 0, col: 13, rows: 1, cols: 2 }] : []),
    ],
    rows: [
      line(total, [text('合计'), null], { style: 'total', span: 2 }, '合计'),
      ...rows.map((r) => line(r, [text(r.code), text(r.name)], { indent: indentOf(r.code) }, r.code)),
    ],
    notes: [executionNote(thresholds), '空白：该科目无此类支出的预算指标。',
      ...(carried ? ['其中：上年结转 为上年年终结账结转至本年的预算指标（资金来源“上年结转”）及其支出，已含在总计中。'] : []), ...wanYuanNote(ctx.amountUnit)],
  };
}
