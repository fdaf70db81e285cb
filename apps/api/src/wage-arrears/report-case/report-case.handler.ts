import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError, budgetStreamId, caseDecider, caseStreamId, catalogReducer, fiscalYearOf, isValidBusinessDate } from '@app/domain';
import { CommandContext, mintId, AggregateStore, Appended, assertUnitInScope, caseReportEventId } from '@app/kernel';
import { ReportCaseRequest } from './report-case.request';

export class ReportCaseCommand extends Command<Appended & { caseId: string }> {
  constructor(readonly request: ReportCaseRequest, readonly ctx: CommandContext) { super(); }
}

/**
 * 欠薪案件 reported: counts in the denominator of 欠薪处置率. The unit must belong to an imported budget. The case's id
 * derives from the request's Idempotency-Key when it has one (ADR 0017): the same report again records nothing.
 */
@CommandHandler(ReportCaseCommand)
export class ReportCaseHandler implements ICommandHandler<ReportCaseCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ request: r, ctx }: ReportCaseCommand) {
    assertUnitInScope(ctx.principal, r.unit);
    if (isValidBusinessDate(r.effectiveDate)) {
      const { state: catalog } = await this.aggregates.load(budgetStreamId(r.unit.slice(0, 3), fiscalYearOf(r.effectiveDate)), catalogReducer);
      if (!catalog.units.has(r.unit)) throw DomainError.invalid('UNKNOWN_UNIT', 'unit', `unit ${r.unit} has no budget in ${fiscalYearOf(r.effectiveDate)}`);
    }
    const caseId = mintId(ctx, 'case');
    const ids = [caseReportEventId(caseId)];
    const handled = await this.aggregates.handle(caseStreamId(caseId), caseDecider, (state) => ({
      events: caseDecider.decide({
        type: 'ReportWageArrearsCase', caseId, unit: r.unit, employer: r.employer, workersAffected: r.workersAffected,
        amountOwed: r.amountOwed, description: r.description ?? null, effectiveDate: r.effectiveDate,
      }, state, ctx),
      unit: r.unit,
      ids,
    }), ctx);
    return { ...(handled.events.length > 0 ? handled : await this.aggregates.recordedAnswer(handled.streamId, ids)), caseId };
  }
}
