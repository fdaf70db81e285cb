import { Money, sum, toYuanString } from '@app/domain';
import { FinalAccountsRow } from '@app/read-models';
import { ExportContext, headerBlock } from '../export-context';
import { amountIn } from '../sheet/amounts';
import { wanYuanNote } from '../sheet/execution-cells';
import { Cell, Sheet, SheetRow, decimal, text } from '../sheet/sheet';

type Amounts = Pick<FinalAccountsRow, 'appropriated' | 'disbursed' | 'carriedForward' | 'lapsed'>;

/** What a 决算 table says of the close above the header rows. */
export interface CloseInfo { readonly closedOn: string | null; readonly closedBy: string | null; readonly early: boolean; readonly asOf: string | null }

function info(ctx: ExportContext, close: CloseInfo): string[] {
  const block = headerBlock(ctx).filter((l) => !l.startsWith('预算年度'));
  return [
    ...block.slice(0, 1),
    `预算年度：${ctx.fiscalYear}　决算（${close.closedOn ?? ''} 结账，结账人 ${close.closedBy ?? ''}${close.early ? '；提前结账，数据截至 ' + (close.asOf ?? '') : ''}）`,
    ...block.slice(1),
  ];
}

/** One line of 收入支出决算总表: a label and an amount (the 总计 rows are styled as totals). */
interface Item { readonly label: string; readonly amount: string | null; readonly total?: boolean }

/**
 * 收入支出决算总表 (决算01): 收入 — 本年收入 by funding source, 年初结转和结余 (the 上年结转 lines) — beside 支出 — 本年支出
 * by functional 类, 年末结转和结余 split into 结转下年 and 结余 — each side adding up to the same 总计: the year's
 * appropriation = its spending + 结转 + 结余, to the cent.
 */
export function finalSummarySheet(ctx: ExportContext, close: CloseInfo, bySource: readonly FinalAccountsRow[], byClass: readonly FinalAccountsRow[],
  total: Amounts, carriedSource: string): Sheet {
  const amount = amountIn(ctx.amountUnit);
  const own = bySource.filter((r) => r.key !== carriedSource);
  const carriedIn = bySource.find((r) => r.key === carriedSource);
  const income: Item[] = [
    { label: '一、本年收入', amount: toYuanString(sum(own.map((r) => new Money(r.appropriated)))) },
    ...own.map((r, i) => ({ label: `　（${CHINESE[i] ?? i + 1}）${r.name}`, amount: r.appropriated })),
    { label: '二、年初结转和结余', amount: carriedIn?.appropriated ?? '0.00' },
  ];
  const unspent = toYuanString(new Money(total.carriedForward).plus(total.lapsed));
  const expense: Item[] = [
    { label: '一、本年支出', amount: total.disbursed },
    ...byClass.map((r, i) => ({ label: `　（${CHINESE[i] ?? i + 1}）${r.key} ${r.name}`, amount: r.disbursed })),
    { label: '二、年末结转和结余', amount: unspent },
    { label: '　（一）结转下年', amount: total.carriedForward },
    { label: '　（二）结余（交回）', amount: total.lapsed },
  ];
  const height = Math.max(income.length, expense.length);
  const rows: SheetRow[] = Array.from({ length: height }, (_, i) => ({
    cells: [...pair(income[i], amount), ...pair(expense[i], amount)],
  }));
  rows.push({ style: 'total', cells: [text('收入总计'), amount(total.appropriated), text('支出总计'), amount(total.appropriated)] });
  return {
    name: '收入支出决算总表',
    title: `${ctx.department.name}${ctx.fiscalYear}年度收入支出决算总表`,
    info: info(ctx, close),
    columns: [{ width: 40, names: true }, { width: 18 }, { width: 44, names: true }, { width: 18 }],
    header: [['收入', '', '支出', ''], ['项目', '决算数', '项目', '决算数']],
    headerMerges: [{ row: 0, col: 0, rows: 1, cols: 2 }, { row: 0, col: 2, rows: 1, cols: 2 }],
    rows,
    notes: [
      '本年收入：本年预算指标（调整后，含追加、调减、调剂）；年初结转和结余：上年年终结账结转至本年的预算指标（资金来源“上年结转”）。',
      '本年支出已扣除冲销；年末结转和结余 = 收入总计 − 本年支出，按结账规则分为结转下年与结余（周转金未收回垫付随资金结转）。',
      ...wanYuanNote(ctx.amountUnit),
    ],
  };
}

