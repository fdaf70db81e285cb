import { specification } from '../testing/specification';
import { CASE } from '../testing/appropriation-fixtures';
import { caseReported, caseResolved, reportCase, resolveCase } from '../testing/wage-arrears-fixtures';
import { decideCase, evolveCase, initialCaseState } from './decider';

const wageCase = { initialState: initialCaseState, evolve: evolveCase, decide: decideCase };
const given = specification(wageCase);
const givenToday = (today: string) => specification(wageCase, { today });

describe('欠薪案件: wage-arrears cases', () => {
  describe('when the case does not exist', () => {
    it('reports it, with the amount owed written to the cent and the employer trimmed', () => {
      given().when(reportCase({ employer: ' 重庆某建筑劳务有限公司 ', amountOwed: '186000', description: '工地停工' })).then([{
        type: 'WageArrearsCaseReported.v1', effectiveDate: '2023-05-10',
        data: { caseId: CASE, unit: '426006', employer: '重庆某建筑劳务有限公司', workersAffected: 12, amountOwed: '186000.00', description: '工地停工' },
      }]);
    });

    it('a case is not bound to a fiscal year: one reported last year is fine', () => {
      given().when(reportCase({ effectiveDate: '2022-11-30' })).thenEvents();
    });

    it('refuses a report dated after today (DATE_IN_FUTURE) or an impossible date (INVALID_DATE)', () => {
      givenToday('2023-05-09')().when(reportCase()).thenFails('DATE_IN_FUTURE', 'effectiveDate');
      given().when(reportCase({ effectiveDate: '2023-02-29' })).thenFails('INVALID_DATE', 'effectiveDate');
      given().when(reportCase({ effectiveDate: '2023/05/10' })).thenFails('INVALID_DATE', 'effectiveDate');
    });

    it.each([[0], [-1], [3.5]])('refuses %p workers affected', (workersAffected) => {
      given().when(reportCase({ workersAffected })).thenFails('INVALID_WORKERS', 'workersAffected');
    });

    it('requires an employer of at most 200 characters', () => {
      given().when(reportCase({ employer: '  ' })).thenFails('REQUIRED', 'employer');
      given().when(reportCase({ employer: '某'.repeat(201) })).thenFails('TOO_LONG', 'employer');
      given().when(reportCase({ employer: '某'.repeat(200) })).thenEvents();
    });

    it.each([['0', 'AMOUNT_NOT_POSITIVE'], ['18.6万', 'AMOUNT_NOT_A_DECIMAL_STRING'], ['100.001', 'AMOUNT_TOO_MANY_DECIMALS']])(
      'refuses the amount owed %j with %s, naming amountOwed', (amountOwed, code) => {
        given().when(reportCase({ amountOwed })).thenFails(code, 'amountOwed');
      });

    it('cannot resolve it (CASE_NOT_FOUND)', () => {
      expect(given().when(resolveCase()).thenFails('CASE_NOT_FOUND', 'caseId').kind).toBe('not_found');
    });
  });

  describe('when the case is open (reported on 2023-05-10)', () => {
    const open = caseReported('2023-05-10');

    it('takes the same report again (its id derives from the same Idempotency-Key) as recorded: nothing new', () => {
      given(open).when(reportCase()).then([]);
    });

    it('refuses another report under its id (CASE_ALREADY_REPORTED)', () => {
      expect(given(open).when(reportCase({ amountOwed: '1.00' })).thenFails('CASE_ALREADY_REPORTED', 'caseId').kind).toBe('conflict');
      given(open).when(reportCase({ effectiveDate: '2023-05-11' })).thenFails('CASE_ALREADY_REPORTED', 'caseId');
    });

    it('resolves it, carrying the case and unit for 欠薪处置率', () => {
      given(open).when(resolveCase({ resolution: 'fund_advance', amountSettled: '186000', note: '周转金垫付' })).then([{
        type: 'WageArrearsCaseResolved.v1', effectiveDate: '2023-07-20',
        data: { caseId: CASE, unit: '426006', resolution: 'fund_advance', amountSettled: '186000.00', note: '周转金垫付' },
      }]);
    });

    it.each(['employer_paid', 'fund_advance', 'arbitration', 'court'] as const)('accepts the resolution %s', (resolution) => {
      given(open).when(resolveCase({ resolution })).thenEvents();
    });

    it('refuses an unknown resolution (INVALID_RESOLUTION)', () => {
      given(open).when(resolveCase({ resolution: 'forgotten' as never })).thenFails('INVALID_RESOLUTION', 'resolution');
    });

    it('may be resolved the day it was reported, not before (RESOLVED_BEFORE_REPORTED)', () => {
      given(open).when(resolveCase({ effectiveDate: '2023-05-10' })).thenEvents();
      given(open).when(resolveCase({ effectiveDate: '2023-05-09' })).thenFails('RESOLVED_BEFORE_REPORTED', 'effectiveDate');
    });

    it('refuses a resolution dated after today or on an impossible date', () => {
      givenToday('2023-07-19')(open).when(resolveCase()).thenFails('DATE_IN_FUTURE', 'effectiveDate');
      given(open).when(resolveCase({ effectiveDate: '2023-06-31' })).thenFails('INVALID_DATE', 'effectiveDate');
    });

    it('refuses a bad settled amount, naming amountSettled', () => {
      given(open).when(resolveCase({ amountSettled: '-1' })).thenFails('AMOUNT_NOT_POSITIVE', 'amountSettled');
    });
  });

  describe('when the case is resolved', () => {
    const resolved = [caseReported('2023-05-10'), caseResolved('2023-07-20')];

    it('refuses to resolve it again (CASE_ALREADY_RESOLVED)', () => {
      expect(given(...resolved).when(resolveCase()).thenFails('CASE_ALREADY_RESOLVED', 'caseId').kind).toBe('conflict');
    });

    it('takes the same report again as recorded, and refuses another under its id (CASE_ALREADY_REPORTED)', () => {
      given(...resolved).when(reportCase()).then([]);
      given(...resolved).when(reportCase({ employer: '另一家公司' })).thenFails('CASE_ALREADY_REPORTED', 'caseId');
    });
  });

  describe('folding', () => {
    it('remembers the report date and whether the case is resolved', () => {
      const open = [caseReported('2023-05-10')].reduce(evolveCase, initialCaseState());
      expect(open).toMatchObject({ status: 'open', reportedOn: '2023-05-10' });
      expect(evolveCase(open, caseResolved('2023-07-20'))).toMatchObject({ status: 'resolved', reportedOn: '2023-05-10' });
    });

    it('ignores a resolution of a case it never saw reported', () => {
      expect(evolveCase(initialCaseState(), caseResolved())).toEqual({ status: 'absent' });
    });
  });
});
