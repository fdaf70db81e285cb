import { Logger } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DisbursementImportStarted, DomainError, SpendingPlanSettings } from '@app/domain';
import { ReadModelDb } from '@app/read-models';
import { AggregateStore, CommandContext, deterministicId, envelope, recorded } from '@app/kernel';
import { SpreadsheetError, type ReadProgress } from '@app/spreadsheets';
import { ReadConsistency, ReadModelBehindError } from '@app/platform';
import { toProblem } from '../../shared/problem-details.filter';
import { buildReport } from './build-report';
import { CHUNK_ROWS, ChunkRefused, commitChunks } from './commit-chunks';
import { checkFile } from './import-check';
import { completedFact, importStreamId } from './import-fact';
import type { ImportJobData, ImportState } from './import-job-data';
import { ImportStorage } from './import-storage';
import { LineCatalog } from './line-catalog';
import { settleImport } from './settle-import';

export interface RunDeps {
  readonly aggregates: AggregateStore;
  readonly consistency: ReadConsistency;
  readonly rm: ReadModelDb;
  readonly plans: SpendingPlanSettings;
  readonly storage: ImportStorage;
  readonly dir: string;
}

/** The server is stopping: the job is run again (here after a restart, or by another instance) and resumes. */
class Interrupted extends Error {}

/** Where the import's own stream says it is: not begun, staging (resume after `rowsThrough`), or settled. */
type Recorded =
  | { readonly kind: 'none' }
  | { readonly kind: 'pending'; readonly started: DisbursementImportStarted['data']; readonly rowsThrough: number; readonly chunks: number; readonly staged: number; readonly revision: number }
  | { readonly kind: 'completed'; readonly position: number }
  | { readonly kind: 'abandoned'; readonly code: string; readonly reason: string };

/**
 * One run of a disbursement import job (ADR 0022): check the whole file (errors naming row and column, nothing
 * recorded), then — for a commit — record `DisbursementImportStarted`, stage the rows chunk by chunk, and apply
 * the import in one final write. A run that finds its import pending (the last run was cut off) resumes after
 * the last chunk staged; a chunk refused (the lines moved on since the check) abandons it: nothing is shown.
 */
export class ImportRun {
  private readonly logger = new Logger('DisbursementImports');
  stopping = false;
  constructor(private readonly deps: RunDeps) {}

  async execute(data: ImportJobData, state: ImportState, report: (s: ImportState) => Promise<void>): Promise<'done' | 'failed' | 'interrupted'> {
    const path = join(this.deps.dir, `${data.importId}.upload`);
    const ctx: CommandContext = { ...data.ctx, correlationId: data.importId, causationId: null, now: new Date() };
    try {
      const found = data.options.dryRun ? { kind: 'none' as const } : await this.recorded(data.importId);
      if (found.kind === 'completed') return await this.finish(data, state, report, 'done');
      if (found.kind === 'abandoned') throw DomainError.conflict(found.code, 'file', found.reason);
      if (this.stopping) throw new Interrupted();
      if (!await this.deps.storage.loadFile(data.file.fileId, path)) {
        throw DomainError.conflict('IMPORT_FILE_EXPIRED', 'file', 'the file of this import is no longer kept; send it again');
      }
      if (found.kind === 'pending') return await this.record(data, state, report, ctx, path, found);
      await this.check(data, state, report, ctx, path);
      if (data.options.dryRun || state.report!.rows.ok === 0) return await this.finish(data, state, report, 'done');
      const started = await this.start(data, state, ctx);
      return await this.record(data, state, report, ctx, path, started);
    } catch (e) {
      if (e instanceof Interrupted) return 'interrupted';
      const error = await this.abandonOnFailure(data, e, ctx);
      state.problem = toProblem(error);
      if (state.problem.status >= 500) this.logger.error(e instanceof Error ? e.stack ?? e.message : String(e));
      return await this.finish(data, state, report, 'failed');
    } finally {
      await rm(path, { force: true });
    }
  }

