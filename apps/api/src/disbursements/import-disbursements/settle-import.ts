import {
  DisbursementImportAbandoned, DisbursementsImported, DomainEvent, lineDecider, lineStreamId, procurementDecider, procurementStreamId,
  requireOpenLine, sanGongDecider, sanGongStreamId,
} from '@app/domain';
import { StreamWrite } from '@app/event-store';
import { AggregateStore, Appended, CommandContext, deterministicId, envelope, importSettledOnLineEventId } from '@app/kernel';
import { importStreamId } from './import-fact';

/**
 * The last write of a pending import (ADR 0022), one atomic append: the import's final event
 * (`DisbursementsImported`, or `DisbursementImportAbandoned`) with each line's `DisbursementImportApplied` (or
 * `…Withdrawn`, and the 三公 and procurement room given back). Read models show the whole import from the
 * final event on, or never anything of it. Decided against the streams as they stand; a settlement already
 * recorded decides nothing (a resumed job). A line's `…Withdrawn` is found by its id (importSettledOnLineEventId) when
 * a payment under one of the import's 凭证号 is looked up: it is no longer on record (payments-on-record.ts).
 */
export async function settleImport(aggregates: AggregateStore, importId: string, lines: readonly string[], final: DisbursementsImported | DisbursementImportAbandoned,
  importRevision: number, ctx: CommandContext): Promise<Appended[]> {
  const apply = final.type === 'DisbursementsImported.v1';
  const id = (what: string) => deterministicId(`disbursement-import/${importId}/${what}`);
  return aggregates.withRetry(async () => {
    const writes: StreamWrite[] = [{ streamId: importStreamId(importId), events: envelope([final], ctx, null, [id(apply ? 'completed' : 'abandoned')]), expectedRevision: importRevision }];
    const years = new Set<string>();
    for (const lineId of lines) {
      const { state, revision } = await aggregates.load(lineStreamId(lineId), lineDecider);
      const line = requireOpenLine(state);
      years.add(`${line.attributes.department}\u0000${line.attributes.fiscalYear}`);
      const events = lineDecider.decide({ type: apply ? 'ApplyDisbursementImport' : 'WithdrawDisbursementImport', importId, effectiveDate: ctx.today }, line, ctx);
      if (events.length > 0) writes.push({ streamId: lineStreamId(lineId), events: envelope(events, ctx, line.attributes.unit, [importSettledOnLineEventId(importId, apply ? 'applied' : 'withdrawn', lineId)]), expectedRevision: revision });
    }
    if (!apply) {
      for (const key of years) {
        const [department, year] = key.split('\u0000');
        const withdrawals: [string, () => Promise<{ events: readonly DomainEvent[]; revision: number }>][] = [
          [sanGongStreamId(department, Number(year)), async () => {
            const { state, revision } = await aggregates.load(sanGongStreamId(department, Number(year)), sanGongDecider);
            return { events: sanGongDecider.decide({ type: 'WithdrawSanGongImport', importId, effectiveDate: ctx.today }, state, ctx), revision };
          }],
          [procurementStreamId(department, Number(year)), async () => {
            const { state, revision } = await aggregates.load(procurementStreamId(department, Number(year)), procurementDecider);
            return { events: procurementDecider.decide({ type: 'WithdrawProcurementImport', importId, effectiveDate: ctx.today }, state, ctx), revision };
          }],
        ];
        for (const [streamId, decide] of withdrawals) {
          const { events, revision } = await decide();
          if (events.length > 0) writes.push({ streamId, events: envelope(events, ctx, null, [id(`withdrawn/${streamId}`)]), expectedRevision: revision });
        }
      }
    }
    return aggregates.appendMultiple(writes);
  });
}
