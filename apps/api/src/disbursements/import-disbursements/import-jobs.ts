import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Job, Queue, QueueEvents, UnrecoverableError, Worker } from 'bullmq';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppConfig, APP_CONFIG } from '@app/config';
import { DomainError, SpendingPlanSettings } from '@app/domain';
import { ReadModelDb } from '@app/read-models';
import { Principal, CommandContext, AggregateStore } from '@app/kernel';
import { ReplayedProblem, toProblem } from '../../shared/problem-details.filter';
import { READ_MODELS, REDIS, ReadConsistency, SPENDING_PLANS, bullConnection } from '@app/platform';
import { ImportStorage } from './import-storage';
import { ImportRun, RunDeps } from './import-run';
import { UploadedFile } from './upload';
import { ImportFileInfo, ImportJobData, ImportOptions, ImportState, ImportView, initialState } from './import-job-data';

export * from './import-job-data';

export const IMPORT_QUEUE = 'disbursement-imports';
/** Finished imports (report and row outcomes) are kept this long, then forgotten with their files. */
export const KEEP_MS = 24 * 3600_000;
/** A previewed file waits this long for its commit. */
export const KEEP_FILE_MS = 3600_000;
const KEEP_MAX = 200;
/** A job interrupted (crash, shutdown) is run again this many times: each run resumes the pending import. */
const ATTEMPTS = 5;

/**
 * Disbursement imports as BullMQ jobs (ADR 0022): the job (inputs, progress, report) and the file live in Redis,
 * so any API instance answers for any import, and every instance runs them one at a time (a check streams
 * the file and holds line states; two at once would only compete for the same CPU and lines). A job cut off
 * by a crash is run again by whichever instance takes it and resumes its pending import; a pending import
 * whose job is gone is abandoned at start (import-run.ts).
 */
