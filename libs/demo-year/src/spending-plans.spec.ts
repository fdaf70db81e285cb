import {
  AppropriationEvent, DomainError, LineState, Money, decideLine, evolveLine, initialLineState, monthOf, plannedThrough, revisionInForce, spendingPlanSettings,
  effectivePlan, fenOf, profileWeights,
} from '@app/domain';
import { planDemoYear } from './plan';
import { DemoStep, FilePlanStep } from './steps';
import { demoBudgetInput } from './testing/demo-budget';

const input = demoBudgetInput();
const plan = planDemoYear(input);
const filings = plan.steps.filter((s): s is FilePlanStep => s.kind === 'filePlan');
const lineOf = new Map(input.lines.map((l) => [l.lineId, l]));

/** A planned line's own steps through the line decider, refusing any payment beyond its plan (the strictest setting). */
function run(lineId: string, until = '2023-12-31'): LineState {
  const refuse = { today: '2023-12-31', spendingPlan: spendingPlanSettings({ overPlanPayments: 'refuse' }) };
  let state = evolveLine(initialLineState(), { type: 'AppropriationEstablished.v1', effectiveDate: '2023-01-01', data: lineOf.get(lineId)! });
  const apply = (events: readonly AppropriationEvent[]) => { state = events.reduce(evolveLine, state); };
  for (const s of plan.steps.filter((x: DemoStep) => 'lineId' in x && x.lineId === lineId && x.date <= until)) {
    if (s.kind === 'filePlan') apply(decideLine({ type: 'FileSpendingPlan', months: s.months, reason: s.reason, effectiveDate: s.date }, state, refuse));
    else if (s.kind === 'disburse') {
      apply(decideLine({
        type: 'RecordDisbursement', disbursementId: s.key, amount: s.amount, voucherNo: s.voucherNo, payee: s.payee, summary: s.summary,
        subsidyCategory: s.subsidyCategory, beneficiaries: s.beneficiaries, economic: s.economic, effectiveDate: s.date, onRecord: null,
      }, state, refuse));
    } else throw new Error(`a planned line has a ${s.kind} step`);
  }
  return state;
}

describe('the demo year\'s 用款计划', () => {
  it('files plans for six lines in the first week of January and revises one in June', () => {
    expect(filings.map((s) => [s.key, s.date])).toEqual([
      ...filings.filter((s) => s.key.endsWith('/1')).map((s) => [s.key, '2023-01-06']),
      [expect.stringMatching(/^plan\/426\d{3}-2023-P02\/2$/), '2023-06-15'],
    ].sort((a, b) => (String(a[1]) < String(b[1]) ? -1 : String(a[1]) > String(b[1]) ? 1 : 0)));
    const projects = filings.filter((s) => s.key.endsWith('/1')).map((s) => lineOf.get(s.lineId)!.project ?? lineOf.get(s.lineId)!.economic);
    expect(projects.sort()).toEqual(['30101', 'P01', 'P02', 'P05', 'P29', 'P31']);
  });

  it('every plan adds up, and the line decider refusing over-plan payments records every payment of the year', () => {
    for (const lineId of new Set(filings.map((s) => s.lineId))) {
      expect(() => run(lineId)).not.toThrow(DomainError);
      const state = run(lineId);
      if (state.status !== 'open') throw new Error('open line expected');
      expect(state.plan.revisions.length).toBeGreaterThan(0);
    }
  });

  it('the lumpy project paid in May is on its plan in April (nothing planned yet) while the lagging one is behind its plan in August', () => {
    const planned = (project: string, asOf: string) => {
      const lineId = filings.find((s) => lineOf.get(s.lineId)!.project === project)!.lineId;
      const state = run(lineId, asOf);
      if (state.status !== 'open') throw new Error('open line expected');
      const months = effectivePlan({ weights: profileWeights(state.attributes), appropriatedByMonth: state.plan.appropriatedByMonth, filed: revisionInForce(state.plan, asOf) }).months;
      return { planned: plannedThrough(months, monthOf(asOf)), paid: fenOf(state.disbursed) };
    };
    expect(planned('P01', '2023-04-30')).toEqual({ planned: 0n, paid: 0n });
    const p31 = planned('P31', '2023-08-31');
    expect(p31.planned > 0n && p31.paid === 0n).toBe(true);
    const p02 = planned('P02', '2023-12-31');
    expect(new Money(p02.paid.toString()).div(p02.planned.toString()).lt(0.8)).toBe(true);
  });
});
