import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Appended, CommandContext } from '@app/kernel';
import { LineCommandExecutor } from '../../appropriations/line-command.executor';
import { FileSpendingPlanRequest } from './file-spending-plan.request';

export class FileSpendingPlanCommand extends Command<Appended> {
  constructor(readonly lineId: string, readonly request: FileSpendingPlanRequest, readonly ctx: CommandContext) { super(); }
}

/** 报送/调整用款计划 of one line: load, decide (the line decider), append — the one way a command runs. */
@CommandHandler(FileSpendingPlanCommand)
export class FileSpendingPlanHandler implements ICommandHandler<FileSpendingPlanCommand> {
  constructor(private readonly lines: LineCommandExecutor) {}

  execute({ lineId, request: r, ctx }: FileSpendingPlanCommand): Promise<Appended> {
    return this.lines.execute(lineId, { type: 'FileSpendingPlan', months: r.months, reason: r.reason ?? null, effectiveDate: r.effectiveDate ?? ctx.today }, ctx);
  }
}
