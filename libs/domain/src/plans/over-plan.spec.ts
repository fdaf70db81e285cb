import { RejectionWithRecord } from '../shared/domain-error';
import { decideLine } from '../appropriation/decide';
import { evolveLine, initialLineState } from '../appropriation/state';
import { specification } from '../testing/specification';
import { LINE, disbursed, established, increased, recordDisbursement, reversed, lookUpPayments } from '../testing/appropriation-fixtures';
import { planExceeded, planFiled } from '../testing/plan-fixtures';
import { OverPlanPolicy, spendingPlanSettings } from './settings';

const line = { initialState: initialLineState, evolve: evolveLine, decide: decideLine };
const under = (overPlanPayments: OverPlanPolicy) => specification(line, { today: '2023-12-31', spendingPlan: spendingPlanSettings({ overPlanPayments }) } as never, lookUpPayments);
const given = specification(line, undefined, lookUpPayments);

/** The plan of the fixtures: 100 a month from January to October (1000.00 on a 1000.00 line). */
describe('用款计划: a payment beyond the month\'s cumulative plan (超计划支付)', () => {
  const planned = [established(), planFiled()];
  // through June the plan is 600.00; 550.00 is paid
  const paidInJune = [...planned, disbursed('d-1', '300.00', LINE, '2023-02-10'), disbursed('d-2', '250.00', LINE, '2023-06-01')];

  describe('under the default policy (warn)', () => {
    it('records the payment and PlanExceededWarned with the month, its cumulative plan, what was paid and the excess', () => {
      const events = given(...paidInJune).when(recordDisbursement('d-3', '80.00')).thenEvents();
      expect(events.map((e) => e.type)).toEqual(['DisbursementRecorded.v1', 'PlanExceededWarned.v1']);
      expect(events[1]).toEqual(planExceeded('d-3', { month: '2023-06', plannedToDate: '600.00', paidToDate: '550.00', requested: '80.00', excess: '30.00' }));
    });

    it('records no warning for a payment within what remains', () => {
      given(...paidInJune).when(recordDisbursement('d-3', '50.00')).then([disbursed('d-3', '50.00')]);
    });

    it('a reversal gives the plan room back', () => {
      given(...paidInJune, reversed('d-2', '250.00', LINE, '2023-06-10')).when(recordDisbursement('d-3', '80.00')).then([disbursed('d-3', '80.00')]);
    });

    it('warns and records an overspend warning too when both apply (a warn line)', () => {
      const warnLine = [established({ overspendPolicy: 'warn' }), planFiled(), disbursed('d-1', '990.00', LINE, '2023-06-01')];
      const events = given(...warnLine).when(recordDisbursement('d-2', '20.00')).thenEvents();
      expect(events.map((e) => e.type)).toEqual(['DisbursementRecorded.v1', 'OverspendWarned.v1', 'PlanExceededWarned.v1']);
      expect(events[2]).toMatchObject({ data: { plannedToDate: '600.00', paidToDate: '990.00', excess: '20.00' } });
    });

    it('a payment later in the year counts the months before it', () => {
      given(...paidInJune).when(recordDisbursement('d-3', '450.00', { effectiveDate: '2023-10-31' })).then([disbursed('d-3', '450.00', LINE, '2023-10-31')]);
    });

    it('a back-dated payment is judged against its own month (payments of later months do not count)', () => {
      const events = given(...paidInJune).when(recordDisbursement('d-3', '60.00', { effectiveDate: '2023-02-20' })).thenEvents();
      expect(events[1]).toMatchObject({ type: 'PlanExceededWarned.v1', effectiveDate: '2023-02-20', data: { month: '2023-02', plannedToDate: '200.00', paidToDate: '300.00', excess: '60.00' } });
    });
  });

  describe('under the policy refuse', () => {
    it('refuses with PLAN_EXCEEDED (409) naming the month\'s cumulative plan and what remains, recording nothing', () => {
      const error = under('refuse')(...paidInJune).when(recordDisbursement('d-3', '80.00')).thenFails('PLAN_EXCEEDED', 'amount');
      expect(error.kind).toBe('conflict');
      expect(error).not.toBeInstanceOf(RejectionWithRecord);
      expect(error.details).toEqual({ month: '2023-06', plannedToDate: '600.00', paidToDate: '550.00', remaining: '50.00', requested: '80.00', excess: '30.00' });
    });

    it('records a payment of exactly what remains', () => {
      under('refuse')(...paidInJune).when(recordDisbursement('d-3', '50.00')).then([disbursed('d-3', '50.00')]);
    });

    it('a repeated voucher is still nothing new, not a refusal', () => {
      under('refuse')(...paidInJune, disbursed('d-3', '500.00')).when(recordDisbursement('d-3', '500.00')).then([]);
    });

    it('OVERSPEND_BLOCKED comes first when the line has no balance either', () => {
      under('refuse')(...paidInJune, disbursed('d-3', '450.00', LINE, '2023-10-01')).when(recordDisbursement('d-4', '1.00')).thenFails('OVERSPEND_BLOCKED', 'amount');
    });
  });

  describe('under the policy allow', () => {
    it('records the payment alone', () => {
      under('allow')(...paidInJune).when(recordDisbursement('d-3', '80.00')).then([disbursed('d-3', '80.00')]);
    });
  });

  describe('which plan', () => {
    it('a line without a filed plan is never refused or warned against its default profile', () => {
      under('refuse')(established(), disbursed('d-1', '900.00', LINE, '2023-01-10')).when(recordDisbursement('d-2', '50.00', { effectiveDate: '2023-01-20' })).then([disbursed('d-2', '50.00', LINE, '2023-01-20')]);
    });

    it('a payment dated before the first plan is not judged against it', () => {
      under('refuse')(established(), planFiled(undefined, '2023-03-01')).when(recordDisbursement('d-1', '500.00', { effectiveDate: '2023-02-15' })).thenEvents();
    });

    it('the revision in force on the payment\'s date applies', () => {
      const revised = planFiled(['300.00', '300.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '400.00'], '2023-02-01', 2);
      under('refuse')(...planned, revised).when(recordDisbursement('d-1', '550.00', { effectiveDate: '2023-02-15' })).thenEvents();
      under('refuse')(...planned, revised).when(recordDisbursement('d-1', '250.00', { effectiveDate: '2023-01-20' })).thenFails('PLAN_EXCEEDED', 'amount');
    });

    it('after a 追加 in May the difference is planned from June on (by the default profile), not in May', () => {
      // a 就业补助 line (subsidy profile, by quarter): the 700.00 goes to June, September and December (233.34, 233.33, 233.33)
      const increasedInMay = [...planned, increased('700.00', LINE, '2023-05-10'), disbursed('d-1', '600.00', LINE, '2023-05-12')];
      under('refuse')(...increasedInMay).when(recordDisbursement('d-2', '0.01', { effectiveDate: '2023-05-31' })).thenFails('PLAN_EXCEEDED', 'amount');
      const june = under('refuse')(...increasedInMay).when(recordDisbursement('d-2', '233.35', { effectiveDate: '2023-06-05' })).thenFails('PLAN_EXCEEDED', 'amount');
      expect(june.details).toMatchObject({ plannedToDate: '833.34', paidToDate: '600.00', remaining: '233.34' });
      under('refuse')(...increasedInMay).when(recordDisbursement('d-2', '233.34', { effectiveDate: '2023-06-05' })).thenEvents();
    });
  });
});
