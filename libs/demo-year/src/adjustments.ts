import { LineAttributes, Money, ZERO, toYuanString } from '@app/domain';
import { wan } from './amounts';
import { dateOf, workingDay } from './calendar';
import { AdjustStep, TransferStep } from './steps';

/**
 * 追加, 调减 and 调剂 of the demo year. Each 追加 is offset by a 调减 of the same amount on a line of the same
 * type and 功能分类 项, and each 调剂 stays within one 项 and 经济分类 款: the department's total, basic and
 * project totals and every published 项 total stay exactly as imported.
 */
interface Pick { readonly project?: string; readonly unit?: string; readonly functional?: string; readonly economic?: string }

const find = (lines: readonly LineAttributes[], q: Pick) => lines.find((l) =>
  (q.project === undefined || l.project === q.project) && (q.unit === undefined || l.unit === q.unit)
  && (q.functional === undefined || l.functional === q.functional) && (q.economic === undefined || l.economic === q.economic));

const OFFSETS: readonly { readonly up: Pick; readonly down: Pick; readonly amountWan: string; readonly month: number; readonly day: number; readonly documentNo: string;
  readonly upReason: string; readonly downReason: string }[] = [
  { up: { project: 'P17' }, down: { project: 'P16' }, amountWan: '3.00', month: 5, day: 15, documentNo: '潼财社〔2023〕58号',
    upReason: '全民参保入户登记调查扩面，追加宣传资料印制经费', downReason: '标准化基地建设方案调整，调减当年预算用于全民参保扩面' },
  { up: { project: 'P27' }, down: { project: 'P24' }, amountWan: '2.00', month: 9, day: 12, documentNo: '潼财社〔2023〕103号',
    upReason: '高龄退休人员增加，追加中秋国庆慰问经费', downReason: '享受人员减少，调减生活补贴预算' },
];

const TRANSFERS: readonly { readonly from: Pick; readonly to: Pick; readonly amountWan: string; readonly month: number; readonly day: number; readonly documentNo: string; readonly reason: string }[] = [
  { from: { unit: '426004', functional: '2080150', economic: '30101' }, to: { unit: '426002', functional: '2080150', economic: '30101' },
    amountWan: '1.20', month: 7, day: 10, documentNo: '潼人社发〔2023〕41号', reason: '人员调动（仲裁院调入就业和人才中心），基本工资指标随人调剂' },
  { from: { project: 'P12' }, to: { project: 'P11' }, amountWan: '1.50', month: 10, day: 16, documentNo: '潼人社发〔2023〕77号',
    reason: '冬季根治欠薪专项行动，调剂监控预警平台结余用于治欠专项检查' },
];

export interface AdjustmentPlan {
  readonly steps: readonly (AdjustStep | TransferStep)[];
  /** net change of each line's appropriation over the year */
  readonly delta: ReadonlyMap<string, Money>;
}

export function planAdjustments(lines: readonly LineAttributes[], year: number): AdjustmentPlan {
  const steps: (AdjustStep | TransferStep)[] = [];
  const delta = new Map<string, Money>();
  const move = (lineId: string, amount: Money) => delta.set(lineId, (delta.get(lineId) ?? ZERO).plus(amount));
  for (const o of OFFSETS) {
    const up = find(lines, o.up);
    const down = find(lines, o.down);
    if (!up || !down || up.type !== down.type || up.functional !== down.functional || up.lineId === down.lineId) continue;
    const amount = wan(o.amountWan);
    const date = workingDay(dateOf(year, o.month, o.day));
    steps.push({ kind: 'decrease', key: `adjust/${down.lineId}/${date}`, date, lineId: down.lineId, amount: toYuanString(amount), reason: o.downReason, documentNo: o.documentNo });
    steps.push({ kind: 'increase', key: `adjust/${up.lineId}/${date}`, date, lineId: up.lineId, amount: toYuanString(amount), reason: o.upReason, documentNo: o.documentNo });
    move(down.lineId, amount.neg());
    move(up.lineId, amount);
  }
  for (const t of TRANSFERS) {
    const from = find(lines, t.from);
    const to = find(lines, t.to);
    if (!from || !to || from.type !== to.type || from.functional !== to.functional || from.economic !== to.economic || from.lineId === to.lineId) continue;
    const amount = wan(t.amountWan);
    const date = workingDay(dateOf(year, t.month, t.day));
    steps.push({ kind: 'transfer', key: `transfer/${from.lineId}/${to.lineId}/${date}`, date, fromLineId: from.lineId, toLineId: to.lineId, amount: toYuanString(amount), reason: t.reason, documentNo: t.documentNo });
    move(from.lineId, amount.neg());
    move(to.lineId, amount);
  }
  return { steps, delta };
}
