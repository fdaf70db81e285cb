import { DecisionContext } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { parseAmount, toYuanString } from '../shared/money';
import { requireText } from '../shared/text';
import { TransferAppropriation } from './commands';
import { assertEffectiveDate, requireOpenLine } from './decide';
import { AppropriationTransferredIn, AppropriationTransferredOut } from './events';
import { LineState, available } from './state';
import { isRecordedCommand } from './repeat';

/** Both sides of a 调剂; `null` when the transfer is already recorded (the same command again: nothing new). */
export type TransferDecision = { readonly out: AppropriationTransferredOut; readonly in: AppropriationTransferredIn } | null;

/**
 * 调剂: one decision over two lines. Both events are appended in one atomic multi-stream write
 * (docs/adr/0002-transfers-atomic-multi-stream-append.md), so a transfer is never half recorded. Its transferId
 * derives from its 文号 (with both lines) or its Idempotency-Key: the source line knows it once recorded.
 */
export function decideTransfer(command: TransferAppropriation, source: LineState, target: LineState, context: DecisionContext): TransferDecision {
  const from = requireOpenLine(source, 'fromLineId');
  const to = requireOpenLine(target, 'toLineId');
  if (from.attributes.lineId === to.attributes.lineId) {
    throw DomainError.invalid('TRANSFER_TO_SAME_LINE', 'toLineId', 'a transfer needs two different lines');
  }
  if (from.attributes.fiscalYear !== to.attributes.fiscalYear) {
    throw DomainError.invalid('TRANSFER_ACROSS_FISCAL_YEARS', 'toLineId', 'both lines must belong to the same fiscal year');
  }
  const amount = parseAmount(command.amount);
  if (isRecordedCommand(from, command.transferId, amount, command.effectiveDate, command.documentNo)) return null;
  assertEffectiveDate(from, command.effectiveDate, context);
  if (amount.gt(available(from))) {
    throw DomainError.conflict('TRANSFER_EXCEEDS_AVAILABLE', 'amount',
      `the source line has only ${toYuanString(available(from))} 元 available`, { available: toYuanString(available(from)) });
  }
  const common = { transferId: command.transferId, amount: toYuanString(amount), reason: requireText(command.reason, 'reason'), documentNo: command.documentNo };
  return {
    out: { type: 'AppropriationTransferredOut.v1', effectiveDate: command.effectiveDate, data: { ...common, lineId: from.attributes.lineId, toLineId: to.attributes.lineId } },
    in: { type: 'AppropriationTransferredIn.v1', effectiveDate: command.effectiveDate, data: { ...common, lineId: to.attributes.lineId, fromLineId: from.attributes.lineId } },
  };
}
