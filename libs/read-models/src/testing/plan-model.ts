import {
  type AppropriationEvent, type DomainEvent, type EffectivePlan, type Fen, type LineAttributes, type LinePlanState, type SpendingPlanSettings,
  effectivePlan, evolveLine, initialLineState, type LineState, plannedToDate, profileWeights, revisionInForce,
} from '@app/domain';

/** A line's plan as the domain folds it: the reference the plan read model is checked against. */
export interface ModelPlan {
  readonly attributes: LineAttributes;
  readonly plan: EffectivePlan;
  readonly state: LinePlanState;
  readonly filed: boolean;
  readonly plannedToDate: Fen;
}

/**
 * Every line established on `asOf`, folded with the domain's own evolveLine from the events effective on or before it
 * (in recorded order), and its plan by the domain's effectivePlan: the revision in force then, or the default profile.
 */
export function plansAsOf(events: readonly DomainEvent[], asOf: string, settings: SpendingPlanSettings): Map<string, ModelPlan> {
  const states = new Map<string, LineState>();
  for (const event of events) {
    const lineId = (event.data as { lineId?: string }).lineId;
    if (lineId === undefined || event.effectiveDate > asOf || !isLineEvent(event.type)) continue;
    states.set(lineId, evolveLine(states.get(lineId) ?? initialLineState(), event as AppropriationEvent));
  }
  const out = new Map<string, ModelPlan>();
  for (const [lineId, state] of states) {
    if (state.status !== 'open') continue;
    const filed = revisionInForce(state.plan, asOf);
    const plan = effectivePlan({ weights: profileWeights(state.attributes, settings), appropriatedByMonth: state.plan.appropriatedByMonth, filed });
    out.set(lineId, { attributes: state.attributes, plan, state: state.plan, filed: filed !== null, plannedToDate: plannedToDate(plan.months, asOf) });
  }
  return out;
}

const isLineEvent = (type: string) => type.startsWith('Appropriation') || type.startsWith('Disbursement') || type.startsWith('FundAdvance')
  || type === 'SpendingPlanFiled.v1' || type === 'PlanExceededWarned.v1' || type.startsWith('Overspend');