  /** The check: every row, all its errors, the report; the row outcomes go to Redis for GET …/rows. */
  private async check(data: ImportJobData, state: ImportState, report: (s: ImportState) => Promise<void>, ctx: CommandContext, path: string) {
    state.phase = 'checking';
    await report(state);
    // the catalog is the read model of lines: let it catch up with everything stored before the check
    await this.caughtUp();
    const outcomes = this.deps.storage.outcomes(data.importId, data.options.dryRun ? 24 * 3600_000 : 24 * 3600_000);
    await outcomes.reset();
    let reported = Promise.resolve();
    const onProgress = (p: ReadProgress) => {
      if (this.stopping) throw new Interrupted();
      const total = p.totalBytes ?? data.file.bytes;
      state.progress = { ...state.progress, rowsRead: p.rowsRead, bytesRead: p.bytesRead, totalBytes: total, percent: Math.min(99, Math.floor((p.bytesRead / Math.max(1, total)) * 100)) };
      reported = reported.then(() => report(state)).catch(() => undefined);
    };
    const result = await checkFile({ path, format: data.file.format, ...data.options, ctx, spendingPlan: this.deps.plans, onOutcome: outcomes.write, onProgress },
      this.deps.aggregates, new LineCatalog(this.deps.rm));
    await outcomes.close();
    await reported;
    state.report = buildReport(data.importId, data.file, data.options, result);
    if (!data.options.dryRun && result.rows.errors > 0) {
      throw DomainError.invalid('IMPORT_ROWS_INVALID', 'file', `${result.rows.errors} row(s) have errors: nothing was recorded; correct the file and import it again`,
        { report: state.report });
    }
  }

  /**
   * A job is in no hurry: after a large import the read models may take longer than a request would wait
   * (READ_WAIT_TIMEOUT_MS) to apply it; the next import waits for them, up to about 10 minutes.
   */
  private async caughtUp(): Promise<void> {
    const head = await this.deps.aggregates.store.headPosition();
    for (let attempt = 1; ; attempt++) {
      try {
        await this.deps.consistency.reach(head);
        return;
      } catch (e) {
        if (this.stopping) throw new Interrupted();
        if (!(e instanceof ReadModelBehindError) || attempt >= 120) throw e;
      }
    }
  }

  /** `DisbursementImportStarted`: from here on the import is pending until it is applied or abandoned. */
  private async start(data: ImportJobData, state: ImportState, ctx: CommandContext) {
    const r = state.report!;
    const started: DisbursementImportStarted = {
      type: 'DisbursementImportStarted.v1', effectiveDate: ctx.today,
      data: {
        importId: data.importId, fileName: data.file.name, format: data.file.format, bytes: data.file.bytes, sha256: data.file.sha256,
        rows: r.rows.ok, chunkRows: CHUNK_ROWS, amount: r.total.amount, lines: r.lines.map((l) => l.lineId),
      },
    };
    const [written] = await this.deps.aggregates.appendMultiple([{
      streamId: importStreamId(data.importId), expectedRevision: 'no_stream', events: envelope([started], ctx, null, [deterministicId(`disbursement-import/${data.importId}/started`)]),
    }]);
    return { kind: 'pending' as const, started: started.data, rowsThrough: 0, chunks: 0, staged: 0, revision: written.revision };
  }

  /** Stages the rows after `rowsThrough` in chunks, then applies the whole import in one write. */
  private async record(data: ImportJobData, state: ImportState, report: (s: ImportState) => Promise<void>, ctx: CommandContext, path: string,
    pending: Extract<Recorded, { kind: 'pending' }>) {
    state.phase = 'recording';
    state.progress = { ...state.progress, rowsToRecord: pending.started.rows, rowsRecorded: pending.staged };
    await report(state);
    const staged = await commitChunks({
      importId: data.importId, path, format: data.file.format, ...data.options, spendingPlan: this.deps.plans, ctx,
      rowsThrough: pending.rowsThrough, chunks: pending.chunks, revision: pending.revision,
      onStaged: async (s) => {
        state.progress = { ...state.progress, rowsRecorded: pending.staged + s.rows };
        await report(state);
        if (this.stopping) throw new Interrupted();
      },
    }, this.deps.aggregates, new LineCatalog(this.deps.rm));
    const fact = completedFact(data, pending.started, state.report, ctx);
    const written = await settleImport(this.deps.aggregates, data.importId, pending.started.lines, fact, staged.revision, ctx);
    if (state.report) {
      state.report.recorded = true;
      state.report.position = Math.max(...written.map((w) => w.position));
    }
    return this.finish(data, state, report, 'done');
  }

