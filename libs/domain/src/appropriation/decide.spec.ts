import { specification } from '../testing/specification';
import {
  LINE, attributes, decrease, decreased, disbursed, establish, established, increase, increased, recordDisbursement,
  recoverFundAdvance, reverseDisbursement, reversed, lookUpPayments } from '../testing/appropriation-fixtures';
import { decideLine } from './decide';
import { evolveLine, initialLineState } from './state';

const line = { initialState: initialLineState, evolve: evolveLine, decide: decideLine };
const given = specification(line, undefined, lookUpPayments);
const givenToday = (today: string) => specification(line, { today }, lookUpPayments);

describe('appropriation line (预算指标): establish and adjust', () => {
  describe('when the line does not exist', () => {
    it('establishes it from the imported budget, with the amount written to the cent', () => {
      given().when(establish({ amount: '670000' })).then([
        { type: 'AppropriationEstablished.v1', effectiveDate: '2023-01-01', data: attributes({ amount: '670000.00' }) },
      ]);
    });

    it('can be established before its fiscal year begins (a budget is approved in advance)', () => {
      givenToday('2022-12-20')().when(establish()).then([established()]);
    });

    it('refuses an effective date outside the fiscal year', () => {
      given().when(establish({}, '2022-12-31')).thenFails('DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate');
    });

    it.each([['0', 'AMOUNT_NOT_POSITIVE'], ['12.345', 'AMOUNT_TOO_MANY_DECIMALS'], ['67 万', 'AMOUNT_NOT_A_DECIMAL_STRING']])(
      'refuses the amount %j with %s', (amount, code) => {
        given().when(establish({ amount })).thenFails(code, 'amount');
      });

    it.each([
      ['an increase', increase('1.00')],
      ['a decrease', decrease('1.00')],
      ['a disbursement', recordDisbursement('d-1', '1.00')],
      ['a reversal', reverseDisbursement('d-1', null)],
      ['a recovery', recoverFundAdvance('r-1', '1.00')],
    ])('refuses %s with LINE_NOT_FOUND', (_, command) => {
      expect(given().when(command).thenFails('LINE_NOT_FOUND', 'lineId').kind).toBe('not_found');
    });
  });

  describe('when the line already exists', () => {
    it('refuses to establish it twice with LINE_ALREADY_EXISTS', () => {
      expect(given(established()).when(establish()).thenFails('LINE_ALREADY_EXISTS', 'lineId').kind).toBe('conflict');
    });
  });

  describe('when the line is open with 1000.00 available', () => {
    const open = established();

    it('追加: records the increase', () => {
      given(open).when(increase('250.5', { reason: ' 区财政追加 ', documentNo: '潼财社〔2023〕12号' })).then([{
        type: 'AppropriationIncreased.v1', effectiveDate: '2023-06-15',
        data: { lineId: LINE, amount: '250.50', reason: '区财政追加', documentNo: '潼财社〔2023〕12号' },
      }]);
    });

    it('调减: may take the whole available balance', () => {
      given(open).when(decrease('1000.00')).then([{
        type: 'AppropriationDecreased.v1', effectiveDate: '2023-06-15',
        data: { lineId: LINE, amount: '1000.00', reason: '调减', documentNo: null },
      }]);
    });

    it('调减: not a cent more (DECREASE_EXCEEDS_AVAILABLE)', () => {
      const error = given(open).when(decrease('1000.01')).thenFails('DECREASE_EXCEEDS_AVAILABLE', 'amount');
      expect(error.details).toEqual({ available: '1000.00' });
    });

    it('requires a reason', () => {
      given(open).when(increase('1.00', { reason: '  ' })).thenFails('REQUIRED', 'reason');
      given(open).when(decrease('1.00', { reason: '' })).thenFails('REQUIRED', 'reason');
    });

    it.each([['-5', 'AMOUNT_NOT_POSITIVE'], ['0.00', 'AMOUNT_NOT_POSITIVE'], ['1.001', 'AMOUNT_TOO_MANY_DECIMALS'], ['1,000', 'AMOUNT_NOT_A_DECIMAL_STRING']])(
      'refuses the amount %j with %s', (amount, code) => {
        given(open).when(increase(amount)).thenFails(code, 'amount');
        given(open).when(decrease(amount)).thenFails(code, 'amount');
      });

    it.each(['2022-12-31', '2024-01-01'])('refuses the effective date %s, outside fiscal year 2023', (effectiveDate) => {
      given(open).when(increase('1.00', { effectiveDate })).thenFails('DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate');
    });

    it('refuses an effective date after today (Asia/Shanghai)', () => {
      givenToday('2023-06-30')(open).when(increase('1.00', { effectiveDate: '2023-07-01' })).thenFails('DATE_IN_FUTURE', 'effectiveDate');
      givenToday('2023-06-30')(open).when(increase('1.00', { effectiveDate: '2023-06-30' })).thenEvents();
    });

    it('refuses an impossible date', () => {
      given(open).when(increase('1.00', { effectiveDate: '2023-02-30' })).thenFails('INVALID_DATE', 'effectiveDate');
    });
  });

  describe('when 600.00 of the 1000.00 has been disbursed', () => {
    const spent = [established(), disbursed('d-1', '600.00')];

    it('调减 may take only the 400.00 left', () => {
      given(...spent).when(decrease('400.00')).thenEvents();
      const error = given(...spent).when(decrease('400.01')).thenFails('DECREASE_EXCEEDS_AVAILABLE', 'amount');
      expect(error.details).toEqual({ available: '400.00' });
    });

    it('after an increase, the increase is available too', () => {
      given(...spent, increased('100.00')).when(decrease('500.00')).thenEvents();
      given(...spent, increased('100.00')).when(decrease('500.01')).thenFails('DECREASE_EXCEEDS_AVAILABLE');
    });

    it('after a reversal, the reversed money is available again', () => {
      given(...spent, reversed('d-1', '600.00')).when(decrease('1000.00')).thenEvents();
    });

    it('after a previous decrease, only what is left', () => {
      given(...spent, decreased('300.00')).when(decrease('100.01')).thenFails('DECREASE_EXCEEDS_AVAILABLE');
    });
  });
});
