import { specification } from '../testing/specification';
import {
  OTHER_LINE, advancePaid, advanceRecovered, decrease, established, fundEstablished, increase, payFundAdvance, recoverFundAdvance,
  transfer, transferredIn, transferredOut,
} from '../testing/appropriation-fixtures';
import { fundAdvanceDecider, transferDecider } from '../testing/multi-stream';
import { caseReported, caseResolved } from '../testing/wage-arrears-fixtures';
import { AppropriationIncreased } from './events';
import { decideLine } from './decide';
import { evolveLine, initialLineState } from './state';

/** ADR 0017: a command's id comes from its 文号 or its Idempotency-Key; the line knows the ids it has recorded. */
const line = specification({ initialState: initialLineState, evolve: evolveLine, decide: decideLine });
const transfers = specification(transferDecider);
const advances = specification(fundAdvanceDecider);

const source = established();
const target = established({ lineId: OTHER_LINE, project: 'P02', amount: '500.00' });
const DOC = '潼财社〔2023〕52号';

const increasedAs = (adjustmentId: string, amount: string, documentNo: string | null = DOC): AppropriationIncreased =>
  ({ type: 'AppropriationIncreased.v1', effectiveDate: '2023-06-15', data: { lineId: source.data.lineId, amount, reason: '追加', documentNo, adjustmentId } });

describe('commands already recorded (ADR 0017)', () => {
  describe('调剂: given transfer t-9 of 300.00 recorded between the two lines', () => {
    const recorded = [source, target, transferredOut('t-9', '300.00'), transferredIn('t-9', '300.00')];

    it('when the same transfer comes again (same id, amount and date), then nothing new is recorded', () => {
      transfers(...recorded).when(transfer('300', { transferId: 't-9', documentNo: DOC })).then([]);
    });

    it('when it comes again although the source has nothing left to move, then it is still the same transfer: nothing new, no refusal', () => {
      transfers(...recorded, transferredOut('t-10', '700.00')).when(transfer('300.00', { transferId: 't-9' })).then([]);
    });

    it('when its 文号 comes with another amount, then DOCUMENT_NO_ALREADY_USED names the 文号 and what was recorded', () => {
      const error = transfers(...recorded).when(transfer('301.00', { transferId: 't-9', documentNo: DOC })).thenFails('DOCUMENT_NO_ALREADY_USED', 'documentNo');
      expect(error.kind).toBe('conflict');
      expect(error.details).toEqual({ recorded: { amount: '300.00', effectiveDate: '2023-06-15' } });
    });

    it('when its 文号 comes with another date, then DOCUMENT_NO_ALREADY_USED', () => {
      transfers(...recorded).when(transfer('300.00', { transferId: 't-9', documentNo: DOC, effectiveDate: '2023-06-16' })).thenFails('DOCUMENT_NO_ALREADY_USED', 'documentNo');
    });

    it('when another transfer (another id) moves the same amount, then it is recorded', () => {
      transfers(...recorded).when(transfer('300.00', { transferId: 't-11' })).thenEvents();
    });
  });

  describe('追加 / 调减: given 追加 a-1 of 200.00 recorded under 文号 52号', () => {
    const recorded = [source, increasedAs('a-1', '200.00')];

    it('when the same 追加 comes again, then nothing new is recorded', () => {
      line(...recorded).when(increase('200', { adjustmentId: 'a-1', documentNo: DOC })).then([]);
    });

    it('when its 文号 comes with another amount, then DOCUMENT_NO_ALREADY_USED', () => {
      line(...recorded).when(increase('250.00', { adjustmentId: 'a-1', documentNo: DOC })).thenFails('DOCUMENT_NO_ALREADY_USED', 'documentNo');
    });

    it('when a 调减 was recorded and its line spent since, then the same 调减 again is still answered, not refused', () => {
      const decreased = { ...increasedAs('d-1', '1200.00'), type: 'AppropriationDecreased.v1' as const };
      line(source, increasedAs('a-1', '1200.00'), decreased).when(decrease('1200.00', { adjustmentId: 'd-1', documentNo: DOC })).then([]);
    });

    it('when a new 追加 carries its id, then the event names it', () => {
      line(source).when(increase('50.00', { adjustmentId: 'a-2', documentNo: null })).then([increasedAs('a-2', '50.00', null)]);
    });

    it('when a 追加 comes without an id (a budget document), then it is recorded as before', () => {
      line(...recorded).when(increase('200.00', { documentNo: DOC })).thenEvents();
    });
  });

  describe('垫付 / 追偿: given advance a-1 of 1000.00 on the fund for an open case, and recovery r-1 of 400.00', () => {
    const recorded = [fundEstablished(), caseReported('2023-05-10'), advancePaid('a-1', '1000.00'), advanceRecovered('r-1', '400.00')];

    it('when the same advance comes again after the case was resolved, then nothing new and no refusal', () => {
      advances(...recorded, caseResolved('2023-07-20')).when(payFundAdvance('a-1', '1000.00')).then([]);
    });

    it('when the same key brings another amount, then COMMAND_ALREADY_RECORDED', () => {
      advances(...recorded).when(payFundAdvance('a-1', '999.00')).thenFails('COMMAND_ALREADY_RECORDED');
    });

    it('when the same recovery comes again with less outstanding than it asks, then nothing new and no refusal', () => {
      line(fundEstablished(), advancePaid('a-1', '400.00'), advanceRecovered('r-1', '400.00')).when(recoverFundAdvance('r-1', '400.00')).then([]);
    });
  });
});
