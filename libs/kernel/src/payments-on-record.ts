import { DisbursementEntry, DisbursementRecorded, paymentOnRecord } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { importSettledOnLineEventId, paymentRecordingId, reversalEventId } from './deterministic-id';
import { toDomainEvent } from './envelope';

/** Where a disbursement id stands in the store. */
export interface PaymentLookup {
  /** the payment recorded under it (staged by a withdrawn import: not on record), or null */
  readonly onRecord: DisbursementEntry | null;
  /** the id of that payment's DisbursementRecorded.v1 or, when none is on record, the id a new recording takes */
  readonly eventId: string;
}

/** Recordings under one disbursement id followed at most (each earlier one an import withdrawn from its line). */
const MAX_RECORDINGS = 1000;

/**
 * The payment (支付) under a disbursement id as the store holds it, found through the store's index of event ids
 * (the id of a DisbursementRecorded.v1 is the disbursement id, `paymentRecordingId(id, 0)`; its 冲销's is
 * `reversalEventId`), so that a line's state need not keep every payment to decide about one (ADR 0020). A payment
 * staged by a disbursement import that was withdrawn from its line (its `DisbursementImportWithdrawn`, found by its
 * deterministic id) is not on record: the lookup goes on to the next recording id (ADR 0022), and a new recording
 * takes the first free one. Read inside the command's attempt: a payment, reversal or withdrawal recorded meanwhile
 * moves the line's stream (or takes the same event id), so the append fails and the attempt is decided again.
 */
export async function lookUpPayment(store: EventStore, disbursementId: string, options: { readonly reversal: boolean }): Promise<PaymentLookup> {
  for (let n = 0; n < MAX_RECORDINGS; n++) {
    const eventId = paymentRecordingId(disbursementId, n);
    const stored = await store.findEvent(eventId);
    if (!stored) return { onRecord: null, eventId };
    if (stored.type !== 'DisbursementRecorded.v1') return { onRecord: null, eventId }; // not a payment's id: nothing on record (the append will say)
    const recorded = toDomainEvent<DisbursementRecorded>(stored);
    const { importId, lineId } = recorded.data;
    if (importId && (await store.findEvent(importSettledOnLineEventId(importId, 'withdrawn', lineId)))) continue;
    // a repeated 凭证号 needs only the payment's line, amount and date; a 冲销 also whether it was reversed
    const reversed = options.reversal && (await store.findEvent(reversalEventId(disbursementId))) !== undefined;
    return { onRecord: paymentOnRecord(recorded, reversed), eventId };
  }
  throw new Error(`disbursement ${disbursementId}: more than ${MAX_RECORDINGS} withdrawn recordings`);
}

/** The payment on record under a disbursement id (lookUpPayment), or null. */
export async function findPaymentOnRecord(store: EventStore, disbursementId: string, options: { readonly reversal: boolean }): Promise<DisbursementEntry | null> {
  return (await lookUpPayment(store, disbursementId, options)).onRecord;
}
