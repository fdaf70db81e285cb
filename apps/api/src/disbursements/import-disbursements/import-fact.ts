import { DisbursementsImported } from '@app/domain';

export type { DisbursementsImported };
import { StreamWrite } from '@app/event-store';
import { CommandContext, deterministicId, envelope } from '@app/kernel';
import type { CheckResult } from './import-check';
import type { ImportReport } from './import-report';
import type { UploadedFile } from './upload';

export const importStreamId = (importId: string) => `disbursement-import-${importId}`;

export function importFact(job: { id: string; file: UploadedFile; report: ImportReport }, result: CheckResult, ctx: CommandContext): StreamWrite {
  const lines = job.report.lines;
  const event: DisbursementsImported = {
    type: 'DisbursementsImported.v1', effectiveDate: ctx.today,
    data: {
      importId: job.id, fileName: job.file.name, format: job.file.format, bytes: job.file.bytes, sha256: job.file.sha256,
      rows: { total: result.rows.total, recorded: result.rows.ok, alreadyRecorded: result.rows.alreadyRecorded },
      lines: lines.map((l) => ({ lineId: l.lineId, rows: l.rows, amount: l.amount })), amount: job.report.total.amount,
    },
  };
  return {
    streamId: importStreamId(job.id), expectedRevision: 'no_stream',
    events: envelope([event], ctx, null, [deterministicId(`disbursement-import/${job.id}`)]),
  };
}
