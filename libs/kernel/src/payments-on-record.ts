import { DisbursementEntry, DisbursementRecorded, paymentOnRecord } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { reversalEventId } from './deterministic-id';
import { toDomainEvent } from './envelope';

/**
 * The payment (支付) under a disbursement id as the store holds it, found through the store's index of event ids
 * (the id of a DisbursementRecorded.v1 is the disbursement id; its 冲销's is `reversalEventId`), so that a line's
 * state need not keep every payment to decide about one (ADR 0020). Read inside the command's attempt: a payment or
 * reversal recorded meanwhile moves the line's stream, so the append fails and the attempt is decided again.
 */
export async function findPaymentOnRecord(store: EventStore, disbursementId: string, options: { readonly reversal: boolean }): Promise<DisbursementEntry | null> {
  const stored = await store.findEvent(disbursementId);
  if (!stored || stored.type !== 'DisbursementRecorded.v1') return null;
  // a repeated 凭证号 needs only the payment's line, amount and date; a 冲销 also whether it was reversed
  const reversed = options.reversal && (await store.findEvent(reversalEventId(disbursementId))) !== undefined;
  return paymentOnRecord(toDomainEvent<DisbursementRecorded>(stored), reversed);
}
