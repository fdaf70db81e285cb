import type { AmountUnit } from '@app/spreadsheets';
import type { CheckResult } from './import-check';
import { ERRORS_IN_REPORT, ImportReport, grandTotal } from './import-report';
import type { UploadedFile } from './upload';

/** The report of a checked file: counts, the first errors, and what it adds to each line (sorted by lineId). */
export function buildReport(importId: string, file: Omit<UploadedFile, 'path'>, options: { dryRun: boolean; amountUnit?: AmountUnit }, r: CheckResult): ImportReport {
  const lines = r.tallies.filter((t) => t.rows > 0).map((t) => t.toTotal()).sort((a, b) => a.lineId.localeCompare(b.lineId));
  const h = r.header;
  return {
    importId, dryRun: options.dryRun, recorded: false,
    file: {
      name: file.name, format: file.format, bytes: file.bytes, sha256: file.sha256, encoding: h?.encoding ?? null,
      amountUnit: h?.columns.find((c) => c.field === 'amount')?.unit ?? options.amountUnit ?? '元',
      columns: (h?.columns ?? []).map((c) => ({ header: c.header, field: c.field })), ignoredColumns: h?.ignored ?? [],
    },
    rows: r.rows, errors: r.errors.slice(0, ERRORS_IN_REPORT), errorsTruncated: r.errors.length > ERRORS_IN_REPORT,
    lines, total: grandTotal(lines), rowsUrl: `/api/v1/disbursement-imports/${importId}/rows`, position: null,
  };
}