const CHINESE = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

function pair(item: Item | undefined, amount: (v: string | null | undefined) => Cell): Cell[] {
  return item ? [text(item.label), amount(item.amount)] : [null, null];
}

/** One 功能分类 row of 支出决算表 with its spending split into 基本支出 and 项目支出. */
export interface FinalFunctionalRow {
  readonly code: string;
  readonly name: string;
  readonly total: FinalAccountsRow;
  readonly basic: FinalAccountsRow | null;
  readonly project: FinalAccountsRow | null;
}

const indentOf = (code: string) => (code.length <= 3 ? 0 : code.length <= 5 ? 1 : 2);

/**
 * 支出决算表 by functional classification: 调整后预算, 本年支出 (合计 / 基本支出 / 项目支出, net of 冲销), 年末结转, 年末结余
 * and the final 执行率, for 合计 and every 类, 款 and 项 in code order.
 */
export function finalFunctionalSheet(ctx: ExportContext, close: CloseInfo, total: FunctionalTotal, rows: readonly FinalFunctionalRow[],
  rate: (r: Amounts) => string | null): Sheet {
  const amount = amountIn(ctx.amountUnit);
  const line = (r: FunctionalTotal, first: Cell[], extra: Partial<SheetRow>): SheetRow => ({
    ...extra,
    cells: [
      ...first, amount(r.total.appropriated), amount(r.total.disbursed), amount(r.basic?.disbursed), amount(r.project?.disbursed),
      amount(r.total.carriedForward), amount(r.total.lapsed), decimal(rate(r.total)),
    ],
  });
  return {
    name: '支出决算表（功能分类）',
    title: `${ctx.department.name}${ctx.fiscalYear}年度支出决算表（按功能分类）`,
    info: info(ctx, close),
    columns: [12, 36, 16, 16, 16, 16, 16, 16, 10].map((width, i) => ({ width, ...(i === 1 ? { names: true } : {}) })),
    header: [
      ['科目编码', '科目名称', '调整后预算', '本年支出', '', '', '年末结转', '年末结余', '执行率(%)'],
      ['', '', '', '合计', '基本支出', '项目支出', '', '', ''],
    ],
    headerMerges: [
      { row: 0, col: 0, rows: 2, cols: 1 }, { row: 0, col: 1, rows: 2, cols: 1 }, { row: 0, col: 2, rows: 2, cols: 1 },
      { row: 0, col: 3, rows: 1, cols: 3 }, { row: 0, col: 6, rows: 2, cols: 1 }, { row: 0, col: 7, rows: 2, cols: 1 }, { row: 0, col: 8, rows: 2, cols: 1 },
    ],
    rows: [
      line(total, [text('合计'), null], { style: 'total', span: 2 }),
      ...rows.map((r) => line(r, [text(r.code), text(r.name)], { indent: indentOf(r.code) })),
    ],
    notes: ['本年支出已扣除冲销；调整后预算 = 本年支出 + 年末结转 + 年末结余（超支的“允许超支”指标结余为负）；执行率 = 本年支出 ÷ 调整后预算。', ...wanYuanNote(ctx.amountUnit)],
  };
}

export type FunctionalTotal = Omit<FinalFunctionalRow, 'code' | 'name'>;

/** Merges the three levels into 类, 款, 项 rows in code order. */
export function finalFunctionalRows(levels: readonly { all: readonly FinalAccountsRow[]; basic: readonly FinalAccountsRow[]; project: readonly FinalAccountsRow[] }[]): FinalFunctionalRow[] {
  return levels.flatMap((level) => {
    const basic = new Map(level.basic.map((r) => [r.key, r]));
    const project = new Map(level.project.map((r) => [r.key, r]));
    return level.all.map((r) => ({ code: r.key, name: r.name, total: r, basic: basic.get(r.key) ?? null, project: project.get(r.key) ?? null }));
  }).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
