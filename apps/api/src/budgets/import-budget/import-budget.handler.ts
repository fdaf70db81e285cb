import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  DomainError, IndicatorDefined, LineAttributes, budgetStreamId, catalogReducer, indicatorDecider, indicatorStreamId, lineDecider, lineStreamId,
} from '@app/domain';
import { ImportPlan, planBudgetImport } from '@app/budget-import';
import { StreamWrite } from '@app/event-store';
import { CommandContext, AggregateStore, deterministicId, envelope } from '@app/kernel';
import { ImportReport, toReport } from './import-report';

export class ImportBudgetCommand extends Command<ImportReport> {
  constructor(readonly document: unknown, readonly dryRun: boolean, readonly ctx: CommandContext) { super(); }
}

/**
 * Imports a budget document (年初预算 or 追加预算): validate and reconcile (the dry run stops there),
 * then record the document, every line and every indicator in one atomic write. Ids derive from the
 * document's content, so importing the same file twice records nothing the second time.
 */
@CommandHandler(ImportBudgetCommand)
export class ImportBudgetHandler implements ICommandHandler<ImportBudgetCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ document, dryRun, ctx }: ImportBudgetCommand): Promise<ImportReport> {
    const plan = planBudgetImport(document);
    const budgetStream = budgetStreamId(plan.department, plan.fiscalYear);
    const catalog = await this.aggregates.load(budgetStream, catalogReducer);
    if (catalog.state.importIds.includes(plan.importId)) return toReport(plan, { dryRun, alreadyImported: true, established: 0, increased: 0, indicators: 0 });
    if (plan.kind === 'initial' && catalog.revision >= 0) {
      throw DomainError.conflict('INITIAL_BUDGET_EXISTS', 'kind', `department ${plan.department} already has an initial budget for ${plan.fiscalYear}; import changes as a supplementary budget`);
    }
    if (plan.kind === 'supplementary' && catalog.revision < 0) {
      throw DomainError.conflict('NO_INITIAL_BUDGET', 'kind', `import the initial budget of ${plan.fiscalYear} first`);
    }
    const writes: StreamWrite[] = [{
      streamId: budgetStream, expectedRevision: catalog.revision,
      events: envelope([{ type: 'BudgetDocumentImported.v1', data: plan.document, effectiveDate: plan.effectiveDate }], ctx, null, [deterministicId(`${plan.importId}/document`)]),
    }];
    let established = 0, increased = 0, indicators = 0;
    for (const line of plan.lines) {
      const write = await this.lineWrite(plan, line, ctx);
      if (write.events[0]?.type === 'AppropriationEstablished.v1') established++; else increased++;
      writes.push(write);
    }
    for (const definition of plan.indicators) {
      const write = await this.indicatorWrite(plan, definition, ctx);
      if (write) { writes.push(write); indicators++; }
    }
    if (!dryRun) await this.aggregates.appendMultiple(writes);
    return toReport(plan, { dryRun, alreadyImported: false, established, increased, indicators });
  }

  private async lineWrite(plan: ImportPlan, line: LineAttributes, ctx: CommandContext): Promise<StreamWrite> {
    const streamId = lineStreamId(line.lineId);
    const { state, revision } = await this.aggregates.load(streamId, lineDecider);
    const id = [deterministicId(`${plan.importId}/line/${line.lineId}`)];
    if (state.status === 'absent') {
      const events = lineDecider.decide({ type: 'EstablishAppropriation', attributes: line, effectiveDate: plan.effectiveDate }, state, ctx);
      return { streamId, expectedRevision: 'no_stream', events: envelope(events, ctx, line.unit, id) };
    }
    if (plan.kind === 'initial') throw DomainError.conflict('LINE_ALREADY_EXISTS', 'lines', `line ${line.lineId} already exists`);
    const a = state.attributes;
    if (a.unit !== line.unit || a.type !== line.type || a.project !== line.project || a.functional !== line.functional) {
      throw DomainError.conflict('LINE_ATTRIBUTES_DIFFER', 'lines', `line ${line.lineId} exists with another unit, type, project or functional code`);
    }
    const events = lineDecider.decide({
      type: 'IncreaseAppropriation', amount: line.amount, reason: `追加预算 ${plan.document.source.title}`, documentNo: plan.document.source.reference, effectiveDate: plan.effectiveDate,
    }, state, ctx);
    return { streamId, expectedRevision: revision, events: envelope(events, ctx, line.unit, id) };
  }

  private async indicatorWrite(plan: ImportPlan, definition: IndicatorDefined['data'], ctx: CommandContext): Promise<StreamWrite | null> {
    const streamId = indicatorStreamId(plan.fiscalYear, definition.indicatorId);
    const { state } = await this.aggregates.load(streamId, indicatorDecider);
    if (state.status !== 'absent') {
      if (plan.kind === 'initial') throw DomainError.conflict('INDICATOR_ALREADY_DEFINED', 'indicators', `indicator ${definition.indicatorId} already exists`);
      return null; // a supplementary budget keeps the indicators already defined
    }
    const events = indicatorDecider.decide({ type: 'DefineIndicator', definition, effectiveDate: plan.effectiveDate }, state, ctx);
    return { streamId, expectedRevision: 'no_stream', events: envelope(events, ctx, definition.unit, [deterministicId(`${plan.importId}/indicator/${definition.indicatorId}`)]) };
  }
}
