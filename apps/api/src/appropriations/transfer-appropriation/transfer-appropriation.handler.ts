import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LineState, decideTransfer, lineDecider, lineStreamId } from '@app/domain';
import { AggregateStore, Appended, CommandContext, assertUnitInScope, documentNoOf, mintId, transferEventIds, transferIdOf } from '@app/kernel';
import { TransferAppropriationRequest } from './transfer-appropriation.request';

export class TransferAppropriationCommand extends Command<{ transferId: string; writes: Appended[] }> {
  constructor(readonly request: TransferAppropriationRequest, readonly ctx: CommandContext) { super(); }
}

/**
 * 调剂: both lines are loaded, one decision is taken, and both sides are appended atomically. The transfer's id
 * derives from its 文号 and lines, or else from the request's Idempotency-Key (ADR 0017): the same transfer sent
 * again, under any key, records nothing and answers as the first time did.
 */
@CommandHandler(TransferAppropriationCommand)
export class TransferAppropriationHandler implements ICommandHandler<TransferAppropriationCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ request: r, ctx }: TransferAppropriationCommand) {
    const documentNo = documentNoOf(r.documentNo);
    const transferId = documentNo ? transferIdOf(r.fromLineId, r.toLineId, documentNo) : mintId(ctx, 'transfer');
    const [outId, inId] = transferEventIds(transferId);
    const streams = [r.fromLineId, r.toLineId].map((lineId) => ({ streamId: lineStreamId(lineId), reducer: lineDecider }));
    const unitOf = (s: LineState) => (s.status === 'open' ? s.attributes.unit : null);
    const writes = await this.aggregates.handleMany(streams, ([from, to]) => {
      if (from.state.status === 'open') assertUnitInScope(ctx.principal, from.state.attributes.unit, 'fromLineId');
      if (to.state.status === 'open') assertUnitInScope(ctx.principal, to.state.attributes.unit, 'toLineId');
      const decision = decideTransfer({
        type: 'TransferAppropriation', transferId, fromLineId: r.fromLineId, toLineId: r.toLineId, amount: r.amount,
        reason: r.reason, documentNo, effectiveDate: r.effectiveDate,
      }, from.state, to.state, ctx);
      if (!decision) return [{ events: [], unit: unitOf(from.state) }, { events: [], unit: unitOf(to.state) }];
      return [{ events: [decision.out], unit: unitOf(from.state), ids: [outId] }, { events: [decision.in], unit: unitOf(to.state), ids: [inId] }];
    }, { ...ctx, expectedRevision: undefined });
    if (writes.length > 0) return { transferId, writes };
    // already recorded: the answer it had
    return { transferId, writes: [await this.aggregates.recordedAnswer(streams[0].streamId, [outId]), await this.aggregates.recordedAnswer(streams[1].streamId, [inId])] };
  }
}
