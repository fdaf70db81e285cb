import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, mintId, Appended } from '@app/kernel';
import { LineCommandExecutor } from '../../appropriations/line-command.executor';
import { RecoverFundAdvanceRequest } from './recover-fund-advance.request';

export class RecoverFundAdvanceCommand extends Command<Appended & { recoveryId: string }> {
  constructor(readonly lineId: string, readonly request: RecoverFundAdvanceRequest, readonly ctx: CommandContext) { super(); }
}

/**
 * 追偿: never more than the case's outstanding advances; the fund's balance revolves back. The recovery's id (its
 * event's too) derives from the request's Idempotency-Key when it has one (ADR 0017).
 */
@CommandHandler(RecoverFundAdvanceCommand)
export class RecoverFundAdvanceHandler implements ICommandHandler<RecoverFundAdvanceCommand> {
  constructor(private readonly lines: LineCommandExecutor) {}

  async execute({ lineId, request: r, ctx }: RecoverFundAdvanceCommand) {
    const recoveryId = mintId(ctx, 'recovery');
    const written = await this.lines.execute(lineId, {
      type: 'RecoverFundAdvance', recoveryId, caseId: r.caseId, amount: r.amount, note: r.note ?? null, effectiveDate: r.effectiveDate,
    }, ctx, [recoveryId]);
    return { ...written, recoveryId };
  }
}
