import { DisbursementImportStarted, DisbursementsImported } from '@app/domain';
import { CommandContext } from '@app/kernel';
import type { ImportJobData } from './import-job-data';
import type { ImportReport } from './import-report';

export type { DisbursementsImported };

export const importStreamId = (importId: string) => `disbursement-import-${importId}`;

/** The final event of a chunked import: from it on, the staged payments count everywhere (ADR 0022). */
export function completedFact(job: ImportJobData, started: DisbursementImportStarted['data'], report: ImportReport | undefined, ctx: CommandContext): DisbursementsImported {
  return {
    type: 'DisbursementsImported.v1', effectiveDate: ctx.today,
    data: {
      importId: job.importId, fileName: job.file.name, format: job.file.format, bytes: job.file.bytes, sha256: job.file.sha256,
      rows: { total: report?.rows.total ?? started.rows, recorded: started.rows, alreadyRecorded: report?.rows.alreadyRecorded ?? 0 },
      lines: (report?.lines ?? []).map((l) => ({ lineId: l.lineId, rows: l.rows, amount: l.amount })), amount: started.amount,
    },
  };
}
