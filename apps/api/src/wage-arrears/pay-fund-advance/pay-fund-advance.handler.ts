import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { caseDecider, caseStreamId, decideFundAdvance, lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import { CommandContext, mintId, AggregateStore, Appended, assertUnitInScope } from '@app/kernel';
import { PayFundAdvanceRequest } from './pay-fund-advance.request';

export class PayFundAdvanceCommand extends Command<Appended & { advanceId: string }> {
  constructor(readonly lineId: string, readonly request: PayFundAdvanceRequest, readonly ctx: CommandContext) { super(); }
}

/**
 * 垫付 from the 农民工工资应急周转金. The advance is appended to the fund's line; the case stream is
 * written with no events but its revision expected, so a case resolved meanwhile makes the advance retry.
 * The advance's id (its event's id too) derives from the request's Idempotency-Key when it has one (ADR 0017):
 * the same request again records nothing and answers as the first time did.
 */
@CommandHandler(PayFundAdvanceCommand)
export class PayFundAdvanceHandler implements ICommandHandler<PayFundAdvanceCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ lineId, request: r, ctx }: PayFundAdvanceCommand) {
    const advanceId = mintId(ctx, 'advance');
    const streams = [{ streamId: lineStreamId(lineId), reducer: lineDecider }, { streamId: caseStreamId(r.caseId), reducer: caseDecider }] as const;
    const [written] = await this.aggregates.handleMany(streams, ([fund, wageCase]) => {
      if (fund.state.status === 'open') assertUnitInScope(ctx.principal, fund.state.attributes.unit, 'lineId');
      const events = decideFundAdvance({
        type: 'PayFundAdvance', advanceId, caseId: r.caseId, amount: r.amount, workers: r.workers, note: r.note ?? null, effectiveDate: r.effectiveDate,
      }, fund.state, wageCase.state, ctx);
      // the case is not written, but the advance relied on its state: it must not have changed meanwhile
      return [{ events, unit: requireOpenLine(fund.state).attributes.unit, ids: [advanceId] }, { events: [], unit: null, guard: events.length > 0 }];
    }, ctx);
    return { ...(written ?? await this.aggregates.recordedAnswer(streams[0].streamId, [advanceId])), advanceId };
  }
}
