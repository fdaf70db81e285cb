import { fold } from '../shared/decider';
import { toYuanString } from '../shared/money';
import { specification } from '../testing/specification';
import { LINE, OTHER_LINE, disbursed, established, transfer, transferredIn, transferredOut } from '../testing/appropriation-fixtures';
import { transferDecider } from '../testing/multi-stream';
import { available, evolveLine, initialLineState } from './state';

const given = specification(transferDecider);
const givenToday = (today: string) => specification(transferDecider, { today });

const source = established();
const target = established({ lineId: OTHER_LINE, project: 'P02', projectName: '就业见习补贴', amount: '500.00' });

describe('调剂: transfer of appropriation between two lines', () => {
  describe('when both lines are open, the source with 1000.00 available', () => {
    it('records both sides with the same transferId, amount, reason and document', () => {
      given(source, target).when(transfer('300', { transferId: 't-7', reason: ' 见习补贴不足 ', documentNo: '潼人社发〔2023〕45号' })).then([
        {
          type: 'AppropriationTransferredOut.v1', effectiveDate: '2023-06-15',
          data: { transferId: 't-7', lineId: LINE, toLineId: OTHER_LINE, amount: '300.00', reason: '见习补贴不足', documentNo: '潼人社发〔2023〕45号' },
        },
        {
          type: 'AppropriationTransferredIn.v1', effectiveDate: '2023-06-15',
          data: { transferId: 't-7', lineId: OTHER_LINE, fromLineId: LINE, amount: '300.00', reason: '见习补贴不足', documentNo: '潼人社发〔2023〕45号' },
        },
      ]);
    });

    it('may move the whole available balance', () => {
      given(source, target).when(transfer('1000.00')).then([transferredOut('t-1', '1000.00'), transferredIn('t-1', '1000.00')]);
    });

    it('not a cent more (TRANSFER_EXCEEDS_AVAILABLE)', () => {
      const error = given(source, target).when(transfer('1000.01')).thenFails('TRANSFER_EXCEEDS_AVAILABLE', 'amount');
      expect(error.details).toEqual({ available: '1000.00' });
    });

    it.each([['0', 'AMOUNT_NOT_POSITIVE'], ['-1', 'AMOUNT_NOT_POSITIVE'], ['1.999', 'AMOUNT_TOO_MANY_DECIMALS'], ['abc', 'AMOUNT_NOT_A_DECIMAL_STRING']])(
      'refuses the amount %j with %s', (amount, code) => {
        given(source, target).when(transfer(amount)).thenFails(code, 'amount');
      });

    it('requires a reason', () => {
      given(source, target).when(transfer('1.00', { reason: ' ' })).thenFails('REQUIRED', 'reason');
    });

    it('refuses a date outside the fiscal year or after today', () => {
      given(source, target).when(transfer('1.00', { effectiveDate: '2024-01-01' })).thenFails('DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate');
      givenToday('2023-06-14')(source, target).when(transfer('1.00')).thenFails('DATE_IN_FUTURE', 'effectiveDate');
    });

    it('refuses a transfer from a line to itself', () => {
      given(source).when(transfer('1.00', { toLineId: LINE })).thenFails('TRANSFER_TO_SAME_LINE', 'toLineId');
    });
  });

  describe('when the source has already spent 700.00', () => {
    it('only the 300.00 left can be moved', () => {
      given(source, target, disbursed('d-1', '700.00')).when(transfer('300.00')).thenEvents();
      const error = given(source, target, disbursed('d-1', '700.00')).when(transfer('300.01')).thenFails('TRANSFER_EXCEEDS_AVAILABLE', 'amount');
      expect(error.details).toEqual({ available: '300.00' });
    });
  });

  describe('when the lines belong to different fiscal years', () => {
    it('refuses with TRANSFER_ACROSS_FISCAL_YEARS', () => {
      const nextYear = established({ lineId: OTHER_LINE, fiscalYear: 2024 }, '2024-01-01');
      given(source, nextYear).when(transfer('1.00')).thenFails('TRANSFER_ACROSS_FISCAL_YEARS', 'toLineId');
    });
  });

  describe('when a line does not exist', () => {
    it('names the missing source as fromLineId', () => {
      given(target).when(transfer('1.00')).thenFails('LINE_NOT_FOUND', 'fromLineId');
    });

    it('names the missing target as toLineId', () => {
      given(source).when(transfer('1.00')).thenFails('LINE_NOT_FOUND', 'toLineId');
    });
  });

  describe('after a transfer', () => {
    it('folding each line gives the moved appropriation', () => {
      const [out, into] = transferDecider.decide(transfer('300.00'), [source, target].reduce(transferDecider.evolve, transferDecider.initialState()), { today: '2023-12-31' });
      const from = fold(evolveLine, initialLineState(), [source, out]);
      const to = fold(evolveLine, initialLineState(), [target, into]);
      if (from.status !== 'open' || to.status !== 'open') throw new Error('both lines should be open');
      expect(toYuanString(from.appropriated)).toBe('700.00');
      expect(toYuanString(available(from))).toBe('700.00');
      expect(toYuanString(to.appropriated)).toBe('800.00');
      expect(toYuanString(available(to))).toBe('800.00');
    });

    it('the moved money can be spent on the target and no longer on the source', () => {
      const afterwards = [source, target, transferredOut('t-1', '1000.00'), transferredIn('t-1', '1000.00')];
      given(...afterwards).when(transfer('1500.00', { transferId: 't-2', fromLineId: OTHER_LINE, toLineId: LINE })).thenEvents();
      given(...afterwards).when(transfer('0.01', { transferId: 't-2' })).thenFails('TRANSFER_EXCEEDS_AVAILABLE');
    });
  });
});
