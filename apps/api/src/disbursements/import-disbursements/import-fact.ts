import { DomainEvent } from '@app/domain';
import { StreamWrite } from '@app/event-store';
import { CommandContext, deterministicId, envelope } from '@app/kernel';
import type { CheckResult } from './import-check';
import type { ImportReport } from './import-report';
import type { UploadedFile } from './upload';

/**
 * 批量导入支付: the audit trail of a committed file, written in the same atomic write as its disbursements.
 * The disbursements themselves are ordinary `DisbursementRecorded.v1` events in their lines' streams (the
 * projections need nothing new); this fact says which file brought them, by whom, with its SHA-256.
 */
export type DisbursementsImported = DomainEvent<'DisbursementsImported.v1', {
  readonly importId: string;
  readonly fileName: string | null;
  readonly format: 'csv' | 'xlsx';
  readonly bytes: number;
  readonly sha256: string;
  readonly rows: { readonly total: number; readonly recorded: number; readonly alreadyRecorded: number };
  readonly lines: readonly { readonly lineId: string; readonly rows: number; readonly amount: string }[];
  readonly amount: string;
}>;

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
