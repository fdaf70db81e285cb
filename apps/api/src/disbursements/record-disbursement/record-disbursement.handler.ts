import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Command } from '@nestjs/cqrs';
import { AppropriationEvent, DomainError, RejectionWithRecord, SpendingPlanSettings, lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import { SPENDING_PLANS } from '@app/platform';
import { DuplicateEventIdError } from '@app/event-store';
import { AggregateStore, Appended, CommandContext, assertUnitInScope, disbursementEventIds, disbursementIdOf, envelope, rejectionEventId, deterministicId } from '@app/kernel';
import { RecordDisbursementRequest } from './record-disbursement.request';

export class RecordDisbursementCommand extends Command<Appended> {
  constructor(readonly lineId: string, readonly request: RecordDisbursementRequest, readonly ctx: CommandContext) { super(); }
}

/**
 * 支付: load the line, decide, append. The disbursement's id derives from (unit, year, 凭证号), so the same
 * voucher is never recorded twice: on its line the decider answers a repeat with the same content with
 * nothing new (the first result is answered again) and refuses other content; on another line of the unit the
 * store's unique id refuses it.
 */
@CommandHandler(RecordDisbursementCommand)
export class RecordDisbursementHandler implements ICommandHandler<RecordDisbursementCommand> {
  constructor(private readonly aggregates: AggregateStore, @Inject(SPENDING_PLANS) private readonly plans: SpendingPlanSettings) {}

  async execute({ lineId, request: r, ctx }: RecordDisbursementCommand): Promise<Appended> {
    const streamId = lineStreamId(lineId);
    let disbursementId = '';
    try {
      const handled = await this.aggregates.handle(streamId, lineDecider, async (state) => {
        const line = requireOpenLine(state);
        assertUnitInScope(ctx.principal, line.attributes.unit, 'lineId');
        const { unit, fiscalYear } = line.attributes;
        disbursementId = disbursementIdOf(unit, fiscalYear, (r.voucherNo ?? '').trim());
        const command = {
          type: 'RecordDisbursement' as const, disbursementId, amount: r.amount, voucherNo: r.voucherNo, payee: r.payee ?? null, summary: r.summary ?? null,
          subsidyCategory: r.subsidyCategory ?? null, beneficiaries: r.beneficiaries ?? null, economic: r.economic ?? null, effectiveDate: r.effectiveDate,
        };
        try {
          // 用款计划: a payment beyond the month's cumulative plan is refused, warned or allowed as SPENDING_PLAN_SETTINGS says
          const events = lineDecider.decide(command, state, { ...ctx, spendingPlan: this.plans });
          return { events, unit, ids: disbursementEventIds(disbursementId, events.length) };
        } catch (e) {
          if (e instanceof RejectionWithRecord) await this.recordRejection(streamId, disbursementId, e, unit, ctx);
          throw e;
        }
      }, ctx);
      return handled.events.length > 0 ? handled : await this.firstAnswer(streamId, disbursementId);
    } catch (e) {
      // the voucher is recorded on another line of the unit: the store's unique id said so
      if (e instanceof DuplicateEventIdError) throw DomainError.conflict('VOUCHER_ALREADY_USED', 'voucherNo', `voucher ${r.voucherNo} is already recorded for another payment of this unit`);
      throw e;
    }
  }

  /** A refused overspend is a fact worth keeping (the alert rules watch it); the same attempt again records nothing more. */
  private async recordRejection(streamId: string, disbursementId: string, e: RejectionWithRecord<unknown>, unit: string, ctx: CommandContext): Promise<never> {
    const record = e.record as AppropriationEvent[];
    const ids = record.map((x) => (x.type === 'OverspendBlocked.v1' ? rejectionEventId(disbursementId, x.type, x.data.requested, x.data.available) : deterministicId(`${disbursementId}/${x.type}`)));
    await this.aggregates.append(streamId, envelope(record, ctx, unit, ids), 'any');
    throw e.rejection;
  }

  /** The voucher was recorded before with the same content: answer as the first time, naming the events recorded with it. */
  private async firstAnswer(streamId: string, disbursementId: string): Promise<Appended> {
    const recorded = [];
    for (const id of disbursementEventIds(disbursementId, 10)) {
      const event = await this.aggregates.store.findEvent(id);
      if (!event) break;
      recorded.push(event);
    }
    const last = recorded[recorded.length - 1];
    return { streamId, revision: last.revision, position: last.position, eventIds: recorded.map((e) => e.id), duplicate: true };
  }
}
