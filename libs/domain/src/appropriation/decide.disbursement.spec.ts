import { RejectionWithRecord } from '../shared/domain-error';
import { specification } from '../testing/specification';
import { LINE, OTHER_LINE, blocked, disbursed, established, increased, recordDisbursement, reverseDisbursement, reversed, lookUpPayments } from '../testing/appropriation-fixtures';
import { DomainError } from '../shared/domain-error';
import { REFUSALS_RECORDED_PER_BALANCE } from './decide';
import { decideLine } from './decide';
import { paymentOnRecord } from './payment-on-record';
import { evolveLine, initialLineState } from './state';

const line = { initialState: initialLineState, evolve: evolveLine, decide: decideLine };
const given = specification(line, undefined, lookUpPayments);
const givenToday = (today: string) => specification(line, { today }, lookUpPayments);

describe('appropriation line (预算指标): disbursements (支付) and reversals (冲销)', () => {
  describe('when the line is open with 1000.00 available', () => {
    const open = established();

    it('records a disbursement with all it says', () => {
      given(open).when(recordDisbursement('d-1', '950', {
        voucherNo: ' 记-0615-003 ', payee: '张三', summary: '6月公益性岗位补贴', subsidyCategory: '公益性岗位补贴',
        beneficiaries: 1, economic: '30305',
      })).then([{
        type: 'DisbursementRecorded.v1', effectiveDate: '2023-06-15',
        data: {
          disbursementId: 'd-1', lineId: LINE, amount: '950.00', voucherNo: '记-0615-003', payee: '张三',
          summary: '6月公益性岗位补贴', subsidyCategory: '公益性岗位补贴', beneficiaries: 1, economic: '30305',
        },
      }]);
    });

    it('may spend exactly the balance, with no warning', () => {
      given(open).when(recordDisbursement('d-1', '1000.00')).then([disbursed('d-1', '1000.00')]);
    });

    it('refuses one cent over with OVERSPEND_BLOCKED, and hands back the OverspendBlocked fact to record', () => {
      const error = given(open).when(recordDisbursement('d-1', '1000.01')).thenFails('OVERSPEND_BLOCKED', 'amount');
      expect(error).toBeInstanceOf(RejectionWithRecord);
      expect(error.kind).toBe('conflict');
      expect((error as RejectionWithRecord<unknown>).record).toEqual([{
        type: 'OverspendBlocked.v1', effectiveDate: '2023-06-15',
        data: { lineId: LINE, voucherNo: 'V-d-1', available: '1000.00', requested: '1000.01', shortfall: '0.01' },
      }]);
    });

    it.each([['-5', 'AMOUNT_NOT_POSITIVE'], ['0', 'AMOUNT_NOT_POSITIVE'], ['10.555', 'AMOUNT_TOO_MANY_DECIMALS'], ['1e3', 'AMOUNT_NOT_A_DECIMAL_STRING']])(
      'refuses the amount %j with %s', (amount, code) => {
        given(open).when(recordDisbursement('d-1', amount)).thenFails(code, 'amount');
      });

    it('refuses a date outside the fiscal year or after today', () => {
      given(open).when(recordDisbursement('d-1', '1.00', { effectiveDate: '2022-12-31' })).thenFails('DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate');
      given(open).when(recordDisbursement('d-1', '1.00', { effectiveDate: '2024-01-01' })).thenFails('DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate');
      givenToday('2023-06-14')(open).when(recordDisbursement('d-1', '1.00')).thenFails('DATE_IN_FUTURE', 'effectiveDate');
    });

    it('requires a voucher number (凭证号)', () => {
      given(open).when(recordDisbursement('d-1', '1.00', { voucherNo: ' ' })).thenFails('REQUIRED', 'voucherNo');
    });

    it.each([[-1], [1.5], [Number.NaN]])('refuses %p beneficiaries', (beneficiaries) => {
      given(open).when(recordDisbursement('d-1', '1.00', { beneficiaries })).thenFails('INVALID_BENEFICIARIES', 'beneficiaries');
    });

    it('accepts 0 beneficiaries or none given', () => {
      given(open).when(recordDisbursement('d-1', '1.00', { beneficiaries: 0 })).thenEvents();
      given(open).when(recordDisbursement('d-1', '1.00', { beneficiaries: null })).thenEvents();
    });

    it('refuses to reverse a disbursement the line does not have', () => {
      expect(given(open).when(reverseDisbursement('d-404', null)).thenFails('DISBURSEMENT_NOT_FOUND', 'disbursementId').kind).toBe('not_found');
    });
  });

  describe('when the line is fully spent', () => {
    const spent = [established(), disbursed('d-1', '600.00'), disbursed('d-2', '400.00')];

    it('refuses even one cent, recording what was refused', () => {
      const error = given(...spent).when(recordDisbursement('d-3', '0.01')).thenFails('OVERSPEND_BLOCKED', 'amount');
      expect((error as RejectionWithRecord<unknown>).record).toEqual([{
        type: 'OverspendBlocked.v1', effectiveDate: '2023-06-15',
        data: { lineId: LINE, voucherNo: 'V-d-3', available: '0.00', requested: '0.01', shortfall: '0.01' },
      }]);
    });

    it('answers the same payment again (same 凭证号, amount and date) with nothing new, and refuses other content under its 凭证号', () => {
      given(...spent).when(recordDisbursement('d-2', '400.00')).then([]);
      given(...spent).when(recordDisbursement('d-2', '0.01')).thenFails('VOUCHER_ALREADY_USED', 'voucherNo');
    });

    it('冲销 of a whole disbursement by default', () => {
      given(...spent).when(reverseDisbursement('d-1', null, { reason: ' 重复支付 ' })).then([{
        type: 'DisbursementReversed.v1', effectiveDate: '2023-06-15',
        data: { disbursementId: 'd-1', lineId: LINE, amount: '600.00', reason: '重复支付' },
      }]);
    });

    it('冲销 of part of a disbursement', () => {
      given(...spent).when(reverseDisbursement('d-1', '100')).then([reversed('d-1', '100.00')]);
    });

    it('a reversal cannot exceed its disbursement (REVERSAL_EXCEEDS_DISBURSEMENT)', () => {
      given(...spent).when(reverseDisbursement('d-2', '400.01')).thenFails('REVERSAL_EXCEEDS_DISBURSEMENT', 'amount');
      given(...spent).when(reverseDisbursement('d-2', '400.00')).thenEvents();
    });

    it('a reversal needs a reason, a valid amount and a date in the year', () => {
      given(...spent).when(reverseDisbursement('d-1', null, { reason: '' })).thenFails('REQUIRED', 'reason');
      given(...spent).when(reverseDisbursement('d-1', '0')).thenFails('AMOUNT_NOT_POSITIVE', 'amount');
      given(...spent).when(reverseDisbursement('d-1', null, { effectiveDate: '2024-01-05' })).thenFails('DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate');
      givenToday('2023-06-14')(...spent).when(reverseDisbursement('d-1', null)).thenFails('DATE_IN_FUTURE', 'effectiveDate');
    });
  });

  describe('when refused overspends are already on record against the line\'s balance (an audit fact, bounded)', () => {
    const spent = [established(), disbursed('d-1', '600.00'), disbursed('d-2', '400.00')];
    const fiveRefused = ['r-1', 'r-2', 'r-3', 'r-4', 'r-5'].map((id) => blocked(id, '0.01', '0.00'));
    const detailsOf = (error: DomainError) => error.details as { refusalRecorded: boolean };

    it(`records up to ${REFUSALS_RECORDED_PER_BALANCE} refusals against one balance`, () => {
      const error = given(...spent, ...fiveRefused.slice(0, 4)).when(recordDisbursement('r-9', '0.01')).thenFails('OVERSPEND_BLOCKED', 'amount');
      expect((error as RejectionWithRecord<unknown>).record).toEqual([blocked('r-9', '0.01', '0.00')]);
      expect(detailsOf(error).refusalRecorded).toBe(true);
    });

    it('refuses the next one alike (409 OVERSPEND_BLOCKED) but hands back nothing to record, and says so', () => {
      const error = given(...spent, ...fiveRefused).when(recordDisbursement('r-9', '0.01')).thenFails('OVERSPEND_BLOCKED', 'amount');
      expect(error).not.toBeInstanceOf(RejectionWithRecord);
      expect(detailsOf(error)).toMatchObject({ available: '0.00', requested: '0.01', shortfall: '0.01', refusalRecorded: false });
    });

    it('the same attempt again (same 凭证号 and amount against the same balance) is already on record: nothing more', () => {
      const error = given(...spent, blocked('r-1', '0.01', '0.00')).when(recordDisbursement('r-1', '0.01')).thenFails('OVERSPEND_BLOCKED', 'amount');
      expect(error).not.toBeInstanceOf(RejectionWithRecord);
      expect(detailsOf(error).refusalRecorded).toBe(true);
      // another amount under that voucher is another attempt
      expect(given(...spent, blocked('r-1', '0.01', '0.00')).when(recordDisbursement('r-1', '0.02')).thenFails('OVERSPEND_BLOCKED')).toBeInstanceOf(RejectionWithRecord);
    });

    it.each([
      ['a reversal', reversed('d-1', '0.50')],
      ['a 追加', increased('0.50')],
    ])('once the balance moves (%s), refusals against the new balance are recorded again', (_, moved) => {
      const error = given(...spent, ...fiveRefused, moved).when(recordDisbursement('r-9', '5.00')).thenFails('OVERSPEND_BLOCKED', 'amount');
      expect((error as RejectionWithRecord<unknown>).record).toEqual([blocked('r-9', '5.00', '0.50')]);
    });
  });

  describe('when the line\'s policy is warn', () => {
    const warnLine = established({ overspendPolicy: 'warn' });

    it('records the disbursement beyond the balance together with an OverspendWarned fact carrying the shortfall', () => {
      given(warnLine, disbursed('d-1', '800.00')).when(recordDisbursement('d-2', '400.50')).then([
        disbursed('d-2', '400.50'),
        {
          type: 'OverspendWarned.v1', effectiveDate: '2023-06-15',
          data: { lineId: LINE, disbursementId: 'd-2', available: '200.00', requested: '400.50', shortfall: '200.50' },
        },
      ]);
    });

    it('on a line already overspent, the whole payment is the shortfall (never more than requested)', () => {
      given(warnLine, disbursed('d-1', '1200.00')).when(recordDisbursement('d-2', '5.00')).then([
        disbursed('d-2', '5.00'),
        {
          type: 'OverspendWarned.v1', effectiveDate: '2023-06-15',
          data: { lineId: LINE, disbursementId: 'd-2', available: '-200.00', requested: '5.00', shortfall: '5.00' },
        },
      ]);
    });

    it('within the balance, no warning', () => {
      given(warnLine).when(recordDisbursement('d-1', '1000.00')).then([disbursed('d-1', '1000.00')]);
    });
  });

  describe('when a reversal is dated before its disbursement', () => {
    it('refuses it with REVERSAL_BEFORE_DISBURSEMENT', () => {
      given(established(), disbursed('d-1', '100.00', LINE, '2023-06-15'))
        .when(reverseDisbursement('d-1', null, { effectiveDate: '2023-06-14' })).thenFails('REVERSAL_BEFORE_DISBURSEMENT', 'effectiveDate');
    });
  });

  describe('when the disbursement was already reversed', () => {
    const history = [established(), disbursed('d-1', '1000.00'), reversed('d-1', '1000.00')];

    it('refuses a second reversal with DISBURSEMENT_ALREADY_REVERSED', () => {
      expect(given(...history).when(reverseDisbursement('d-1', '1.00')).thenFails('DISBURSEMENT_ALREADY_REVERSED', 'disbursementId').kind).toBe('conflict');
    });

    it('the reversed money can be spent again, and not a cent more', () => {
      given(...history).when(recordDisbursement('d-2', '1000.00')).thenEvents();
      given(...history).when(recordDisbursement('d-2', '1000.01')).thenFails('OVERSPEND_BLOCKED');
    });

    it('the disbursement id stays taken', () => {
      given(...history).when(recordDisbursement('d-1', '1.00')).thenFails('VOUCHER_ALREADY_USED');
    });
  });

  describe('when the 凭证号 is on record on another line of the unit (the store\'s index finds it, the line keeps totals only)', () => {
    const elsewhere = paymentOnRecord(disbursed('d-1', '100.00', OTHER_LINE), false);

    it('refuses the same payment on this line with VOUCHER_ALREADY_USED, whatever its content', () => {
      given(established()).when(recordDisbursement('d-1', '100.00', { onRecord: elsewhere })).thenFails('VOUCHER_ALREADY_USED', 'voucherNo');
    });

    it('does not reverse it from this line (DISBURSEMENT_NOT_FOUND)', () => {
      given(established()).when(reverseDisbursement('d-1', null, { onRecord: elsewhere })).thenFails('DISBURSEMENT_NOT_FOUND', 'disbursementId');
    });
  });

  describe('when the disbursement was partly reversed', () => {
    const history = [established(), disbursed('d-1', '1000.00'), reversed('d-1', '300.00')];

    it('only the reversed part is available again', () => {
      given(...history).when(recordDisbursement('d-2', '300.00')).thenEvents();
      const error = given(...history).when(recordDisbursement('d-2', '300.01')).thenFails('OVERSPEND_BLOCKED');
      expect(error.details).toMatchObject({ available: '300.00', shortfall: '0.01' });
    });

    it('the rest cannot be reversed later: a disbursement is reversed at most once', () => {
      given(...history).when(reverseDisbursement('d-1', '700.00')).thenFails('DISBURSEMENT_ALREADY_REVERSED');
    });
  });
});
