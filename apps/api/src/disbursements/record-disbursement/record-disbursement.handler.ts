import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Command } from '@nestjs/cqrs';
import { AppropriationEvent, DomainError, DomainEvent, LineState, OpenLine, RejectionWithRecord, SpendingPlanSettings, lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import { SPENDING_PLANS } from '@app/platform';
import { DuplicateEventIdError } from '@app/event-store';
import {
  AggregateStore, Appended, CommandContext, Handled, assertUnitInScope, disbursementEventIds, disbursementIdOf, envelope, rejectionEventId, deterministicId,
  lookUpPayment,
} from '@app/kernel';
import { PaymentLimits, assertClientRevision, decidePaymentLimits, limitStreams, paymentLimits } from '../payment-limits';
import { RecordDisbursementRequest } from './record-disbursement.request';

export class RecordDisbursementCommand extends Command<Appended> {
  constructor(readonly lineId: string, readonly request: RecordDisbursementRequest, readonly ctx: CommandContext) { super(); }
}

/** The line's decision on a payment; a refused overspend comes back as `refused`, to be recorded. */
interface PaymentDecision {
  readonly events: readonly AppropriationEvent[];
  readonly unit: string;
  readonly disbursementId: string;
  readonly ids: string[];
  readonly refused: RejectionWithRecord<unknown> | null;
}

/**
 * 支付: load the line, decide, append. The disbursement's id derives from (unit, year, 凭证号), so the same
 * voucher is never recorded twice: on its line the decider answers a repeat with the same content with
 * nothing new (the first result is answered again) and refuses other content; on another line of the unit the
 * store's unique id refuses it. A 三公 or procurement payment is decided together with its department's caps or
 * procurement budget (payment-limits.ts).
 */
@CommandHandler(RecordDisbursementCommand)
export class RecordDisbursementHandler implements ICommandHandler<RecordDisbursementCommand> {
  constructor(private readonly aggregates: AggregateStore, @Inject(SPENDING_PLANS) private readonly plans: SpendingPlanSettings) {}

  async execute({ lineId, request: r, ctx }: RecordDisbursementCommand): Promise<Appended> {
    const streamId = lineStreamId(lineId);
    let disbursementId = '';
    /** the id of the payment's DisbursementRecorded.v1: the disbursement id, unless an import withdrawn took it (ADR 0022) */
    let recordingId = '';
    /** The line's decision; a refused overspend is handed back to be recorded once nothing else refused the payment. */
    const decidePayment = async (state: LineState): Promise<PaymentDecision> => {
      const line = requireOpenLine(state);
      assertUnitInScope(ctx.principal, line.attributes.unit, 'lineId');
      const { unit, fiscalYear } = line.attributes;
      disbursementId = disbursementIdOf(unit, fiscalYear, (r.voucherNo ?? '').trim());
      // the line keeps totals, not every payment: a 凭证号 used before is found by its id in the store (ADR 0020)
      const { onRecord, eventId } = await lookUpPayment(this.aggregates.store, disbursementId, { reversal: false });
      recordingId = eventId;
      const command = {
        type: 'RecordDisbursement' as const, disbursementId, amount: r.amount, voucherNo: r.voucherNo, payee: r.payee ?? null, summary: r.summary ?? null,
        subsidyCategory: r.subsidyCategory ?? null, beneficiaries: r.beneficiaries ?? null, economic: r.economic ?? null, effectiveDate: r.effectiveDate, onRecord,
      };
      try {
        // 用款计划: a payment beyond the month's cumulative plan is refused, warned or allowed as SPENDING_PLAN_SETTINGS says
        const events = lineDecider.decide(command, state, { ...ctx, spendingPlan: this.plans });
        return { events, unit, disbursementId, ids: disbursementEventIds(recordingId, events.length), refused: null };
      } catch (e) {
        if (e instanceof RejectionWithRecord) return { events: [], unit, disbursementId, ids: [], refused: e as RejectionWithRecord<unknown> };
        throw e;
      }
    };
    try {
      // a line's attributes never change: whether the payment is 三公 or procurement is known before deciding
      const { state } = await this.aggregates.load(streamId, lineDecider);
      if (state.status === 'open') assertUnitInScope(ctx.principal, state.attributes.unit, 'lineId');
      const limits = state.status === 'open' ? await paymentLimits(this.aggregates, state, r) : null;
      const handled = limits ? await this.withLimits(streamId, limits, r, decidePayment, ctx) : await this.aggregates.handle(streamId, lineDecider, async (s, revision) => {
        const decided = await decidePayment(s);
        if (decided.refused) await this.recordRejection(streamId, disbursementId, decided.refused, decided.unit, ctx, revision);
        return decided;
      }, ctx);
      return handled && handled.events.length > 0 ? handled : await this.firstAnswer(streamId, recordingId);
    } catch (e) {
      // the voucher is recorded on another line of the unit: the store's unique id said so
      if (e instanceof DuplicateEventIdError) throw DomainError.conflict('VOUCHER_ALREADY_USED', 'voucherNo', `voucher ${r.voucherNo} is already recorded for another payment of this unit`);
      throw e;
    }
  }

  /**
   * A 三公 or procurement payment: its line and its department's caps / procurement budget decided together and
   * appended atomically, so concurrent payments on any lines never pass a cap together (a collision is retried).
   */
  private async withLimits(streamId: string, limits: PaymentLimits, r: RecordDisbursementRequest, decidePayment: (state: LineState) => Promise<PaymentDecision>,
    ctx: CommandContext): Promise<Handled<DomainEvent> | null> {
    const streams = [{ streamId, reducer: lineDecider }, ...limitStreams(limits)];
    const handled = await this.aggregates.handleMany(streams, async ([line, ...others]) => {
      assertClientRevision(ctx, line.revision);
      const decided = await decidePayment(line.state as LineState);
      if (decided.events.length === 0 && !decided.refused) return streams.map(() => ({ events: [], unit: decided.unit })); // the same payment again
      const payment = { disbursementId: decided.disbursementId, lineId: (line.state as OpenLine).attributes.lineId, unit: decided.unit, amount: r.amount, effectiveDate: r.effectiveDate };
      // a cap or the procurement budget refuses first, whatever the line's own balance
      const rest = decidePaymentLimits(limits, others.map((o) => o.state), payment, ctx);
      if (decided.refused) await this.recordRejection(streamId, decided.disbursementId, decided.refused, decided.unit, ctx, line.revision);
      return [{ events: decided.events, unit: decided.unit, ids: decided.ids }, ...rest];
    }, { ...ctx, expectedRevision: undefined });
    const own = handled.find((h) => h.streamId === streamId);
    return own ? { ...own, position: Math.max(...handled.map((h) => h.position)), eventIds: handled.flatMap((h) => h.eventIds) } : null;
  }

  /**
   * A refused overspend is a fact worth keeping (the alert rules watch it); the same attempt again records nothing more.
   * Appended at the revision it was decided on: a concurrent write makes it decide again, so the decider's bound on
   * refusals per balance (REFUSALS_RECORDED_PER_BALANCE) holds under a burst of requests too.
   */
  private async recordRejection(streamId: string, disbursementId: string, e: RejectionWithRecord<unknown>, unit: string, ctx: CommandContext, revision: number): Promise<never> {
    const record = e.record as AppropriationEvent[];
    const ids = record.map((x) => (x.type === 'OverspendBlocked.v1' ? rejectionEventId(disbursementId, x.type, x.data.requested, x.data.available) : deterministicId(`${disbursementId}/${x.type}`)));
    await this.aggregates.append(streamId, envelope(record, ctx, unit, ids), revision, ctx.idempotencyKey);
    throw e.rejection;
  }

  /** The voucher was recorded before with the same content: answer as the first time, naming the events recorded with it. */
  private async firstAnswer(streamId: string, recordingId: string): Promise<Appended> {
    const recorded = [];
    // a payment recorded by a spreadsheet import has the same ids: its recording's, then ids derived from it
    for (const id of disbursementEventIds(recordingId, 10)) {
      const event = await this.aggregates.store.findEvent(id);
      if (!event) break;
      recorded.push(event);
    }
    const last = recorded[recorded.length - 1];
    return { streamId, revision: last.revision, position: last.position, eventIds: recorded.map((e) => e.id), duplicate: true };
  }
}
