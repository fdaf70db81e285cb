import { DomainError } from '../shared/domain-error';
import { Money, toYuanString } from '../shared/money';
import { OpenLine } from './state';

/**
 * Whether a command is one the line has already recorded (ADR 0017). Its id comes from its natural key (the 文号
 * of a 调剂 or 追加/调减) or from the client's Idempotency-Key, so a retried request, or the same document sent
 * again under another key, finds itself: with the same amount and date it is the same command and nothing new is
 * recorded (true); with other content it is refused, naming the 文号 when the id came from it.
 */
export function isRecordedCommand(line: OpenLine, id: string, amount: Money, effectiveDate: string, documentNo: string | null): boolean {
  const earlier = line.commands.get(id);
  if (!earlier) return false;
  if (earlier.amount.eq(amount) && earlier.effectiveDate === effectiveDate) return true;
  const recorded = { amount: toYuanString(earlier.amount), effectiveDate: earlier.effectiveDate };
  if (documentNo !== null) {
    throw DomainError.conflict('DOCUMENT_NO_ALREADY_USED', 'documentNo',
      `文号 ${documentNo} is already recorded here for ${recorded.amount} 元 on ${recorded.effectiveDate}; a different amount or date needs its own document`, { recorded });
  }
  throw DomainError.conflict('COMMAND_ALREADY_RECORDED', 'Idempotency-Key', 'this command was already recorded with another amount or date', { recorded });
}
