import { Money, money } from '../shared/money';
import { DisbursementRecorded } from './events';

/**
 * A payment (支付) as the event store holds it. A line's state keeps its totals, not every payment it ever made:
 * the one payment a command is about (a 凭证号 used again, a 冲销) is looked up in the store's index by its id (a
 * disbursement id is its DisbursementRecorded.v1's event id, and a reversal's id derives from it) and handed to
 * the decider with the command (ADR 0020).
 */
export interface DisbursementEntry {
  /** the line it was paid from: a 凭证号 is unique per unit and year, so it may be another line's */
  readonly lineId: string;
  readonly amount: Money;
  readonly effectiveDate: string;
  /** its DisbursementReversed.v1 is recorded: 冲销 happens at most once */
  readonly reversed: boolean;
  /** the disbursement import that staged it (ADR 0022): while that import is pending on its line, the payment is not final */
  readonly importId?: string;
}

export const paymentOnRecord = (recorded: DisbursementRecorded, reversed: boolean): DisbursementEntry => ({
  lineId: recorded.data.lineId, amount: money(recorded.data.amount), effectiveDate: recorded.effectiveDate, reversed,
  ...(recorded.data.importId ? { importId: recorded.data.importId } : {}),
});

/**
 * 凭证号 are unique per unit and year: a payment under a voucher already recorded is the same payment again (a
 * retried request, a re-imported row) when it names the same line, amount and date, and is refused otherwise.
 */
export const isRepeatOf = (earlier: DisbursementEntry, lineId: string, amount: Money, effectiveDate: string): boolean =>
  earlier.lineId === lineId && earlier.amount.eq(amount) && earlier.effectiveDate === effectiveDate;
