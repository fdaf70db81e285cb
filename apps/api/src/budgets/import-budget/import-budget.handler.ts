import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  budgetDecider, budgetStreamId, indicatorDecider, indicatorStreamId, lineDecider, lineStreamId, procurementDecider, procurementStreamId, sanGongDecider, sanGongStreamId,
} from '@app/domain';
import { planBudgetImport } from '@app/budget-import';
import { AggregateStore, CommandContext, Decision, StreamRef, deterministicId } from '@app/kernel';
import { ImportReport, toReport } from './import-report';

export class ImportBudgetCommand extends Command<ImportReport> {
  constructor(readonly document: unknown, readonly dryRun: boolean, readonly ctx: CommandContext) { super(); }
}

/**
 * Imports a budget document (年初预算 or 追加预算): validate and reconcile (the dry run stops there), then the
 * deciders of the department's documents, of every line and of every indicator decide together, and it is all
 * recorded in one atomic write. Ids derive from the document's content, so importing the same file twice
 * records nothing the second time.
 */
@CommandHandler(ImportBudgetCommand)
export class ImportBudgetHandler implements ICommandHandler<ImportBudgetCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ document, dryRun, ctx }: ImportBudgetCommand): Promise<ImportReport> {
    const plan = planBudgetImport(document);
    const { importId, effectiveDate, kind } = plan;
    const streams: StreamRef<any, any>[] = [
      { streamId: budgetStreamId(plan.department, plan.fiscalYear), reducer: budgetDecider },
      ...plan.lines.map((l) => ({ streamId: lineStreamId(l.lineId), reducer: lineDecider })),
      ...plan.indicators.map((i) => ({ streamId: indicatorStreamId(plan.fiscalYear, i.indicatorId), reducer: indicatorDecider })),
      // 表四 and 表九, when the document gives them: their own streams, in the same atomic write
      ...(plan.sanGong ? [{ streamId: sanGongStreamId(plan.department, plan.fiscalYear), reducer: sanGongDecider }] : []),
      ...(plan.procurement ? [{ streamId: procurementStreamId(plan.department, plan.fiscalYear), reducer: procurementDecider }] : []),
    ];
    let alreadyImported = false;
    const handled = await this.aggregates.handleMany(streams, ([catalog, ...rest]): Decision<never>[] => {
      const documentEvents = budgetDecider.decide({ type: 'ImportBudgetDocument', document: plan.document, effectiveDate }, catalog.state, ctx);
      alreadyImported = documentEvents.length === 0;
      if (alreadyImported) return streams.map(() => ({ events: [], unit: null }));
      const lines = plan.lines.map((line, i): Decision<never> => ({
        events: lineDecider.decide({ type: 'ImportBudgetLine', kind, attributes: line, title: plan.document.source.title, documentNo: plan.document.source.reference, effectiveDate },
          rest[i].state, ctx) as never[],
        unit: line.unit, ids: [deterministicId(`${importId}/line/${line.lineId}`)],
      }));
      const indicators = plan.indicators.map((definition, i): Decision<never> => ({
        events: indicatorDecider.decide({ type: 'DefineIndicator', definition, kind, effectiveDate }, rest[plan.lines.length + i].state, ctx) as never[],
        unit: definition.unit, ids: [deterministicId(`${importId}/indicator/${definition.indicatorId}`)],
      }));
      const extras = rest.slice(plan.lines.length + plan.indicators.length);
      const sanGong: Decision<never>[] = plan.sanGong ? [{
        events: sanGongDecider.decide({ type: 'SetSanGongBudget', budget: plan.sanGong, effectiveDate }, extras.shift()!.state, ctx) as never[],
        unit: null, ids: [deterministicId(`${importId}/sangong`)],
      }] : [];
      const procurement: Decision<never>[] = plan.procurement ? [{
        events: procurementDecider.decide({ type: 'SetProcurementBudget', budget: plan.procurement, effectiveDate }, extras.shift()!.state, ctx) as never[],
        unit: null, ids: [deterministicId(`${importId}/procurement`)],
      }] : [];
      return [{ events: documentEvents as never[], unit: null, ids: [deterministicId(`${importId}/document`)] }, ...lines, ...indicators, ...sanGong, ...procurement];
    }, { ...ctx, expectedRevision: undefined }, { dryRun });
    // what was decided, whether written or (dry run) only checked
    const events = alreadyImported ? [] : handled.flatMap((h) => h.events);
    const count = (type: string) => events.filter((e) => e.type === type).length;
    // where the document stands in the store: written now, or found where an earlier import wrote it
    // written now: the last position written; imported before: the last of its events (one atomic append, in this
    // order: document, lines, indicators — a 追加 may have defined no indicator)
    const lastOf = async (ids: readonly string[]) => (ids.length === 0 ? 0 : (await this.aggregates.store.findEvent(deterministicId(ids[ids.length - 1])))?.position ?? 0);
    const position = dryRun ? null : alreadyImported
      ? Math.max(await lastOf([`${importId}/document`]), await lastOf(plan.lines.map((l) => `${importId}/line/${l.lineId}`)),
        await lastOf(plan.indicators.map((i) => `${importId}/indicator/${i.indicatorId}`)))
      : handled.reduce((max, h) => Math.max(max, h.position), 0);
    return toReport(plan, {
      dryRun, alreadyImported, position,
      established: count('AppropriationEstablished.v1'), increased: count('AppropriationIncreased.v1'), indicators: count('IndicatorDefined.v1'),
    });
  }
}