@Injectable()
export class DisbursementImports implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('DisbursementImports');
  private queue!: Queue<ImportJobData>;
  private events!: QueueEvents;
  private worker!: Worker<ImportJobData>;
  readonly storage: ImportStorage;
  readonly run: ImportRun;
  /** this process's working copies of files (received, or read back from Redis for a job) */
  readonly dir: string;

  constructor(
    aggregates: AggregateStore, consistency: ReadConsistency, @Inject(READ_MODELS) rm: ReadModelDb,
    @Inject(APP_CONFIG) private readonly config: AppConfig, @Inject(SPENDING_PLANS) plans: SpendingPlanSettings, @Inject(REDIS) redis: Redis,
  ) {
    this.dir = join(config.DATA_DIR, 'disbursement-imports', randomUUID());
    this.storage = new ImportStorage(redis, config.QUEUE_PREFIX);
    const deps: RunDeps = { aggregates, consistency, rm, plans, storage: this.storage, dir: this.dir };
    this.run = new ImportRun(deps);
  }

  async onModuleInit(): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const options = { connection: bullConnection(this.config.REDIS_URL), prefix: this.config.QUEUE_PREFIX };
    this.queue = new Queue<ImportJobData>(IMPORT_QUEUE, options);
    this.events = new QueueEvents(IMPORT_QUEUE, options);
    this.worker = new Worker<ImportJobData>(IMPORT_QUEUE, (job) => this.process(job), { ...options, concurrency: 1 });
    this.worker.on('error', (e) => this.logger.warn(`import worker: ${e.message}`));
    // pending imports whose job is gone (Redis lost it, or it failed for good mid-way): never left half-staged
    void this.run.abandonOrphans((id) => this.hasLiveJob(id)).catch((e) => this.logger.warn(`could not look for orphaned imports: ${(e as Error).message}`));
  }

  /** Stops taking jobs and interrupts the running one at its next chunk: the job is retried and resumes elsewhere or later. */
  async onModuleDestroy(): Promise<void> {
    this.run.stopping = true;
    await this.worker?.close();
    await Promise.all([this.events?.close(), this.queue?.close()]);
    await rm(this.dir, { recursive: true, force: true });
  }

  async start(file: UploadedFile, options: ImportOptions, ctx: CommandContext, previewOf?: string, importId = randomUUID()): Promise<Job<ImportJobData>> {
    const { path: _path, ...info } = file;
    const data: ImportJobData = {
      importId, owner: ctx.actor, options, file: { ...info, fileId: previewOf ? (info as ImportFileInfo).fileId : importId }, createdAt: ctx.now.toISOString(),
      ctx: { actor: ctx.actor, principal: ctx.principal, today: ctx.today }, ...(previewOf ? { previewOf } : {}),
    };
    if (!previewOf) {
      await this.storage.saveFile(file.path, importId, KEEP_FILE_MS);
      await rm(file.path, { force: true });
    }
    const keep = { age: KEEP_MS / 1000, count: KEEP_MAX };
    const job = await this.queue.add('import', data, {
      jobId: importId, attempts: ATTEMPTS, backoff: { type: 'fixed', delay: 500 }, removeOnComplete: keep, removeOnFail: keep,
    });
    await job.updateProgress(initialState(file.bytes) as never);
    return job;
  }

  /** Commits a finished preview from the file it kept: checked again, as the lines stand now, and recorded all or none; once. */
  async commit(preview: ImportView, ctx: CommandContext): Promise<Job<ImportJobData>> {
    if (!preview.options.dryRun || preview.state.phase !== 'done') {
      throw DomainError.conflict('IMPORT_NOT_A_PREVIEW', 'id', 'only a finished preview (dryRun) can be committed');
    }
    if (preview.committedBy) throw DomainError.conflict('IMPORT_ALREADY_COMMITTED', 'id', `this preview was committed by import ${preview.committedBy}`);
    if (!preview.state.fileKept) throw DomainError.conflict('IMPORT_FILE_EXPIRED', 'id', 'the previewed file is no longer kept; send it again with dryRun=false');
    const importId = randomUUID();
    const claimed = await this.storage.claimCommit(preview.importId, importId, KEEP_MS);
    if (claimed) throw DomainError.conflict('IMPORT_ALREADY_COMMITTED', 'id', `this preview was committed by import ${claimed}`);
    return this.start({ ...preview.file, path: '' } as UploadedFile, { ...preview.options, dryRun: false }, ctx, preview.importId, importId);
  }

  /** The import, if the caller may see it: whoever started it, or an admin. */
  async find(id: string, principal: Principal): Promise<ImportView> {
    const job = await this.queue.getJob(id);
    if (!job || (job.data.owner !== principal.username && principal.role !== 'admin')) {
      throw DomainError.notFound('IMPORT_NOT_FOUND', 'id', `no disbursement import ${id} (imports are kept ${KEEP_MS / 3600_000} hours)`);
    }
    return this.viewOf(job);
  }

  /** Resolves when the job has finished (wait=true); a failed import answers its problem. */
  async finished(job: Job<ImportJobData>): Promise<ImportView> {
    // an attempt cut off (the server stopping) is retried and resumes: wait on until the job has really ended
    for (let status = await job.getState(); status !== 'completed' && status !== 'failed' && status !== 'unknown'; status = await job.getState()) {
      await job.waitUntilFinished(this.events, 60_000).catch(() => undefined);
    }
    const done = await this.queue.getJob(job.id!);
    if (!done) throw DomainError.notFound('IMPORT_NOT_FOUND', 'id', `no disbursement import ${job.id}`);
    const view = await this.viewOf(done);
    if (view.state.phase === 'failed') throw new ReplayedProblem(view.state.problem ?? toProblem(new Error('import failed')));
    return view;
  }

  async viewOf(job: Job<ImportJobData>): Promise<ImportView> {
    const state = { ...initialState(job.data.file.bytes), ...(typeof job.progress === 'object' ? job.progress as unknown as ImportState : {}) };
    return { ...job.data, state, committedBy: job.data.options.dryRun ? await this.storage.committedBy(job.data.importId) : null };
  }

  private async hasLiveJob(importId: string): Promise<boolean> {
    const job = await this.queue.getJob(importId);
    if (!job) return false;
    const status = await job.getState();
    return status !== 'completed' && status !== 'failed' && status !== 'unknown';
  }

  private async process(job: Job<ImportJobData>): Promise<void> {
    const report = async (state: ImportState) => { await job.updateProgress(state as never); };
    const outcome = await this.run.execute(job.data, (job.progress && typeof job.progress === 'object' ? job.progress : initialState(job.data.file.bytes)) as ImportState, report);
    if (outcome === 'interrupted') throw new Error('the server is stopping: the import resumes on the next run'); // retried: resumes
    if (outcome === 'failed') throw new UnrecoverableError('the import failed; its problem is in the job progress');
  }
}
