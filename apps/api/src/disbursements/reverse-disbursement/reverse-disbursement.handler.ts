import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DisbursementReversed, LineState, ReverseDisbursement, lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import { CommandContext, Appended, AggregateStore, assertUnitInScope, findPaymentOnRecord, reversalEventId } from '@app/kernel';
import { LineCommandExecutor } from '../../appropriations/line-command.executor';
import { assertClientRevision, decideReversalLimits, reversalLimits } from '../payment-limits';
import { ReverseDisbursementRequest } from './reverse-disbursement.request';

export class ReverseDisbursementCommand extends Command<Appended> {
  constructor(readonly lineId: string, readonly disbursementId: string, readonly request: ReverseDisbursementRequest, readonly ctx: CommandContext) { super(); }
}

/**
 * 冲销: a disbursement is never edited or deleted; its reversal is recorded, at most once. The reversal of a 三公
 * or procurement payment gives its room back in the same atomic write.
 */
@CommandHandler(ReverseDisbursementCommand)
export class ReverseDisbursementHandler implements ICommandHandler<ReverseDisbursementCommand> {
  constructor(private readonly lines: LineCommandExecutor, private readonly aggregates: AggregateStore) {}

  async execute({ lineId, disbursementId, request: r, ctx }: ReverseDisbursementCommand): Promise<Appended> {
    // the line keeps totals, not every payment: the one to reverse is found by its id in the store (ADR 0020), in each attempt
    const command = async (): Promise<ReverseDisbursement> => ({
      type: 'ReverseDisbursement', disbursementId, amount: r.amount ?? null, reason: r.reason, effectiveDate: r.effectiveDate,
      onRecord: await findPaymentOnRecord(this.aggregates.store, disbursementId, { reversal: true }),
    });
    const ids = [reversalEventId(disbursementId)];
    const streamId = lineStreamId(lineId);
    const { state } = await this.aggregates.load(streamId, lineDecider);
    if (state.status === 'open') assertUnitInScope(ctx.principal, state.attributes.unit, 'lineId');
    const limits = state.status === 'open' ? await reversalLimits(this.aggregates, state, disbursementId) : [];
    if (limits.length === 0) return this.lines.execute(lineId, command, ctx, ids);
    const streams = [{ streamId, reducer: lineDecider }, ...limits];
    const handled = await this.aggregates.handleMany(streams, async ([line, ...others]) => {
      assertClientRevision(ctx, line.revision);
      const open = requireOpenLine(line.state as LineState);
      const events = lineDecider.decide(await command(), open, ctx) as DisbursementReversed[]; // a reversal is one fact, or refused
      const release = { disbursementId, amount: events[0].data.amount, effectiveDate: r.effectiveDate, unit: open.attributes.unit };
      return [{ events, unit: open.attributes.unit, ids }, ...decideReversalLimits(limits, others.map((o) => o.state), release, ctx)];
    }, { ...ctx, expectedRevision: undefined });
    const own = handled.find((h) => h.streamId === streamId)!;
    return { ...own, position: Math.max(...handled.map((h) => h.position)), eventIds: handled.flatMap((h) => h.eventIds) };
  }
}
