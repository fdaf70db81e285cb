import { Money, sum, toYuanString } from '@app/domain';
import { ExecutionRow } from '@app/read-models';
import { ExportContext, headerBlock } from '../export-context';
import { amountIn } from '../sheet/amounts';
import { wanYuanNote } from '../sheet/execution-cells';
import { Cell, Sheet, SheetRow, text } from '../sheet/sheet';

const CHINESE = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 表一's figures: this year's appropriation by source, 上年结转 by the source it came from, spending by 类. */
export interface Table1Input {
  /** lines funded this year, by 资金来源 */
  readonly ownBySource: readonly ExecutionRow[];
  /** 上年结转 lines, by the 资金来源 of the line they carry */
  readonly carriedBySource: readonly { readonly source: string; readonly appropriated: string; readonly netDisbursed: string }[];
  readonly carriedTotal: { readonly appropriated: string; readonly netDisbursed: string };
  readonly byClass: readonly ExecutionRow[];
  readonly total: { readonly appropriated: string; readonly netDisbursed: string };
  /** 结转下年, once the year is closed */
  readonly carriedOut: string | null;
}

/**
 * 表一 财政拨款收支总表 with execution: 收入 — 一、本年收入 by source, 二、上年结转 by the source it was carried from —
 * beside 支出 by 类 (预算数 and 已支出 to date) and 二、结转下年 (after the close); 收入总计 = 支出总计 (预算数).
 */
export function table1Sheet(ctx: ExportContext, input: Table1Input): Sheet {
  const amount = amountIn(ctx.amountUnit);
  const income: [string, string | null][] = [
    ['一、本年收入', toYuanString(sum(input.ownBySource.map((r) => new Money(r.appropriated))))],
    ...input.ownBySource.map((r, i): [string, string] => [`　（${CHINESE[i] ?? i + 1}）${r.key}`, r.appropriated]),
    ['二、上年结转', input.carriedTotal.appropriated],
    ...input.carriedBySource.map((r, i): [string, string] => [`　（${CHINESE[i] ?? i + 1}）${r.source}`, r.appropriated]),
  ];
  const expense: [string, string | null, string | null][] = [
    ['一、本年支出', input.total.appropriated, input.total.netDisbursed],
    ...input.byClass.map((r, i): [string, string, string] => [`　（${CHINESE[i] ?? i + 1}）${r.key} ${r.name}`, r.appropriated, r.netDisbursed]),
    ['二、结转下年', input.carriedOut, null],
  ];
  const rows: SheetRow[] = Array.from({ length: Math.max(income.length, expense.length) }, (_, i) => {
    const a = income[i];
    const b = expense[i];
    const cells: Cell[] = [a ? text(a[0]) : null, a ? amount(a[1]) : null, b ? text(b[0]) : null, b ? amount(b[1]) : null, b ? amount(b[2]) : null];
    return { cells };
  });
  rows.push({ style: 'total', cells: [text('收入总计'), amount(input.total.appropriated), text('支出总计'), amount(input.total.appropriated), amount(input.total.netDisbursed)] });
  return {
    name: '表一 财政拨款收支总表',
    title: `表一 ${ctx.department.name}财政拨款收支总表（执行情况）`,
    info: headerBlock(ctx),
    columns: [{ width: 36, names: true }, { width: 18 }, { width: 40, names: true }, { width: 18 }, { width: 18 }],
    header: [['收入', '', '支出', '', ''], ['项目', '预算数', '支出科目', '预算数', '已支出']],
    headerMerges: [{ row: 0, col: 0, rows: 1, cols: 2 }, { row: 0, col: 2, rows: 1, cols: 3 }],
    rows,
    notes: [
      '预算数为截至日期的调整后预算；上年结转为上年年终结账结转至本年的预算指标，按其原资金来源列示；已支出已扣除冲销。',
      '结转下年在本年度结账后列示。', ...wanYuanNote(ctx.amountUnit),
    ],
  };
}
