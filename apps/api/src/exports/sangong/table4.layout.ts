import { Money } from '@app/domain';
import type { SanGongOverview } from '../../sangong/get-sangong-overview/sangong-overview';
import { ExportContext, headerBlock } from '../export-context';
import { amountIn } from '../sheet/amounts';
import { wanYuanNote } from '../sheet/execution-cells';
import { Cell, Merge, Sheet, SheetRow, decimal, text } from '../sheet/sheet';

type Amounts = Readonly<Record<string, string | null>>;

/** 表四's six columns of one block: 总计, 因公出国（境）, 公务用车购置及运行费 小计 / 购置 / 运行维护, 公务接待费. */
function block(a: Amounts | null, amount: (v: string | null | undefined) => Cell): Cell[] {
  if (a === null) return [null, null, null, null, null, null];
  const has = (k: string) => a[k] !== null && a[k] !== undefined;
  const sum = (keys: string[]) => (keys.every((k) => !has(k)) ? null : keys.reduce((s: Money, k) => s.plus(a[k] ?? '0'), new Money(0)).toFixed(2));
  return [
    amount(sum(['abroad', 'vehicle_purchase', 'vehicle_operation', 'reception'])), amount(a.abroad), amount(sum(['vehicle_purchase', 'vehicle_operation'])),
    amount(a.vehicle_purchase), amount(a.vehicle_operation), amount(a.reception),
  ];
}

const byCategory = (rows: readonly { category: string }[], f: (r: any) => string | null): Amounts => Object.fromEntries(rows.map((r) => [r.category, f(r)]));
const ratePercent = (used: string, cap: string | null) => (cap === null || new Money(cap).lte(0) ? null : new Money(used).div(cap).mul(100).toFixed(2, Money.ROUND_HALF_UP));

const SUB = ['总计', '因公出国（境）费用', '公务用车购置及运行费', '', '', '公务接待费'];
const SUB2 = ['', '', '小计', '公务用车购置', '公务用车运行维护费', ''];

/**
 * 表四 一般公共预算支出“三公”经费预算表 with execution: the prior year's 预算数 and this year's as 表四 prints them, then
 * 执行数 (paid on or before asOf, net of 冲销) and 可用余额 in the same six columns, and the 执行率 of the total; the
 * department first, then each unit with caps of its own or 三公 payments; 机关运行经费 last, in the 总计 columns.
 */
export function table4Sheet(ctx: ExportContext, department: { code: string; name: string }, o: SanGongOverview): Sheet {
  const amount = amountIn(ctx.amountUnit);
  const prior = o.priorYear?.fiscalYear ?? ctx.fiscalYear - 1;
  const row = (code: string, name: string, priorYear: Amounts | null, rows: SanGongOverview['rows'], extra: Partial<SheetRow> = {}): SheetRow => {
    const caps = byCategory(rows, (r) => r.cap);
    const total = (f: (r: SanGongOverview['rows'][number]) => string | null) => rows.every((r) => f(r) === null) ? null : rows.reduce((s: Money, r) => s.plus(f(r) ?? '0'), new Money(0)).toFixed(2);
    return {
      ...extra,
      cells: [text(code), text(name), ...block(priorYear, amount), ...block(caps, amount), ...block(byCategory(rows, (r) => r.used), amount),
        ...block(byCategory(rows, (r) => r.remaining), amount), decimal(ratePercent(total((r) => r.used) ?? '0', total((r) => r.cap)))],
    };
  };
  const a = o.agencyOperating;
  const agency: SheetRow[] = a ? [{
    cells: [null, text('机关运行经费'), amount(a.priorYear), null, null, null, null, null, amount(a.amount), null, null, null, null, null,
      amount(a.executed), null, null, null, null, null, amount(new Money(a.amount).minus(a.executed).toFixed(2)), null, null, null, null, null,
      decimal(ratePercent(a.executed, a.amount))],
  }] : [];
  const header0 = ['部门编码', '部门名称', `${prior}年预算数`, '', '', '', '', '', `${ctx.fiscalYear}年预算数`, '', '', '', '', '',
    `${ctx.fiscalYear}年执行数（截至 ${ctx.asOf}）`, '', '', '', '', '', '可用余额', '', '', '', '', '', '执行率(%)'];
  const merges: Merge[] = [{ row: 0, col: 0, rows: 3, cols: 1 }, { row: 0, col: 1, rows: 3, cols: 1 }, { row: 0, col: 26, rows: 3, cols: 1 }];
  for (const start of [2, 8, 14, 20]) {
    merges.push({ row: 0, col: start, rows: 1, cols: 6 }, { row: 1, col: start, rows: 2, cols: 1 }, { row: 1, col: start + 1, rows: 2, cols: 1 },
      { row: 1, col: start + 2, rows: 1, cols: 3 }, { row: 1, col: start + 5, rows: 2, cols: 1 });
  }
  const priorAmounts = o.priorYear ? byCategory(o.priorYear.rows, (r) => r.amount) : null;
  return {
    name: '表四 三公经费',
    title: `表四 ${ctx.department.name}一般公共预算支出“三公”经费预算表（执行情况）`,
    info: headerBlock(ctx),
    columns: [10, 24, ...Array(24).fill(13), 10].map((width, i) => ({ width, ...(i === 1 ? { names: true } : {}) })),
    header: [header0, ['', '', ...SUB, ...SUB, ...SUB, ...SUB, ''], ['', '', ...SUB2, ...SUB2, ...SUB2, ...SUB2, '']],
    headerMerges: merges,
    rows: [
      row(department.code, department.name, ctx.units === 'all' ? priorAmounts : null, o.rows, { style: 'total' }),
      ...o.units.map((u) => row(u.unit, u.name, null, u.rows)),
      ...agency,
    ],
    notes: [
      '执行数 = 该类别三公经费支付（已扣除冲销），按经济科目 30211/30217/30231/31013 或支付时标注的三公类别归集；可用余额 = 预算数 − 执行数。',
      '单位行：有单独预算数的单位列其预算数，其余单位仅列执行数（受部门预算数控制）。',
      ...(a ? [`机关运行经费：${a.functional.join('、')} 科目下基本支出日常公用经费指标的预算与支出。`] : []),
      ...wanYuanNote(ctx.amountUnit),
    ],
  };
}
