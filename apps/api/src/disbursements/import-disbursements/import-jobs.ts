import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppConfig, APP_CONFIG } from '@app/config';
import { DomainError, SpendingPlanSettings } from '@app/domain';
import { WrongExpectedRevisionError } from '@app/event-store';
import { ReadModelDb } from '@app/read-models';
import { type AmountUnit, type CsvEncoding, type ReadProgress, SpreadsheetError } from '@app/spreadsheets';
import { Principal, CommandContext, AggregateStore } from '@app/kernel';
import { Problem, toProblem } from '../../shared/problem-details.filter';
import { READ_MODELS, ReadConsistency, SPENDING_PLANS } from '@app/platform';
import { checkFile } from './import-check';
import { importFact } from './import-fact';
import { buildReport } from './build-report';
import { ImportReport } from './import-report';
import { LineCatalog } from './line-catalog';
import { UploadedFile } from './upload';

export type Phase = 'queued' | 'checking' | 'recording' | 'done' | 'failed';
export interface ImportOptions { dryRun: boolean; amountUnit?: AmountUnit; encoding?: CsvEncoding; fiscalYear?: number }

export interface ImportJob {
  readonly id: string;
  readonly owner: string;
  readonly options: ImportOptions;
  readonly file: UploadedFile;
  readonly createdAt: string;
  phase: Phase;
  progress: { rowsRead: number; bytesRead: number; totalBytes: number; percent: number };
  report?: ImportReport;
  problem?: Problem;
  error?: unknown;
  finishedAt?: string;
  readonly finished: Promise<void>;
  readonly outcomesPath: string;
  /** a preview keeps its file for a while, so that it can be committed without sending it again */
  fileKept: boolean;
  /** the import that committed this preview */
  committedBy?: string;
}

/** How often a commit re-checks the file when a line moved on between check and write (a concurrent recording). */
const COMMIT_ATTEMPTS = 3;
/** Finished imports (report and row outcomes) are kept this long, then forgotten with their files. */
const KEEP_MS = 24 * 3600_000;
/** A previewed file waits this long for its commit. */
const KEEP_FILE_MS = 3600_000;
const KEEP_MAX = 200;

/**
 * Disbursement imports run in the background, one at a time (the check streams the file and holds line
 * states; two at once would only compete for the same CPU and lines). Their progress and reports live in
 * this process; an import interrupted by a restart is gone and is simply sent again (nothing was recorded:
 * the commit is one atomic write).
 */
