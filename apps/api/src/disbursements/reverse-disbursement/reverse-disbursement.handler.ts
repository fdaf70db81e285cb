import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, Appended, deterministicId } from '@app/kernel';
import { LineCommandExecutor } from '../../appropriations/line-command.executor';
import { ReverseDisbursementRequest } from './reverse-disbursement.request';

export class ReverseDisbursementCommand extends Command<Appended> {
  constructor(readonly lineId: string, readonly disbursementId: string, readonly request: ReverseDisbursementRequest, readonly ctx: CommandContext) { super(); }
}

/** 冲销: a disbursement is never edited or deleted; its reversal is recorded, at most once. */
@CommandHandler(ReverseDisbursementCommand)
export class ReverseDisbursementHandler implements ICommandHandler<ReverseDisbursementCommand> {
  constructor(private readonly lines: LineCommandExecutor) {}

  execute({ lineId, disbursementId, request: r, ctx }: ReverseDisbursementCommand): Promise<Appended> {
    return this.lines.execute(lineId, {
      type: 'ReverseDisbursement', disbursementId, amount: r.amount ?? null, reason: r.reason, effectiveDate: r.effectiveDate,
    }, ctx, [deterministicId(`reversal/${disbursementId}`)]);
  }
}
