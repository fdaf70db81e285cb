import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { BudgetCatalog, DomainError, budgetStreamId, catalogReducer, sanGongDecider, sanGongStreamId } from '@app/domain';
import { AggregateStore, Appended, CommandContext } from '@app/kernel';
import { ReviseSanGongCapRequest } from './revise-cap.request';

export class ReviseSanGongCapCommand extends Command<Appended> {
  constructor(readonly department: string, readonly fiscalYear: number, readonly request: ReviseSanGongCapRequest, readonly ctx: CommandContext) { super(); }
}

/**
 * 调整三公经费预算 (admin): the department's budget must be imported and the unit one of its units; the decider checks
 * the category, the figure (never below what is used) and the reason, and records the revision with the previous cap.
 */
@CommandHandler(ReviseSanGongCapCommand)
export class ReviseSanGongCapHandler implements ICommandHandler<ReviseSanGongCapCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ department, fiscalYear, request: r, ctx }: ReviseSanGongCapCommand): Promise<Appended> {
    const streams = [{ streamId: budgetStreamId(department, fiscalYear), reducer: catalogReducer }, { streamId: sanGongStreamId(department, fiscalYear), reducer: sanGongDecider }] as const;
    const handled = await this.aggregates.handleMany(streams, ([catalog, sanGong]) => {
      const c = catalog.state as BudgetCatalog;
      if (c.importIds.length === 0) throw DomainError.notFound('BUDGET_NOT_FOUND', 'fiscalYear', `no budget of department ${department} for ${fiscalYear} has been imported`);
      const unit = r.unit ?? null;
      if (unit !== null && !c.units.has(unit)) throw DomainError.invalid('UNKNOWN_UNIT', 'unit', `unit ${unit} is not a unit of department ${department}`);
      const events = sanGongDecider.decide({
        type: 'ReviseSanGongCap', department, fiscalYear, category: r.category, unit, cap: r.cap, reason: r.reason, documentNo: r.documentNo ?? null, effectiveDate: r.effectiveDate,
      }, sanGong.state, ctx);
      return [{ events: [], unit: null }, { events, unit }];
    }, ctx);
    if (handled.length > 0) return handled[0];
    const { revision } = await this.aggregates.load(sanGongStreamId(department, fiscalYear), sanGongDecider);
    return { streamId: sanGongStreamId(department, fiscalYear), revision, position: 0, eventIds: [], duplicate: true };
  }
}
