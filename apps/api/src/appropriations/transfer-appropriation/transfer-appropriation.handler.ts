import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideTransfer, lineDecider, lineStreamId } from '@app/domain';
import { CommandContext, mintId, AggregateStore, Appended, assertUnitInScope } from '@app/kernel';
import { TransferAppropriationRequest } from './transfer-appropriation.request';

export class TransferAppropriationCommand extends Command<{ transferId: string; writes: Appended[] }> {
  constructor(readonly request: TransferAppropriationRequest, readonly ctx: CommandContext) { super(); }
}

/** 调剂: both lines are loaded, one decision is taken, and both sides are appended atomically. */
@CommandHandler(TransferAppropriationCommand)
export class TransferAppropriationHandler implements ICommandHandler<TransferAppropriationCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ request: r, ctx }: TransferAppropriationCommand) {
    const transferId = mintId(ctx, 'transfer');
    const streams = [r.fromLineId, r.toLineId].map((lineId) => ({ streamId: lineStreamId(lineId), reducer: lineDecider }));
    return this.aggregates.handleMany(streams, ([from, to]) => {
      if (from.state.status === 'open') assertUnitInScope(ctx.principal, from.state.attributes.unit, 'fromLineId');
      if (to.state.status === 'open') assertUnitInScope(ctx.principal, to.state.attributes.unit, 'toLineId');
      const decision = decideTransfer({
        type: 'TransferAppropriation', transferId, fromLineId: r.fromLineId, toLineId: r.toLineId, amount: r.amount,
        reason: r.reason, documentNo: r.documentNo ?? null, effectiveDate: r.effectiveDate,
      }, from.state, to.state, ctx);
      const unitOf = (s: typeof from.state) => (s.status === 'open' ? s.attributes.unit : null);
      return [{ events: [decision.out], unit: unitOf(from.state) }, { events: [decision.in], unit: unitOf(to.state) }];
    }, { ...ctx, expectedRevision: undefined }).then((writes) => ({ transferId, writes }));
  }
}
