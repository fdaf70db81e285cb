import { Money, PROCUREMENT_CATEGORIES } from '@app/domain';
import { PROCUREMENT_SOURCES } from '@app/budget-import';
import type { ProcurementView } from '../../procurement/get-procurement/procurement-view';
import { ExportContext, headerBlock } from '../export-context';
import { amountIn } from '../sheet/amounts';
import { wanYuanNote } from '../sheet/execution-cells';
import { Cell, Sheet, SheetRow, decimal, text } from '../sheet/sheet';

/** 表九's funding-source columns as printed (the document's keys, with 收入 where the table says it). */
const SOURCE_HEADERS: Readonly<Record<string, string>> = {
  上年结转结余资金: '上年结转结余资金', 一般公共预算拨款: '一般公共预算拨款收入', 政府性基金预算拨款: '政府性基金预算拨款收入',
  国有资本经营预算拨款: '国有资本经营预算拨款收入', 财政专户管理资金: '财政专户管理资金收入', 事业收入: '事业收入', 上级补助收入: '上级补助收入',
  附属单位上缴收入: '附属单位上缴收入', 事业单位经营收入: '事业单位经营收入', 其他收入: '其他收入',
};

const rate = (executed: string, budget: string) => (new Money(budget).lte(0) ? null : new Money(executed).div(budget).mul(100).toFixed(2, Money.ROUND_HALF_UP));

/**
 * 表九 政府采购预算明细表 with execution: 合计, then each 品目 (A 货物, B 工程, C 服务) that has a budget or payments, and
 * under it the project items; 总计 and the funding-source columns as printed (empty where nothing), then 已支出, 可用余额
 * and 执行率. Procurement paid with no budget (warn policy) is listed under its 品目.
 */
export function table9Sheet(ctx: ExportContext, v: ProcurementView): Sheet {
  const amount = amountIn(ctx.amountUnit);
  const nonZero = (s: string | undefined) => (s === undefined || new Money(s).eq(0) ? null : amount(s));
  const sources = (by: Readonly<Record<string, string>>): Cell[] => PROCUREMENT_SOURCES.map((k) => nonZero(by[k]));
  const addUp = (items: ProcurementView['items']) => Object.fromEntries(PROCUREMENT_SOURCES.map((k) =>
    [k, items.reduce((s: Money, i) => s.plus(i.fundingSources[k] ?? '0'), new Money(0)).toFixed(2)]));
  const figures = (f: { budget: string; executed: string; remaining: string }): Cell[] => [amount(f.executed), amount(f.remaining), decimal(rate(f.executed, f.budget))];
  const body: SheetRow[] = [];
  for (const c of PROCUREMENT_CATEGORIES) {
    const cat = v.byCategory.find((x) => x.category === c)!;
    const items = v.items.filter((i) => i.category === c);
    const loose = v.unbudgeted.filter((u) => u.category === c);
    if (new Money(cat.budget).eq(0) && new Money(cat.executed).eq(0)) continue;
    body.push({ style: 'group', cells: [text(cat.letter), text(cat.name), amount(cat.budget), ...sources(addUp(items)), ...figures(cat)] });
    for (const i of items) {
      body.push({ indent: 1, cells: [text(i.project ?? i.lineId), text(`${i.projectName ?? i.lineId}·${i.name}`), amount(i.budget), ...sources(i.fundingSources), ...figures(i)] });
    }
    for (const u of loose) {
      body.push({ indent: 1, cells: [text(u.lineId), text('（无政府采购预算）'), null, ...sources({}), amount(u.executed), null, null] });
    }
  }
  const looseOther = v.unbudgeted.filter((u) => !(PROCUREMENT_CATEGORIES as readonly string[]).includes(u.category));
  for (const u of looseOther) body.push({ cells: [text(u.lineId), text('（无政府采购预算，未注明品目）'), null, ...sources({}), amount(u.executed), null, null] });
  const sourceHeaders = PROCUREMENT_SOURCES.map((k) => SOURCE_HEADERS[k]);
  return {
    name: '表九 政府采购',
    title: `表九 ${ctx.department.name}政府采购预算明细表（执行情况）`,
    info: headerBlock(ctx),
    columns: [10, 44, 14, ...sourceHeaders.map(() => 14), 14, 14, 10].map((width, i) => ({ width, ...(i === 1 ? { names: true } : {}) })),
    header: [
      ['项目编号', '项目', '预算数', ...sourceHeaders.map(() => ''), '执行情况', '', ''],
      ['', '', '总计', ...sourceHeaders, '已支出', '可用余额', '执行率(%)'],
    ],
    headerMerges: [
      { row: 0, col: 0, rows: 2, cols: 1 }, { row: 0, col: 1, rows: 2, cols: 1 },
      { row: 0, col: 2, rows: 1, cols: 1 + sourceHeaders.length }, { row: 0, col: 3 + sourceHeaders.length, rows: 1, cols: 3 },
    ],
    rows: [
      { style: 'total', span: 2, cells: [text('合计'), null, amount(v.total.budget), ...sources(addUp(v.items)), ...figures(v.total)] },
      ...body,
    ],
    notes: [
      '已支出 = 标注为政府采购的支付（或政府采购专用指标上的全部支付），已扣除冲销；可用余额 = 预算数 − 已支出。',
      `超出政府采购预算的支付：${v.policy === 'warn' ? '允许并记录预警' : '拒绝（默认）'}。`,
      ...wanYuanNote(ctx.amountUnit),
    ],
  };
}
