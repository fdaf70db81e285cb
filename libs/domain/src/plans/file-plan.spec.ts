import { decideLine } from '../appropriation/decide';
import { evolveLine, initialLineState } from '../appropriation/state';
import { fold } from '../shared/decider';
import { specification } from '../testing/specification';
import { LINE, decreased, disbursed, established, increased, transferredOut } from '../testing/appropriation-fixtures';
import { TEN_MONTHS, TEN_MONTHS_STORED, fileSpendingPlan, planFiled } from '../testing/plan-fixtures';
import { revisionInForce } from './state';

const line = { initialState: initialLineState, evolve: evolveLine, decide: decideLine };
const given = specification(line);
const givenToday = (today: string) => specification(line, { today });

describe('用款计划 (spending plan) of an appropriation line: filing and revising', () => {
  describe('when the line does not exist', () => {
    it('refuses a plan with LINE_NOT_FOUND', () => {
      expect(given().when(fileSpendingPlan()).thenFails('LINE_NOT_FOUND', 'lineId').kind).toBe('not_found');
    });
  });

  describe('when the line is open with 1000.00 appropriated and no plan', () => {
    const open = established();

    it('files twelve months that add up to the appropriation, to the cent, as revision 1', () => {
      given(open).when(fileSpendingPlan(TEN_MONTHS, { reason: ' 年初报送 ' })).then([planFiled(TEN_MONTHS_STORED, '2023-01-05', 1, '1000.00', '年初报送')]);
    });

    it('accepts months of 0 and cents', () => {
      const months = ['0', '0', '333.33', '0', '0', '333.33', '0', '0', '333.34', '0', '0', '0'];
      const [event] = given(open).when(fileSpendingPlan(months)).thenEvents();
      expect(event).toMatchObject({ data: { months: ['0.00', '0.00', '333.33', '0.00', '0.00', '333.33', '0.00', '0.00', '333.34', '0.00', '0.00', '0.00'], total: '1000.00' } });
    });

    it('refuses months that do not add up with PLAN_TOTAL_MISMATCH, naming the months and the difference', () => {
      const error = given(open).when(fileSpendingPlan(['100', '100', '100', '100', '100', '100', '100', '100', '100', '99.99', '0', '0'])).thenFails('PLAN_TOTAL_MISMATCH', 'months');
      expect(error.kind).toBe('invalid');
      expect(error.details).toEqual({ total: '999.99', appropriated: '1000.00', difference: '0.01' });
    });

    it('names the difference with its sign when the months add up to more', () => {
      const months = [...TEN_MONTHS.slice(0, 11), '5'];
      expect(given(open).when(fileSpendingPlan(months)).thenFails('PLAN_TOTAL_MISMATCH', 'months').details).toMatchObject({ total: '1005.00', difference: '-5.00' });
    });

    it.each([
      [11, TEN_MONTHS.slice(0, 11)], [13, [...TEN_MONTHS, '0']], [0, []],
    ])('refuses %i months with PLAN_MONTHS_COUNT', (given_, months) => {
      const error = given(open).when(fileSpendingPlan(months)).thenFails('PLAN_MONTHS_COUNT', 'months');
      expect(error.details).toEqual({ expected: 12, given: given_ });
    });

    it.each([
      ['-100', 'AMOUNT_NEGATIVE'], ['100.001', 'AMOUNT_TOO_MANY_DECIMALS'], ['1e2', 'AMOUNT_NOT_A_DECIMAL_STRING'], ['', 'AMOUNT_NOT_A_DECIMAL_STRING'],
      [100, 'AMOUNT_NOT_A_DECIMAL_STRING'], [null, 'AMOUNT_NOT_A_DECIMAL_STRING'], ['2000000000000', 'AMOUNT_TOO_LARGE'],
    ])('refuses April written %j with %s, naming months.3', (april, code) => {
      const months = [...TEN_MONTHS];
      months[3] = april as string;
      given(open).when(fileSpendingPlan(months)).thenFails(code, 'months.3');
    });

    it('refuses a date outside the fiscal year or after today', () => {
      given(open).when(fileSpendingPlan(TEN_MONTHS, { effectiveDate: '2024-01-01' })).thenFails('DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate');
      givenToday('2023-01-04')(open).when(fileSpendingPlan()).thenFails('DATE_IN_FUTURE', 'effectiveDate');
      given(open).when(fileSpendingPlan(TEN_MONTHS, { effectiveDate: '2023-02-30' })).thenFails('INVALID_DATE', 'effectiveDate');
    });

    it('refuses a reason longer than 500 characters', () => {
      given(open).when(fileSpendingPlan(TEN_MONTHS, { reason: '调'.repeat(501) })).thenFails('TOO_LONG', 'reason');
    });
  });

  describe('when the line is closed for spending (all its appropriation transferred away)', () => {
    it('refuses a plan with LINE_HAS_NO_APPROPRIATION (409), even one of twelve zeros', () => {
      const closed = [established(), transferredOut('t-1', '1000.00')];
      const error = given(...closed).when(fileSpendingPlan(Array(12).fill('0'))).thenFails('LINE_HAS_NO_APPROPRIATION', 'lineId');
      expect(error.kind).toBe('conflict');
    });
  });

  describe('when the line has a plan (revision 1 from 5 January)', () => {
    const planned = [established(), planFiled()];
    const revised = ['50', '50', '100', '100', '100', '100', '100', '100', '100', '100', '50', '50'];

    it('records a revision as a new event, revision 2, in force from its date', () => {
      const [event] = given(...planned).when(fileSpendingPlan(revised, { effectiveDate: '2023-06-20', reason: '项目进度调整' })).thenEvents();
      expect(event).toMatchObject({ type: 'SpendingPlanFiled.v1', effectiveDate: '2023-06-20', data: { revision: 2, total: '1000.00', reason: '项目进度调整' } });
    });

    it('records nothing when the same months are filed again (a retried PUT)', () => {
      given(...planned).when(fileSpendingPlan(TEN_MONTHS, { effectiveDate: '2023-03-01' })).then([]);
    });

    it('refuses a revision dated before the plan in force with PLAN_REVISION_BEFORE_LATEST', () => {
      const error = given(...planned).when(fileSpendingPlan(revised, { effectiveDate: '2023-01-04' })).thenFails('PLAN_REVISION_BEFORE_LATEST', 'effectiveDate');
      expect(error.details).toEqual({ latest: '2023-01-05' });
    });

    it('accepts a revision on the same day as the plan it revises', () => {
      expect(given(...planned).when(fileSpendingPlan(revised, { effectiveDate: '2023-01-05' })).thenEvents()).toHaveLength(1);
    });

    it('the plan as of any date is the revision in force then', () => {
      const state = fold(evolveLine, initialLineState(), [...planned, planFiled(['50', '50', '100', '100', '100', '100', '100', '100', '100', '100', '50', '50'].map((m) => `${m}.00`), '2023-06-20', 2)]);
      if (state.status !== 'open') throw new Error('open line expected');
      expect(revisionInForce(state.plan, '2023-01-04')).toBeNull();
      expect(revisionInForce(state.plan, '2023-01-05')?.revision).toBe(1);
      expect(revisionInForce(state.plan, '2023-06-19')?.revision).toBe(1);
      expect(revisionInForce(state.plan, '2023-06-20')?.revision).toBe(2);
      expect(revisionInForce(state.plan, '2023-12-31')?.revision).toBe(2);
    });

    describe('after a 追加, 调减 or 调剂 the plan no longer adds up', () => {
      it.each([
        ['追加 200', increased('200.00'), '1200.00'],
        ['调减 100', decreased('100.00'), '900.00'],
        ['调剂 out 300', transferredOut('t-1', '300.00'), '700.00'],
      ])('%s: a revision must add up to the new appropriation (%s)', (_, adjustment, appropriated) => {
        given(...planned, adjustment).when(fileSpendingPlan(TEN_MONTHS, { effectiveDate: '2023-06-20' })).thenFails('PLAN_TOTAL_MISMATCH', 'months');
        const months = [...TEN_MONTHS.slice(0, 11), (Number(appropriated) - 1000).toFixed(2)];
        if (Number(appropriated) > 1000) {
          expect(given(...planned, adjustment).when(fileSpendingPlan(months, { effectiveDate: '2023-06-20' })).thenEvents()).toHaveLength(1);
        }
      });

      it('the same months as before are not "nothing new" once the appropriation moved: they are refused', () => {
        given(...planned, increased('200.00')).when(fileSpendingPlan(TEN_MONTHS, { effectiveDate: '2023-06-20' })).thenFails('PLAN_TOTAL_MISMATCH', 'months');
      });
    });

    it('payments do not change what a plan must add up to', () => {
      given(...planned, disbursed('d-1', '300.00')).when(fileSpendingPlan(revised, { effectiveDate: '2023-06-20' })).thenEvents();
    });
  });

  it('the plan events leave the line figures alone', () => {
    const before = fold(evolveLine, initialLineState(), [established()]);
    const after = fold(evolveLine, before, [planFiled()]);
    if (before.status !== 'open' || after.status !== 'open') throw new Error('open line expected');
    expect(after.appropriated.toString()).toBe(before.appropriated.toString());
    expect(after.disbursed.toString()).toBe(before.disbursed.toString());
    expect(after.attributes.lineId).toBe(LINE);
  });
});
