import { specification } from '../testing/specification';
import {
  CASE, FUND, advancePaid, advanceRecovered, disbursed, established, fundEstablished, payFundAdvance, recordDisbursement,
  recoverFundAdvance,
} from '../testing/appropriation-fixtures';
import { fundAdvanceDecider } from '../testing/multi-stream';
import { caseReported, caseResolved } from '../testing/wage-arrears-fixtures';
import { decideLine } from './decide';
import { evolveLine, initialLineState } from './state';

const given = specification(fundAdvanceDecider);
const givenToday = (today: string) => specification(fundAdvanceDecider, { today });
const givenFund = specification({ initialState: initialLineState, evolve: evolveLine, decide: decideLine });

const fund = fundEstablished();
const reported = caseReported('2023-05-10');

describe('农民工工资应急周转金: advances (垫付)', () => {
  describe('when the fund (5,000,000.00) and an open case exist', () => {
    it('advances wages on the fund line for the case', () => {
      given(fund, reported).when(payFundAdvance('a-1', '186000', { workers: 12, note: '基本生活费' })).then([{
        type: 'FundAdvancePaid.v1', effectiveDate: '2023-06-15',
        data: { advanceId: 'a-1', lineId: FUND, caseId: CASE, amount: '186000.00', workers: 12, note: '基本生活费' },
      }]);
    });

    it('may advance the whole fund balance, not a cent more (ADVANCE_EXCEEDS_FUND_BALANCE)', () => {
      given(fund, reported).when(payFundAdvance('a-1', '5000000.00')).thenEvents();
      const error = given(fund, reported).when(payFundAdvance('a-1', '5000000.01')).thenFails('ADVANCE_EXCEEDS_FUND_BALANCE', 'amount');
      expect(error.details).toEqual({ available: '5000000.00' });
    });

    it('on the day the case was reported, but not before it (ADVANCE_BEFORE_REPORT)', () => {
      given(fund, reported).when(payFundAdvance('a-1', '1.00', { effectiveDate: '2023-05-10' })).thenEvents();
      given(fund, reported).when(payFundAdvance('a-1', '1.00', { effectiveDate: '2023-05-09' })).thenFails('ADVANCE_BEFORE_REPORT', 'effectiveDate');
    });

    it('refuses a date outside the fund\'s fiscal year or after today', () => {
      const lateCase = caseReported('2022-11-01');
      given(fund, lateCase).when(payFundAdvance('a-1', '1.00', { effectiveDate: '2022-12-01' })).thenFails('DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate');
      givenToday('2023-06-14')(fund, reported).when(payFundAdvance('a-1', '1.00')).thenFails('DATE_IN_FUTURE', 'effectiveDate');
    });

    it.each([[0], [-3], [2.5]])('refuses %p workers', (workers) => {
      given(fund, reported).when(payFundAdvance('a-1', '1.00', { workers })).thenFails('INVALID_WORKERS', 'workers');
    });

    it.each([['0', 'AMOUNT_NOT_POSITIVE'], ['1.234', 'AMOUNT_TOO_MANY_DECIMALS'], ['5万', 'AMOUNT_NOT_A_DECIMAL_STRING']])(
      'refuses the amount %j with %s', (amount, code) => {
        given(fund, reported).when(payFundAdvance('a-1', amount)).thenFails(code, 'amount');
      });
  });

  describe('when the fund has paid out part of its balance', () => {
    it('advances are limited by what disbursements and earlier advances left', () => {
      const history = [fund, reported, disbursed('d-1', '1000000.00', FUND), advancePaid('a-1', '3000000.00')];
      given(...history).when(payFundAdvance('a-2', '1000000.00')).thenEvents();
      given(...history).when(payFundAdvance('a-2', '1000000.01')).thenFails('ADVANCE_EXCEEDS_FUND_BALANCE', 'amount');
    });

    it('recoveries restore the balance that advances can draw on', () => {
      const history = [fund, reported, advancePaid('a-1', '5000000.00'), advanceRecovered('r-1', '40000.00')];
      given(...history).when(payFundAdvance('a-2', '40000.00')).thenEvents();
      given(...history).when(payFundAdvance('a-2', '40000.01')).thenFails('ADVANCE_EXCEEDS_FUND_BALANCE');
    });
  });

  describe('when the case cannot take an advance', () => {
    it('refuses an unknown case with CASE_NOT_FOUND', () => {
      expect(given(fund).when(payFundAdvance('a-1', '1.00')).thenFails('CASE_NOT_FOUND', 'caseId').kind).toBe('not_found');
    });

    it('refuses a resolved case with CASE_ALREADY_RESOLVED', () => {
      given(fund, reported, caseResolved('2023-06-01')).when(payFundAdvance('a-1', '1.00')).thenFails('CASE_ALREADY_RESOLVED', 'caseId');
    });
  });

  describe('when the line is not the revolving fund', () => {
    it('refuses with NOT_A_REVOLVING_FUND', () => {
      given(established(), reported).when(payFundAdvance('a-1', '1.00')).thenFails('NOT_A_REVOLVING_FUND', 'lineId');
    });

    it('refuses a missing fund line with LINE_NOT_FOUND', () => {
      given(reported).when(payFundAdvance('a-1', '1.00')).thenFails('LINE_NOT_FOUND', 'lineId');
    });
  });
});

