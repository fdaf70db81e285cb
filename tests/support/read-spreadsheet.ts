import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Response } from 'supertest';

/** A cell as a spreadsheet reader gives it back: text, a number, or empty. */
export type ReadCell = string | number | null;

/** supertest parser that keeps the body as raw bytes (XLSX, and CSV whose BOM we want to see). */
export function binary(res: unknown, done: (error: Error | null, body: Buffer) => void): void {
  const stream = res as NodeJS.ReadableStream; // superagent hands node's IncomingMessage to custom parsers
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The first worksheet of an XLSX body, as rows of cell values (0-based; merged-away cells read as null). */
export async function readXlsx(res: Response): Promise<{ name: string; rows: ReadCell[][]; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body as never);
  const sheet = workbook.worksheets[0];
  const rows: ReadCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: ReadCell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined || v === '' ? null : typeof v === 'number' || typeof v === 'string' ? v : String(v));
    }
    rows[n - 1] = cells;
  });
  return { name: sheet.name, rows: Array.from(rows, (r) => r ?? []), sheet };
}

/** A CSV body (UTF-8 with BOM) as records; throws when the BOM is missing. */
export function readCsv(res: Response): string[][] {
  const text = (res.body as Buffer).toString('utf8');
  if (!text.startsWith('\uFEFF')) throw new Error('CSV has no UTF-8 BOM');
  return parse(text.slice(1), { relax_column_count: false }) as string[][];
}

/** The first row whose first cell is `first` (e.g. 合计, or a code such as 208). */
export function rowOf<T>(rows: T[][], first: T): T[] {
  const row = rows.find((r) => r[0] === first);
  if (!row) throw new Error(`no row starting with ${String(first)}`);
  return row;
}
