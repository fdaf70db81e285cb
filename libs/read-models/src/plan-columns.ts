import { Money, SpendingPlanSettings, DEFAULT_SPENDING_PLAN_SETTINGS, executionLight, formatPoints } from '@app/domain';
import { fenToYuan, yuanToFen } from './fen';
import type { PlanTotals } from './queries/plans';

/**
 * The plan columns of an execution row: 累计计划 to date, 计划执行率 = paid ÷ that plan (percent, 2 decimals, from
 * the exact 分 amounts in one division) and its light, decided on the figure as shown. A group whose plan to date is
 * not above 0 (nothing planned yet: a quarterly subsidy in January) has no rate and no light.
 */
export function planColumns(netDisbursed: string, totals: PlanTotals | undefined, settings: SpendingPlanSettings = DEFAULT_SPENDING_PLAN_SETTINGS) {
  const planned = totals?.plannedToDate ?? 0n;
  const ratio = planned > 0n ? new Money(yuanToFen(netDisbursed).toString()).mul(100).div(planned.toString()) : null;
  return {
    plannedToDate: fenToYuan(planned),
    planExecutionRate: ratio === null ? null : formatPoints(ratio),
    planLight: ratio === null ? null : executionLight(ratio, settings.light),
    /** lines of the group with a filed plan in force (the others are measured against their default profile) */
    planFiled: totals?.filed ?? 0,
    /** of those, plans that no longer add up to the appropriation (计划待调整) */
    planNeedsRevision: totals?.needsRevision ?? 0,
  };
}

/** 计划进度: the cumulative plan as a share of the appropriation (percent, 2 decimals), the curve's third series. */
export function planProgress(plannedToDate: bigint, appropriated: string): string | null {
  const a = yuanToFen(appropriated);
  return a > 0n ? formatPoints(new Money(plannedToDate.toString()).mul(100).div(a.toString())) : null;
}

