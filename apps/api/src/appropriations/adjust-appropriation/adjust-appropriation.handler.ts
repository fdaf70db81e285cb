import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { lineStreamId } from '@app/domain';
import { CommandContext, Appended, adjustmentIdOf, documentNoOf, mintId } from '@app/kernel';
import { LineCommandExecutor } from '../line-command.executor';
import { AdjustAppropriationRequest } from './adjust-appropriation.request';

export class AdjustAppropriationCommand extends Command<Appended> {
  constructor(readonly lineId: string, readonly direction: 'increase' | 'decrease', readonly request: AdjustAppropriationRequest, readonly ctx: CommandContext) { super(); }
}

/**
 * 追加 / 调减 of one appropriation line. Its id (its event's id too) derives from its 文号, line and direction, or
 * else from the request's Idempotency-Key (ADR 0017): sent again, it records nothing and answers as the first time.
 */
@CommandHandler(AdjustAppropriationCommand)
export class AdjustAppropriationHandler implements ICommandHandler<AdjustAppropriationCommand> {
  constructor(private readonly lines: LineCommandExecutor) {}

  async execute({ lineId, direction, request: r, ctx }: AdjustAppropriationCommand): Promise<Appended> {
    const documentNo = documentNoOf(r.documentNo);
    const adjustmentId = documentNo ? adjustmentIdOf(lineId, direction, documentNo) : mintId(ctx, 'adjustment');
    return this.lines.execute(lineId, {
      type: direction === 'increase' ? 'IncreaseAppropriation' : 'DecreaseAppropriation',
      adjustmentId, amount: r.amount, reason: r.reason, documentNo, effectiveDate: r.effectiveDate,
    }, ctx, [adjustmentId]);
  }
}
