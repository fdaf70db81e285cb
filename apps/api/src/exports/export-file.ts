import { Logger, StreamableFile } from '@nestjs/common';
import { PassThrough } from 'node:stream';
import { attachment } from './sheet/content-disposition';
import { toCsv } from './sheet/csv-writer';
import { Sheet } from './sheet/sheet';
import { writeXlsx } from './sheet/xlsx-writer';
import { ExportFormat } from './export.request';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPE = 'text/csv; charset=utf-8';

/**
 * The sheet as a download. The sheet is complete before anything is sent (a failure is still a problem
 * response); the XLSX bytes are then streamed as exceljs produces them.
 */
export function exportFile(sheet: Sheet, format: ExportFormat, name: { chinese: string; ascii: string }, creator: string): StreamableFile {
  const disposition = attachment(`${name.chinese}.${format}`, `${name.ascii}.${format}`);
  if (format === 'csv') return new StreamableFile(Buffer.from(toCsv(sheet), 'utf8'), { type: CSV_TYPE, disposition });
  const out = new PassThrough();
  writeXlsx(sheet, out, creator).catch((error: unknown) => {
    new Logger('Exports').error(`XLSX export failed: ${error instanceof Error ? error.message : String(error)}`);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new StreamableFile(out, { type: XLSX_TYPE, disposition });
}