describe('农民工工资应急周转金: recoveries (追偿)', () => {
  describe('when 186,000.00 is outstanding for the case', () => {
    const history = [fund, advancePaid('a-1', '100000.00'), advancePaid('a-2', '86000.00')];

    it('records a recovery', () => {
      givenFund(...history).when(recoverFundAdvance('r-1', '50000', { note: '企业还款' })).then([{
        type: 'FundAdvanceRecovered.v1', effectiveDate: '2023-06-15',
        data: { recoveryId: 'r-1', lineId: FUND, caseId: CASE, amount: '50000.00', note: '企业还款' },
      }]);
    });

    it('may recover the whole outstanding amount, not a cent more (RECOVERY_EXCEEDS_OUTSTANDING)', () => {
      givenFund(...history).when(recoverFundAdvance('r-1', '186000.00')).thenEvents();
      const error = givenFund(...history).when(recoverFundAdvance('r-1', '186000.01')).thenFails('RECOVERY_EXCEEDS_OUTSTANDING', 'amount');
      expect(error.details).toEqual({ outstanding: '186000.00' });
    });

    it('after a partial recovery, only the rest', () => {
      givenFund(...history, advanceRecovered('r-1', '86000.00')).when(recoverFundAdvance('r-2', '100000.01')).thenFails('RECOVERY_EXCEEDS_OUTSTANDING');
    });

    it('a recovery restores the fund\'s available balance for disbursements too', () => {
      const drained = [...history, disbursed('d-1', '4814000.00', FUND)];
      givenFund(...drained).when(recordDisbursement('d-2', '0.01')).thenFails('OVERSPEND_BLOCKED');
      givenFund(...drained, advanceRecovered('r-1', '186000.00')).when(recordDisbursement('d-2', '186000.00')).thenEvents();
    });

    it('refuses a bad amount or date', () => {
      givenFund(...history).when(recoverFundAdvance('r-1', '-1')).thenFails('AMOUNT_NOT_POSITIVE', 'amount');
      givenFund(...history).when(recoverFundAdvance('r-1', '1.00', { effectiveDate: '2024-01-02' })).thenFails('DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate');
    });
  });

  describe('when nothing is outstanding for the case', () => {
    it('refuses a case that never had an advance with NO_OUTSTANDING_ADVANCE', () => {
      givenFund(fund, advancePaid('a-1', '100.00', 'case-other')).when(recoverFundAdvance('r-1', '1.00')).thenFails('NO_OUTSTANDING_ADVANCE', 'caseId');
    });

    it('refuses a case whose advances are all recovered', () => {
      givenFund(fund, advancePaid('a-1', '100.00'), advanceRecovered('r-1', '100.00')).when(recoverFundAdvance('r-2', '0.01')).thenFails('NO_OUTSTANDING_ADVANCE', 'caseId');
    });
  });

  describe('when the line is not the revolving fund', () => {
    it('refuses with NOT_A_REVOLVING_FUND', () => {
      givenFund(established()).when(recoverFundAdvance('r-1', '1.00')).thenFails('NOT_A_REVOLVING_FUND', 'lineId');
    });
  });
});
