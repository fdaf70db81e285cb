import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, Appended } from '@app/kernel';
import { LineCommandExecutor } from '../line-command.executor';
import { AdjustAppropriationRequest } from './adjust-appropriation.request';

export class AdjustAppropriationCommand extends Command<Appended> {
  constructor(readonly lineId: string, readonly direction: 'increase' | 'decrease', readonly request: AdjustAppropriationRequest, readonly ctx: CommandContext) { super(); }
}

/** 追加 / 调减 of one appropriation line. */
@CommandHandler(AdjustAppropriationCommand)
export class AdjustAppropriationHandler implements ICommandHandler<AdjustAppropriationCommand> {
  constructor(private readonly lines: LineCommandExecutor) {}

  execute({ lineId, direction, request: r, ctx }: AdjustAppropriationCommand): Promise<Appended> {
    return this.lines.execute(lineId, {
      type: direction === 'increase' ? 'IncreaseAppropriation' : 'DecreaseAppropriation',
      amount: r.amount, reason: r.reason, documentNo: r.documentNo ?? null, effectiveDate: r.effectiveDate,
    }, ctx);
  }
}
