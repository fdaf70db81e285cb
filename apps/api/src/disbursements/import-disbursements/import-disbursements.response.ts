import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ImportColumn {
  @ApiProperty({ example: '凭证号' }) header!: string;
  @ApiProperty({ example: 'voucherNo' }) field!: string;
}

export class ImportReportFile {
  @ApiProperty({ type: String, nullable: true, example: '6月支付.csv' }) name!: string | null;
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format!: string;
  @ApiProperty({ example: 18204 }) bytes!: number;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) sha256!: string;
  @ApiProperty({ type: String, nullable: true, example: 'gbk' }) encoding!: string | null;
  @ApiProperty({ example: '元' }) amountUnit!: string;
  @ApiProperty({ type: [ImportColumn], example: [{ header: '凭证号', field: 'voucherNo' }] }) columns!: readonly ImportColumn[];
  @ApiProperty({ type: [String], example: ['备注'] }) ignoredColumns!: readonly string[];
}

export class ImportRowCounts {
  @ApiProperty({ example: 120 }) total!: number;
  @ApiProperty({ example: 118 }) ok!: number;
  @ApiProperty({ example: 2 }) errors!: number;
  @ApiProperty({ example: 0 }) alreadyRecorded!: number;
}

/** What is wrong with one cell (or the row). */
export class ImportCellError {
  @ApiProperty({ example: '金额' }) column!: string;
  @ApiProperty({ example: 'amount', description: 'the field, or row for the whole row' }) field!: string;
  @ApiProperty({ example: 'AMOUNT_NOT_POSITIVE' }) code!: string;
  @ApiProperty({ example: '金额必须大于零 (amount must be greater than 0)' }) message!: string;
}

export class ImportRowError extends ImportCellError {
  @ApiProperty({ example: 7 }) row!: number;
}

export class ImportLineTotal {
  @ApiProperty({ example: '426006-2023-P37-01' }) lineId!: string;
  @ApiProperty({ example: '426006' }) unit!: string;
  @ApiProperty({ type: String, nullable: true, example: 'P37' }) project!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '就业补助资金' }) projectName!: string | null;
  @ApiProperty({ example: '2080799' }) functional!: string;
  @ApiProperty({ type: String, nullable: true, example: '30305' }) economic!: string | null;
  @ApiProperty({ example: 40 }) rows!: number;
  @ApiProperty({ example: '96000.00', description: '元' }) amount!: string;
  @ApiProperty({ example: '300000.00', description: '元' }) availableBefore!: string;
  @ApiProperty({ example: '204000.00', description: '元' }) availableAfter!: string;
  @ApiProperty({ example: 0, description: 'rows beyond the balance of a line that only warns (超支预警)' }) overspendWarnings!: number;
}

export class ImportGrandTotal {
  @ApiProperty({ example: 118 }) rows!: number;
  @ApiProperty({ example: '283000.00', description: '元' }) amount!: string;
}

/** The report of a checked (and possibly recorded) disbursement file. */
export class DisbursementImportReport {
  @ApiProperty({ example: '0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a' }) importId!: string;
  @ApiProperty({ example: true }) dryRun!: boolean;
  @ApiProperty({ example: false, description: 'the disbursements are stored' }) recorded!: boolean;
  @ApiProperty({ type: ImportReportFile, example: { name: '6月支付.csv', format: 'csv', bytes: 18204, sha256: '9f86d0…', encoding: 'gbk', amountUnit: '元', columns: [], ignoredColumns: [] } }) file!: ImportReportFile;
  @ApiProperty({ type: ImportRowCounts, example: { total: 120, ok: 118, errors: 2, alreadyRecorded: 0 } }) rows!: ImportRowCounts;
  @ApiProperty({ type: [ImportRowError], example: [{ row: 7, column: '金额', field: 'amount', code: 'AMOUNT_NOT_POSITIVE', message: '金额必须大于零 (amount must be greater than 0)' }], description: 'the first errors in file order' }) errors!: readonly ImportRowError[];
  @ApiProperty({ example: false }) errorsTruncated!: boolean;
  @ApiProperty({ type: [ImportLineTotal], example: [{ lineId: '426006-2023-P37-01', rows: 40, amount: '96000.00' }] }) lines!: readonly ImportLineTotal[];
  @ApiProperty({ type: ImportGrandTotal, example: { rows: 118, amount: '283000.00' } }) total!: ImportGrandTotal;
  @ApiProperty({ example: '/api/v1/disbursement-imports/0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a/rows' }) rowsUrl!: string;
  @ApiProperty({ type: Number, nullable: true, example: null, description: 'after a commit: the global position written (minPosition)' }) position!: number | null;
}