@Injectable()
export class DisbursementImports implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('DisbursementImports');
  private readonly jobs = new Map<string, ImportJob>();
  private queue: Promise<void> = Promise.resolve();
  private stopping = false;
  private readonly root: string;
  /** this process's own directory: another process on the same DATA_DIR has its own */
  readonly dir: string;

  constructor(
    private readonly aggregates: AggregateStore,
    private readonly consistency: ReadConsistency,
    @Inject(READ_MODELS) private readonly rm: ReadModelDb,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(SPENDING_PLANS) private readonly plans: SpendingPlanSettings,
  ) {
    this.root = join(config.DATA_DIR, 'disbursement-imports');
    this.dir = join(this.root, randomUUID());
  }

  onModuleInit(): void {
    mkdirSync(this.dir, { recursive: true });
    // leftovers of a process that did not stop cleanly can never be committed: removed once a day old
    for (const name of readdirSync(this.root)) {
      const path = join(this.root, name);
      if (path !== this.dir && Date.now() - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { recursive: true, force: true });
    }
  }

  /** Lets the running import finish (its commit is one write), fails the queued ones, then removes the files. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await this.queue;
    rmSync(this.dir, { recursive: true, force: true });
  }

  start(file: UploadedFile, options: ImportOptions, ctx: CommandContext): ImportJob {
    const id = randomUUID();
    let settle!: () => void;
    const job: ImportJob = {
      id, owner: ctx.actor, options, file, createdAt: ctx.now.toISOString(), phase: 'queued',
      progress: { rowsRead: 0, bytesRead: 0, totalBytes: file.bytes, percent: 0 },
      finished: new Promise<void>((r) => { settle = r; }), outcomesPath: join(this.dir, `${id}.rows.ndjson`), fileKept: false,
    };
    this.jobs.set(id, job);
    this.evict();
    // all events of the import share its id as correlation id: the audit trail ties them to the file
    const jobCtx: CommandContext = { ...ctx, correlationId: id, causationId: null };
    this.queue = this.queue.then(() => this.run(job, jobCtx)).finally(settle);
    return job;
  }

  /**
   * Commits a finished preview from the file it kept (its SHA-256 is the one previewed): the rows are checked
   * again, as they stand now, and recorded all or none. A preview is committed once.
   */
  commit(preview: ImportJob, ctx: CommandContext): ImportJob {
    if (!preview.options.dryRun || preview.phase !== 'done') {
      throw DomainError.conflict('IMPORT_NOT_A_PREVIEW', 'id', 'only a finished preview (dryRun) can be committed');
    }
    if (preview.committedBy) throw DomainError.conflict('IMPORT_ALREADY_COMMITTED', 'id', `this preview was committed by import ${preview.committedBy}`);
    if (!preview.fileKept) throw DomainError.conflict('IMPORT_FILE_EXPIRED', 'id', 'the previewed file is no longer kept; send it again with dryRun=false');
    preview.fileKept = false; // the commit takes the file over (and deletes it when done)
    const job = this.start(preview.file, { ...preview.options, dryRun: false }, ctx);
    preview.committedBy = job.id;
    return job;
  }

  /** The import, if the caller may see it: whoever started it, or an admin. */
  find(id: string, principal: Principal): ImportJob {
    const job = this.jobs.get(id);
    if (!job || (job.owner !== principal.username && principal.role !== 'admin')) {
      throw DomainError.notFound('IMPORT_NOT_FOUND', 'id', `no disbursement import ${id} (imports are kept ${KEEP_MS / 3600_000} hours)`);
    }
    return job;
  }

  private async run(job: ImportJob, ctx: CommandContext): Promise<void> {
    try {
      if (this.stopping) throw DomainError.conflict('SHUTTING_DOWN', undefined, 'the server is stopping; send the file again once it is back');
      job.phase = 'checking';
      // the catalog is the read model of lines: let it catch up with everything stored before the check
      await this.consistency.reach(await this.aggregates.store.headPosition());
      for (let attempt = 1; ; attempt++) {
        const result = await checkFile({
          path: job.file.path, format: job.file.format, ...job.options, ctx, spendingPlan: this.plans, collect: !job.options.dryRun,
          outcomesPath: job.outcomesPath, onProgress: (p) => this.progress(job, p),
        }, this.aggregates, new LineCatalog(this.rm));
        job.report = buildReport(job.id, job.file, job.options, result);
        if (job.options.dryRun) break;
        if (result.rows.errors > 0) {
          throw DomainError.invalid('IMPORT_ROWS_INVALID', 'file', `${result.rows.errors} row(s) have errors: nothing was recorded; correct the file and import it again`,
            { report: job.report });
        }
        if (result.writes.length === 0) break; // every row was recorded before: nothing to write
        job.phase = 'recording';
        try {
          const written = await this.aggregates.appendMultiple([...result.writes, importFact({ id: job.id, file: job.file, report: job.report }, result, ctx)]);
          job.report.recorded = true;
          job.report.position = Math.max(...written.map((w) => w.position));
          break;
        } catch (e) {
          if (!(e instanceof WrongExpectedRevisionError)) throw e;
          if (attempt >= COMMIT_ATTEMPTS) {
            throw DomainError.conflict('IMPORT_CONFLICT', 'file', 'the lines kept changing while the file was being recorded; nothing was recorded, try again');
          }
          job.phase = 'checking';
        }
      }
      job.phase = 'done';
      job.progress.percent = 100;
    } catch (e) {
      job.phase = 'failed';
      job.error = e instanceof SpreadsheetError ? DomainError.invalid(e.code, 'file', e.message, { ...e.details }) : e;
      job.problem = toProblem(job.error);
      if (job.problem.status >= 500) this.logger.error(e instanceof Error ? e.stack ?? e.message : String(e));
    } finally {
      job.finishedAt = new Date().toISOString();
      job.fileKept = job.options.dryRun && job.phase === 'done';
      if (!job.fileKept) await rm(job.file.path, { force: true });
    }
  }

  private progress(job: ImportJob, p: ReadProgress): void {
    const total = p.totalBytes ?? job.file.bytes;
    job.progress = { rowsRead: p.rowsRead, bytesRead: p.bytesRead, totalBytes: total, percent: Math.min(99, Math.floor((p.bytesRead / Math.max(1, total)) * 100)) };
  }

  /** Forgets finished imports past their time (or beyond the count), with their outcome files. */
  private evict(): void {
    const now = Date.now();
    const finished = [...this.jobs.values()].filter((j) => j.finishedAt);
    for (const [i, job] of finished.entries()) {
      const age = now - Date.parse(job.finishedAt!);
      const forget = age > KEEP_MS || finished.length - i > KEEP_MAX;
      if (job.fileKept && (forget || age > KEEP_FILE_MS)) {
        job.fileKept = false;
        void rm(job.file.path, { force: true });
      }
      if (forget) {
        this.jobs.delete(job.id);
        void rm(job.outcomesPath, { force: true });
      }
    }
  }
}
