import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiResponse, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { Principal, CommandContext } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import type { Job } from 'bullmq';
import { DisbursementImports, ImportJobData, ImportView } from './import-jobs';
import { CommitQuery, ImportDisbursementsQuery, ImportRowsQuery, importOptions } from './import-disbursements.request';
import { RowPage } from './import-storage';
import { XLSX_TYPE, receiveUpload } from './upload';
import { DisbursementImportAnswer, ImportRowPage } from './import-disbursements.response';


/** What GET answers: where the import is, and its report once checked (the same from every instance). */
function view(job: ImportView) {
  const s = job.state;
  return {
    importId: job.importId, phase: s.phase, dryRun: job.options.dryRun, createdAt: job.createdAt, finishedAt: s.finishedAt ?? null,
    startedBy: job.owner, file: { name: job.file.name, format: job.file.format, bytes: job.file.bytes, sha256: job.file.sha256 },
    progress: s.progress, report: s.report ?? null, problem: s.problem ?? null,
    /** where to commit this preview (while its file is kept) */
    commitUrl: s.fileKept && !job.committedBy ? `/api/v1/disbursement-imports/${job.importId}/commit` : null,
    committedBy: job.committedBy ?? null,
  };
}

/** 202 with Location at once, or (wait=true) 200 when finished; a failed import is answered as its problem. */
async function answer(imports: DisbursementImports, job: Job<ImportJobData>, wait: boolean, res: Response) {
  res.header('Location', `/api/v1/disbursement-imports/${job.data.importId}`);
  if (!wait) return view(await imports.viewOf(job));
  const finished = await imports.finished(job);
  res.status(200);
  return view(finished);
}

@ApiTags('disbursements 支付')
@ApiBearerAuth()
@Controller('api/v1/disbursement-imports')
export class ImportDisbursementsController {
  /** largest accepted file (DISBURSEMENT_IMPORT_MAX_MB) */
  private readonly limit: number;
  constructor(private readonly imports: DisbursementImports, @Inject(APP_CONFIG) config: AppConfig) {
    this.limit = Math.round(config.DISBURSEMENT_IMPORT_MAX_MB * 1024 * 1024);
  }

  @Post()
  @HttpCode(202)
  @Authorize('records:write')
  @ApiOperation({ summary: '批量导入支付 Import disbursements from a CSV or XLSX file (preview by default; see docs/disbursement-import.md)' })
  @ApiConsumes('multipart/form-data', 'text/csv', XLSX_TYPE)
  @ApiResponse({ status: 202, type: DisbursementImportAnswer, description: 'accepted: follow Location for progress and the report' })
  @ApiResponse({ status: 200, type: DisbursementImportAnswer, description: 'with wait=true: the finished import and its report' })
  @ApiResponse({ status: 413, description: 'PAYLOAD_TOO_LARGE' })
  @ApiResponse({ status: 422, description: 'with wait=true: IMPORT_ROWS_INVALID (report in details), MISSING_COLUMNS, ENCODING_INVALID, XLSX_INVALID …' })
  @ApiResponse({ status: 409, description: 'with wait=true: IMPORT_CONFLICT (lines kept changing; nothing recorded)' })
  async start(@Req() req: Request, @Res({ passthrough: true }) res: Response, @Query() q: ImportDisbursementsQuery, @Ctx() ctx: CommandContext) {
    const options = importOptions(q);
    const file = await receiveUpload(req.raw, this.imports.dir, this.limit);
    return answer(this.imports, await this.imports.start(file, options, ctx), q.wait === 'true', res);
  }

  @Post(':id/commit')
  @HttpCode(202)
  @Authorize('records:write')
  @ApiOperation({ summary: 'Commit a finished preview from the file it kept (checked again, recorded all or none)' })
  @ApiResponse({ status: 202, type: DisbursementImportAnswer, description: 'the commit import: follow Location' })
  @ApiResponse({ status: 409, description: 'IMPORT_NOT_A_PREVIEW, IMPORT_ALREADY_COMMITTED, IMPORT_FILE_EXPIRED' })
  async commit(@Param('id', ParseUUIDPipe) id: string, @Query() q: CommitQuery, @Res({ passthrough: true }) res: Response, @Ctx() ctx: CommandContext) {
    const preview = await this.imports.find(id, ctx.principal);
    return answer(this.imports, await this.imports.commit(preview, ctx), q.wait === 'true', res);
  }

  @Get(':id')
  @Authorize('records:write')
  @ApiOperation({ summary: 'Progress (phase, rows read, rows recorded of those to record, percent) and, when finished, the report of an import; any instance answers' })
  @ApiOkResponse({ type: DisbursementImportAnswer })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return view(await this.imports.find(id, principal));
  }

  @Get(':id/rows')
  @Authorize('records:write')
  @ApiOperation({ summary: 'Every row\'s outcome (ok, error with its messages, already-recorded), paged, optionally filtered' })
  @ApiOkResponse({ type: ImportRowPage })
  async rows(@Param('id', ParseUUIDPipe) id: string, @Query() q: ImportRowsQuery, @CurrentPrincipal() principal: Principal): Promise<RowPage> {
    const job = await this.imports.find(id, principal);
    if (!job.state.finishedAt) throw DomainError.conflict('IMPORT_NOT_FINISHED', 'id', 'the import is still running; its rows are listed when it has finished');
    const limit = Math.min(1000, Number(q.limit ?? 100));
    return this.imports.storage.readOutcomes(job.importId, q.outcome, Number(q.offset ?? 0), limit);
  }
}