export class ImportProgress {
  @ApiProperty({ example: 60 }) rowsRead!: number;
  @ApiProperty({ example: 9102 }) bytesRead!: number;
  @ApiProperty({ example: 18204 }) totalBytes!: number;
  @ApiProperty({ example: 50 }) percent!: number;
  @ApiProperty({ type: Number, nullable: true, example: 118, description: 'a commit: the rows it records (known once the file is checked)' }) rowsToRecord!: number | null;
  @ApiProperty({ example: 0, description: 'a commit: rows staged so far, in atomic chunks; none is shown until all are (ADR 0022)' }) rowsRecorded!: number;
}

export class ImportFile {
  @ApiProperty({ type: String, nullable: true, example: '6月支付.csv' }) name!: string | null;
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format!: string;
  @ApiProperty({ example: 18204 }) bytes!: number;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) sha256!: string;
}

export class ImportProblemDetails {
  @ApiPropertyOptional({ type: DisbursementImportReport, example: { importId: '0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a', recorded: false }, description: 'IMPORT_ROWS_INVALID: the report with the row errors' }) report?: DisbursementImportReport;
}

/** Why an import failed: an RFC 9457 problem. */
export class ImportProblem {
  @ApiProperty({ example: 'https://budget.example/problems/import-rows-invalid' }) type!: string;
  @ApiProperty({ example: 'Unprocessable Entity' }) title!: string;
  @ApiProperty({ example: 422 }) status!: number;
  @ApiProperty({ example: 'IMPORT_ROWS_INVALID' }) code!: string;
  @ApiProperty({ example: '2 rows are invalid; nothing was recorded' }) detail!: string;
  @ApiPropertyOptional({ example: 'file' }) field?: string;
  @ApiPropertyOptional({ type: ImportProblemDetails, example: { report: { importId: '0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a' } } }) details?: ImportProblemDetails;
}

/** A disbursement import: where it is, and its report once checked. */
export class DisbursementImportAnswer {
  @ApiProperty({ example: '0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a' }) importId!: string;
  @ApiProperty({ enum: ['queued', 'checking', 'recording', 'done', 'failed'] }) phase!: string;
  @ApiProperty({ example: true, description: 'a preview (nothing is recorded)' }) dryRun!: boolean;
  @ApiProperty({ example: '2023-07-03T02:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, example: '2023-07-03T02:00:04.000Z' }) finishedAt!: string | null;
  @ApiProperty({ example: 'kuaiji426006' }) startedBy!: string;
  @ApiProperty({ type: ImportFile, example: { name: '6月支付.csv', format: 'csv', bytes: 18204, sha256: '9f86d0…' } }) file!: ImportFile;
  @ApiProperty({ type: ImportProgress, example: { rowsRead: 60, bytesRead: 9102, totalBytes: 18204, percent: 50, rowsToRecord: null, rowsRecorded: 0 } }) progress!: ImportProgress;
  @ApiProperty({ type: DisbursementImportReport, nullable: true, example: null }) report!: DisbursementImportReport | null;
  @ApiProperty({ type: ImportProblem, nullable: true, example: null }) problem!: ImportProblem | null;
  @ApiProperty({ type: String, nullable: true, example: '/api/v1/disbursement-imports/0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a/commit', description: 'where to commit this preview (while its file is kept)' }) commitUrl!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'the import that committed this preview' }) committedBy!: string | null;
}

/** One row's outcome. */
export class ImportRowOutcome {
  @ApiProperty({ example: 7 }) row!: number;
  @ApiProperty({ enum: ['ok', 'already-recorded', 'error'] }) outcome!: string;
  @ApiPropertyOptional({ example: '426006-2023-P37-01' }) lineId?: string;
  @ApiPropertyOptional({ example: '记-2023-0615' }) voucherNo?: string;
  @ApiPropertyOptional({ example: '2400.00' }) amount?: string;
  @ApiPropertyOptional({ example: '2023-06-15' }) effectiveDate?: string;
  @ApiPropertyOptional({ example: true, description: 'paid beyond the balance of a line that only warns' }) overspendWarned?: boolean;
  @ApiPropertyOptional({ type: [ImportCellError], example: [{ column: '金额', field: 'amount', code: 'AMOUNT_NOT_POSITIVE', message: '金额必须大于零' }] }) errors?: readonly ImportCellError[];
}

/** GET /disbursement-imports/{id}/rows */
export class ImportRowPage {
  @ApiProperty({ example: 120 }) total!: number;
  @ApiProperty({ example: 0 }) offset!: number;
  @ApiProperty({ example: 100 }) limit!: number;
  @ApiProperty({ type: [ImportRowOutcome], example: [{ row: 1, outcome: 'ok', lineId: '426006-2023-P37-01', voucherNo: '记-2023-0615', amount: '2400.00', effectiveDate: '2023-06-15' }] }) items!: readonly ImportRowOutcome[];
}
