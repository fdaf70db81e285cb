import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Command } from '@nestjs/cqrs';
import { AppropriationEvent, DomainError, Money, RejectionWithRecord, lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import { DuplicateEventIdError, EventStore, StoredEvent } from '@app/event-store';
import { CommandContext, AggregateStore, Appended, deterministicId, envelope, assertUnitInScope } from '@app/kernel';
import { RecordDisbursementRequest } from './record-disbursement.request';

export class RecordDisbursementCommand extends Command<Appended> {
  constructor(readonly lineId: string, readonly request: RecordDisbursementRequest, readonly ctx: CommandContext) { super(); }
}

/** A disbursement's id: derived from (unit, year, 凭证号), the natural key of a payment. */
export const disbursementIdOf = (unit: string, fiscalYear: number, voucherNo: string) => deterministicId(`disbursement/${unit}/${fiscalYear}/${voucherNo}`);

/**
 * 支付: load the line, decide, append. The disbursement's id derives from (unit, year, 凭证号), so the
 * same voucher can never be recorded twice: a repeat with the same content answers the first result,
 * a repeat with other content is refused.
 */
@CommandHandler(RecordDisbursementCommand)
export class RecordDisbursementHandler implements ICommandHandler<RecordDisbursementCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ lineId, request: r, ctx }: RecordDisbursementCommand): Promise<Appended> {
    const streamId = lineStreamId(lineId);
    return this.aggregates.withRetry(async () => {
      const { state, revision } = await this.aggregates.load(streamId, lineDecider);
      const line = requireOpenLine(state);
      assertUnitInScope(ctx.principal, line.attributes.unit, 'lineId');
      const { unit, fiscalYear } = line.attributes;
      const voucherNo = (r.voucherNo ?? '').trim();
      const disbursementId = disbursementIdOf(unit, fiscalYear, voucherNo);
      const earlier = await this.aggregates.store.findEvent(disbursementId);
      if (earlier) return replay(earlier, streamId, r, this.aggregates.store);
      const command = {
        type: 'RecordDisbursement' as const, disbursementId, amount: r.amount, voucherNo, payee: r.payee ?? null, summary: r.summary ?? null,
        subsidyCategory: r.subsidyCategory ?? null, beneficiaries: r.beneficiaries ?? null, economic: r.economic ?? null, effectiveDate: r.effectiveDate,
      };
      let events: AppropriationEvent[];
      try {
        events = lineDecider.decide(command, state, ctx);
      } catch (e) {
        if (e instanceof RejectionWithRecord) {
          // the same refused attempt against the same balance is one fact: a client's retry records nothing more
          const record = e.record as AppropriationEvent[];
          const ids = record.map((r) => {
            const d = r.data as { requested?: string; available?: string };
            return deterministicId(`${disbursementId}/${r.type}/${d.requested ?? ''}/${d.available ?? ''}`);
          });
          await this.aggregates.append(streamId, envelope(record, ctx, unit, ids), 'any');
          throw e.rejection;
        }
        throw e;
      }
      const ids = [disbursementId, ...events.slice(1).map((_, i) => deterministicId(`${disbursementId}/${i + 1}`))];
      try {
        return await this.aggregates.append(streamId, envelope(events, ctx, unit, ids), ctx.expectedRevision ?? revision);
      } catch (e) {
        if (e instanceof DuplicateEventIdError) throw voucherUsed(voucherNo);
        throw e;
      }
    }, ctx.expectedRevision);
  }
}

function voucherUsed(voucherNo: string) {
  return DomainError.conflict('VOUCHER_ALREADY_USED', 'voucherNo', `voucher ${voucherNo} is already recorded for another payment of this unit`);
}

/** The voucher was recorded before: the same request again is answered as the first time; anything else is refused. */
async function replay(earlier: StoredEvent, streamId: string, r: RecordDisbursementRequest, store: EventStore): Promise<Appended> {
  const data = earlier.data as { amount: string; lineId: string };
  const same = earlier.streamId === streamId && sameAmount(data.amount, r.amount) && earlier.metadata.effectiveDate === r.effectiveDate;
  if (!same) throw voucherUsed(r.voucherNo);
  // the first answer also named the events recorded with the disbursement (e.g. OverspendWarned), under ids derived from it
  const recorded = [earlier];
  for (let i = 1; ; i++) {
    const next = await store.findEvent(deterministicId(`${earlier.id}/${i}`));
    if (!next) break;
    recorded.push(next);
  }
  const last = recorded[recorded.length - 1];
  return { streamId, revision: last.revision, position: last.position, eventIds: recorded.map((e) => e.id), duplicate: true };
}

const sameAmount = (stored: string, requested: unknown) =>
  typeof requested === 'string' && /^\d{1,15}(\.\d{1,2})?$/.test(requested.trim()) && new Money(stored).eq(requested.trim());
