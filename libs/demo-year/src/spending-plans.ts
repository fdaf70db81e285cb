import { BusinessDate, LineAttributes, Money, allocate, fenOf, yuanOf } from '@app/domain';
import { dateOf, workingDay } from './calendar';
import { PaymentDraft, profileOf } from './payments';
import { FilePlanStep } from './steps';

/**
 * 用款计划 of the demo year: a few lines file a plan in the first week of January, and one revises it in June. A plan
 * is the line's own payment schedule as the unit foresaw it, scaled up to the appropriation (what the line will not pay
 * by year end was planned too), and, for a project that falls behind, foreseen `lead` months earlier than it came:
 * so the plan page and 用款计划执行滞后 show lines behind their plan, and a lumpy project on track with it while
 * 序时进度 calls it red. By construction every month's cumulative plan covers the payments through it, so no demo
 * payment goes beyond its plan whatever SPENDING_PLAN_SETTINGS.overPlanPayments says. Lines with a 追加/调减/调剂 or a
 * corrected payment are left without a plan (their plans would need revising with the adjustment).
 */
interface Pick { readonly project?: string; readonly economic?: string; readonly lead: number; readonly revise?: { readonly month: number; readonly day: number; readonly lead: number; readonly reason: string } }

const PICKS: readonly Pick[] = [
  { project: 'P01', lead: 0 }, // 仲裁员工作服: one payment in May
  { project: 'P05', lead: 0 }, // 区级表彰奖励: June and November
  { project: 'P29', lead: 1 }, // 重点电子企业用工监测: behind
  { project: 'P31', lead: 2 }, // 人力资源服务产业园规划设计: lagging badly
  { project: 'P02', lead: 2, revise: { month: 6, day: 15, lead: 0, reason: '档案数字化扫描外包合同延后签订，按新的实施进度调整用款计划' } },
  { economic: '30101', lead: 0 }, // a 基本工资 line: paid every month
];

/** Lines whose appropriation moves during the year or whose payments are corrected: not picked. */
export interface PlanExclusions { readonly adjusted: ReadonlySet<string>; readonly corrected: ReadonlySet<string> }

/** The twelve months of a plan: the line's payments by month, `lead` months earlier, spread over its appropriation to the cent. */
function monthsOf(appropriation: Money, drafts: readonly PaymentDraft[], lead: number): string[] {
  const weights = Array.from({ length: 12 }, () => 0);
  for (const d of drafts) weights[Math.max(0, Number(d.date.slice(5, 7)) - 1 - lead)] += Number(fenOf(d.amount));
  // each month gets at least its payments (the appropriation is never below what the line pays)
  return allocate(fenOf(appropriation), weights).map(yuanOf);
}

export function planSpendingPlans(lines: readonly LineAttributes[], drafts: readonly PaymentDraft[], exclude: PlanExclusions, year: number): FilePlanStep[] {
  const filed: BusinessDate = workingDay(dateOf(year, 1, 6));
  const steps: FilePlanStep[] = [];
  for (const pick of PICKS) {
    const line = lines.find((l) => !l.revolvingFund && !exclude.adjusted.has(l.lineId) && !exclude.corrected.has(l.lineId)
      && (pick.project === undefined || l.project === pick.project) && (pick.economic === undefined || l.economic === pick.economic)
      && drafts.some((d) => d.lineId === l.lineId));
    if (!line) continue;
    const own = drafts.filter((d) => d.lineId === line.lineId);
    const amount = new Money(line.amount);
    steps.push({ kind: 'filePlan', key: `plan/${line.lineId}/1`, date: filed, lineId: line.lineId, months: monthsOf(amount, own, pick.lead), reason: '年初报送用款计划' });
    if (pick.revise) {
      steps.push({
        kind: 'filePlan', key: `plan/${line.lineId}/2`, date: workingDay(dateOf(year, pick.revise.month, pick.revise.day)), lineId: line.lineId,
        months: monthsOf(amount, own, pick.revise.lead), reason: pick.revise.reason ?? profileOf(line).reason ?? '调整用款计划',
      });
    }
  }
  return steps;
}
