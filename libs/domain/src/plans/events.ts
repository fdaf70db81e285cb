import { DomainEvent } from '../shared/decider';

/**
 * 用款计划: the amounts an accountant expects to pay from a line in each month of the fiscal year (元, January
 * first). The first filing is revision 1; each revision is a new event, in force from its effective date until the
 * next one (docs/spending-plans.md).
 */
export type SpendingPlanFiled = DomainEvent<'SpendingPlanFiled.v1', {
  readonly lineId: string;
  /** 1 for the first plan, then 2, 3 … */
  readonly revision: number;
  /** twelve 元 amounts, January to December; they add up to `total` */
  readonly months: readonly string[];
  /** the line's current appropriation when the plan was filed */
  readonly total: string;
  /** 调整原因 of a revision (optional) */
  readonly reason: string | null;
}>;

/**
 * 超计划支付: with the over-plan policy `warn`, a payment took the line's net payments through its month beyond the
 * cumulative plan to that month; recorded with the payment so that alerts and the audit see it.
 */
export type PlanExceededWarned = DomainEvent<'PlanExceededWarned.v1', {
  readonly lineId: string;
  readonly disbursementId: string;
  /** YYYY-MM: the payment's month */
  readonly month: string;
  /** cumulative plan through that month (元) */
  readonly plannedToDate: string;
  /** net payments through that month before this one (元) */
  readonly paidToDate: string;
  readonly requested: string;
  /** by how much the payment goes beyond the plan */
  readonly excess: string;
}>;

export type SpendingPlanEvent = SpendingPlanFiled | PlanExceededWarned;
