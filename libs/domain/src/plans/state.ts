import { BusinessDate, monthOf } from '../shared/business-date';
import { Fen, fenOf } from './effective-plan';

/** One filed plan (a revision), as the line keeps it. */
export interface PlanRevision {
  readonly revision: number;
  readonly effectiveDate: BusinessDate;
  readonly months: readonly Fen[];
}

/**
 * What a line's plan is judged with: the revisions filed (in order; each in force from its date, never before the
 * one it revises), the appropriation by effective month and the net payments by effective month (分).
 */
export interface LinePlanState {
  readonly revisions: readonly PlanRevision[];
  readonly appropriatedByMonth: readonly Fen[];
  readonly paidByMonth: readonly Fen[];
}

const TWELVE_ZEROS: readonly Fen[] = Object.freeze(Array.from({ length: 12 }, () => 0n));

export const emptyLinePlan = (): LinePlanState => ({ revisions: [], appropriatedByMonth: TWELVE_ZEROS, paidByMonth: TWELVE_ZEROS });

/** `months` with `amount` added to the month of `date`. */
export const addToMonth = (months: readonly Fen[], date: BusinessDate, amount: Fen): readonly Fen[] => {
  const next = [...months];
  next[monthOf(date) - 1] += amount;
  return next;
};

/** The plan events and the movements a plan is measured with (appropriation ±, payments ±); `signed` is the amount as it moves the figure. */
export type PlanMovement =
  | { readonly kind: 'appropriation' | 'payment'; readonly date: BusinessDate; readonly signed: string }
  | { readonly kind: 'filed'; readonly date: BusinessDate; readonly revision: number; readonly months: readonly string[] };

export function evolveLinePlan(plan: LinePlanState, m: PlanMovement): LinePlanState {
  switch (m.kind) {
    case 'appropriation': return { ...plan, appropriatedByMonth: addToMonth(plan.appropriatedByMonth, m.date, fenOf(m.signed)) };
    case 'payment': return { ...plan, paidByMonth: addToMonth(plan.paidByMonth, m.date, fenOf(m.signed)) };
    case 'filed': return { ...plan, revisions: [...plan.revisions, { revision: m.revision, effectiveDate: m.date, months: m.months.map((x) => fenOf(x)) }] };
  }
}

/** The revision in force on `date`: the last one effective on or before it (revisions are never back-dated before the one they revise). */
export function revisionInForce(plan: LinePlanState, date: BusinessDate): PlanRevision | null {
  for (let i = plan.revisions.length - 1; i >= 0; i--) if (plan.revisions[i].effectiveDate <= date) return plan.revisions[i];
  return null;
}

export const latestRevision = (plan: LinePlanState): PlanRevision | null => plan.revisions[plan.revisions.length - 1] ?? null;
