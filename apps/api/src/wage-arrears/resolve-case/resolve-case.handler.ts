import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { caseDecider, caseStreamId } from '@app/domain';
import { CommandContext, AggregateStore, Appended, deterministicId, assertUnitInScope } from '@app/kernel';
import { ResolveCaseRequest } from './resolve-case.request';

export class ResolveCaseCommand extends Command<Appended> {
  constructor(readonly caseId: string, readonly request: ResolveCaseRequest, readonly ctx: CommandContext) { super(); }
}

/** 处置: the numerator of 欠薪处置率. */
@CommandHandler(ResolveCaseCommand)
export class ResolveCaseHandler implements ICommandHandler<ResolveCaseCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ caseId, request: r, ctx }: ResolveCaseCommand): Promise<Appended> {
    return this.aggregates.handle(caseStreamId(caseId), caseDecider, (state) => {
      if (state.status !== 'absent') assertUnitInScope(ctx.principal, state.reported.unit, 'caseId');
      const events = caseDecider.decide({
        type: 'ResolveWageArrearsCase', resolution: r.resolution, amountSettled: r.amountSettled ?? null, note: r.note ?? null, effectiveDate: r.effectiveDate,
      }, state, ctx);
      return { events, unit: state.status === 'absent' ? null : state.reported.unit, ids: [deterministicId(`resolution/${caseId}`)] };
    }, ctx);
  }
}
