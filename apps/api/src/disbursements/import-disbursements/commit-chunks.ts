import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { DisbursementImportChunkStaged, DomainError, OpenLine, SpendingPlanSettings, lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import { NewEvent, StreamWrite } from '@app/event-store';
import { AggregateStore, CommandContext, deterministicId, disbursementEventIds, disbursementIdOf, envelope, inScope, lookUpPayment } from '@app/kernel';
import { type AmountUnit, type CsvEncoding, type DisbursementField, type DisbursementRowValue, type HeaderInfo, readDisbursementRows } from '@app/spreadsheets';
import { FIELD_OF, command, rowError } from './import-check';
import { importStreamId } from './import-fact';
import { LineCatalog, isUnresolved } from './line-catalog';
import { LimitTallies } from './limit-tallies';

/** Rows per atomic append: one append holds the event loop (better-sqlite3 writes synchronously), so a chunk is small
 * enough to take a few tens of ms; 100,000 rows make 200 chunks. */
export const CHUNK_ROWS = 500;

export interface CommitInput {
  readonly importId: string;
  readonly path: string;
  readonly format: 'csv' | 'xlsx';
  readonly amountUnit?: AmountUnit;
  readonly encoding?: CsvEncoding;
  readonly fiscalYear?: number;
  readonly spendingPlan?: SpendingPlanSettings;
  readonly ctx: CommandContext;
  /** resuming: the file rows up to this one are staged already (the last chunk recorded says so) */
  readonly rowsThrough: number;
  /** chunks staged already */
  readonly chunks: number;
  /** revision of the import's stream (Started and the chunks so far) */
  readonly revision: number;
  /** after each chunk (progress); may throw to stop between chunks (the server is stopping) */
  readonly onStaged: (staged: { rows: number; chunks: number }) => Promise<void>;
}

/** A row that the check accepted and a chunk refuses now (the lines moved on meanwhile): the import is abandoned. */
export class ChunkRefused extends Error {
  constructor(readonly row: number, readonly error: DomainError, message: string) { super(message); }
}

interface Row { readonly row: number; readonly v: DisbursementRowValue; readonly lineId: string; readonly unit: string; readonly fiscalYear: number }

/**
 * Stages a checked file's rows in chunks of CHUNK_ROWS (ADR 0022): each chunk is decided against its lines as
 * they stand (a single payment recorded meanwhile counts) and appended atomically with a
 * `DisbursementImportChunkStaged` in the import's stream, expecting that stream's revision (two runners of one
 * import cannot both stage a chunk). The event loop is handed back between chunks. Rows already recorded
 * outside the import (re-imported) are decided as repeats: nothing.
 */
export async function commitChunks(input: CommitInput, aggregates: AggregateStore, catalog: LineCatalog): Promise<{ rows: number; chunks: number; revision: number }> {
  const ctx: CommandContext = { ...input.ctx, metadata: { ...input.ctx.metadata, disbursementImport: input.importId } };
  let header: HeaderInfo | undefined;
  let pending: Row[] = [];
  let staged = { rows: 0, chunks: input.chunks, revision: input.revision };
  const flush = async (through: number) => {
    staged = await stageChunk(pending, through, staged, input, ctx, aggregates);
    await input.onStaged({ rows: staged.rows, chunks: staged.chunks });
    pending = [];
    await yieldToLoop();
  };
  const source = readDisbursementRows(
    { path: input.path, format: input.format, ...(input.amountUnit ? { amountUnit: input.amountUnit } : {}), ...(input.encoding ? { encoding: input.encoding } : {}) },
    { onHeader: (h) => { header = h; } },
  );
  let last = input.rowsThrough;
  for await (const r of source) {
    if (r.row <= input.rowsThrough) continue;
    const refuse = (fields: readonly (DisbursementField | 'row')[], code: string, zh: string, en: string) => {
      const e = rowError(r.row, header?.columns ?? [], fields, code, zh, en);
      return new ChunkRefused(r.row, DomainError.conflict(code, e.field, e.message), e.message);
    };
    if (!r.ok) throw refuse(['row'], r.errors[0]?.code ?? 'ROW_INVALID', '该行已无效', r.errors[0]?.message ?? 'the row is invalid');
    const resolved = await catalog.resolve(r.value, input.fiscalYear ?? Number(r.value.effectiveDate.slice(0, 4)));
    if (isUnresolved(resolved)) throw refuse(resolved.fields, resolved.code, resolved.zh, resolved.en);
    if (!inScope(ctx.principal, resolved.unit)) throw refuse(['unit'], 'UNIT_OUT_OF_SCOPE', `无权为预算单位 ${resolved.unit} 记录支付`, `may not record for budget unit ${resolved.unit}`);
    pending.push({ row: r.row, v: r.value, lineId: resolved.lineId, unit: resolved.unit, fiscalYear: resolved.fiscalYear });
    last = r.row;
    if (pending.length >= CHUNK_ROWS) await flush(last);
  }
  if (pending.length > 0) await flush(last);
  return { rows: staged.rows, chunks: staged.chunks, revision: staged.revision };
}

/** One chunk: load, decide every row, append all of it or nothing; retried (bounded) when a line moved meanwhile. */
async function stageChunk(rows: readonly Row[], through: number, before: { rows: number; chunks: number; revision: number }, input: CommitInput,
  ctx: CommandContext, aggregates: AggregateStore): Promise<{ rows: number; chunks: number; revision: number }> {
  return aggregates.withRetry(async () => {
    const lines = new Map<string, { state: OpenLine; revision: number; events: NewEvent[] }>();
    const limits = new LimitTallies(aggregates);
    let count = 0;
    for (const r of rows) {
      const streamId = lineStreamId(r.lineId);
      let line = lines.get(streamId);
      if (!line) {
        const { state, revision } = await aggregates.load(streamId, lineDecider);
        lines.set(streamId, (line = { state: requireOpenLine(state), revision, events: [] }));
      }
      const id = disbursementIdOf(r.unit, r.fiscalYear, r.v.voucherNo);
      try {
        // decided as a single payment is: with the payment on record under its 凭证号, if any, found in the store (ADR 0020)
        const { onRecord, eventId } = await lookUpPayment(aggregates.store, id, { reversal: false });
        const decided = lineDecider.decide({ ...command(id, r.v, onRecord), importId: input.importId }, line.state, { ...ctx, spendingPlan: input.spendingPlan });
        if (decided.length === 0) continue; // recorded before, outside this import (the report counts it as already recorded)
        const limited = await limits.limitsOf(line.state, r.v);
        if (limited) {
          (await limits.decide(limited, { disbursementId: id, lineId: r.lineId, unit: r.unit, amount: r.v.amount, effectiveDate: r.v.effectiveDate, importId: input.importId }, ctx, true))();
        }
        line.state = decided.reduce(lineDecider.evolve, line.state as never) as OpenLine;
        // the ids of a single payment (the disbursement id first, so the store's index finds it); an import abandoned and
        // sent again takes the next recording id past its withdrawn one (lookUpPayment), and so stages new facts
        line.events.push(...envelope(decided, ctx, r.unit, disbursementEventIds(eventId, decided.length)));
        count++;
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        const field: DisbursementField | 'row' = (e.field && FIELD_OF[e.field]) || 'row';
        throw new ChunkRefused(r.row, e, `row ${r.row} (${field}): ${e.code}: ${e.message}`);
      }
    }
    const chunk = before.chunks + 1;
    const marker: DisbursementImportChunkStaged = {
      type: 'DisbursementImportChunkStaged.v1', effectiveDate: ctx.today,
      data: { importId: input.importId, chunk, rows: rows.length, rowsThrough: through, staged: count },
    };
    const writes: StreamWrite[] = [
      ...[...lines].filter(([, l]) => l.events.length > 0).map(([streamId, l]) => ({ streamId, events: l.events, expectedRevision: l.revision })),
      ...limits.writes(),
      { streamId: importStreamId(input.importId), events: envelope([marker], input.ctx, null, [deterministicId(`disbursement-import/${input.importId}/chunk/${chunk}`)]), expectedRevision: before.revision },
    ];
    const written = await aggregates.appendMultiple(writes);
    return { rows: before.rows + count, chunks: chunk, revision: written[written.length - 1].revision };
  });
}