  private async finish(data: ImportJobData, state: ImportState, report: (s: ImportState) => Promise<void>, phase: 'done' | 'failed') {
    state.phase = phase;
    if (phase === 'done') state.progress = { ...state.progress, percent: 100 };
    state.finishedAt = new Date().toISOString();
    state.fileKept = data.options.dryRun && phase === 'done';
    if (state.fileKept) await this.deps.storage.keepFile(data.file.fileId, 3600_000);
    else await this.deps.storage.dropFile(data.file.fileId);
    await report(state);
    return phase;
  }

  /**
   * A pending import that cannot go on is abandoned: its final event and each line's withdrawal in one write, so
   * that nothing of it is ever shown. Answers the error to report (a refused chunk: IMPORT_CONFLICT naming the row).
   */
  private async abandonOnFailure(data: ImportJobData, e: unknown, ctx: CommandContext): Promise<unknown> {
    const error = e instanceof SpreadsheetError ? DomainError.invalid(e.code, 'file', e.message, { ...e.details })
      : e instanceof ChunkRefused ? DomainError.conflict('IMPORT_CONFLICT', 'file',
        `${e.message}. The lines changed since the file was checked; nothing was recorded, check the file again and import it`, { row: e.row, code: e.error.code })
        : e;
    if (data.options.dryRun) return error;
    const found = await this.recorded(data.importId).catch(() => ({ kind: 'none' as const }));
    if (found.kind !== 'pending') return error;
    const problem = toProblem(error);
    await this.abandon(data.importId, found.started.lines, found.staged, found.revision, problem.code, problem.detail, ctx);
    return error;
  }

  async abandon(importId: string, lines: readonly string[], staged: number, revision: number, code: string, reason: string, ctx: CommandContext) {
    await settleImport(this.deps.aggregates, importId, lines, {
      type: 'DisbursementImportAbandoned.v1', effectiveDate: ctx.today, data: { importId, code, reason: reason.slice(0, 500), staged },
    }, revision, ctx);
  }

  /**
   * Pending imports whose job is gone (Redis lost it, or it failed for good mid-way) are abandoned, so that no
   * line keeps a reservation for an import that will never finish. They are found in the read models' held events.
   */
  async abandonOrphans(hasLiveJob: (importId: string) => Promise<boolean>): Promise<string[]> {
    await this.caughtUp();
    const rows = await this.deps.rm.db.selectFrom('import_held_events').select('import_id').distinct().execute();
    const abandoned: string[] = [];
    for (const { import_id: id } of rows) {
      if (await hasLiveJob(id)) continue;
      const found = await this.recorded(id);
      if (found.kind !== 'pending') continue;
      const ctx: CommandContext = { actor: 'system:disbursement-imports', principal: { username: 'system', displayName: 'system', role: 'admin', units: 'all' },
        correlationId: id, causationId: null, now: new Date(), today: new Date().toISOString().slice(0, 10) };
      await this.abandon(id, found.started.lines, found.staged, found.revision, 'IMPORT_ABANDONED', 'the import was interrupted and its job is gone; nothing of it was recorded', ctx);
      abandoned.push(id);
    }
    return abandoned;
  }

  private async recorded(importId: string): Promise<Recorded> {
    const events = recorded(await this.deps.aggregates.store.readStream(importStreamId(importId)));
    let found: Recorded = { kind: 'none' };
    for (const e of events) {
      switch (e.type) {
        case 'DisbursementImportStarted.v1': found = { kind: 'pending', started: e.data, rowsThrough: 0, chunks: 0, staged: 0, revision: e.revision }; break;
        case 'DisbursementImportChunkStaged.v1': {
          const before = found as Recorded;
          if (before.kind === 'pending') found = { ...before, rowsThrough: e.data.rowsThrough, chunks: e.data.chunk, staged: before.staged + e.data.staged, revision: e.revision };
          break;
        }
        case 'DisbursementsImported.v1': found = { kind: 'completed', position: e.position }; break;
        case 'DisbursementImportAbandoned.v1': found = { kind: 'abandoned', code: e.data.code, reason: e.data.reason }; break;
        default: break;
      }
    }
    return found;
  }
}
