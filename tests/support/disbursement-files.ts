import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/**
 * Disbursement spreadsheets as accountants' tools write them: CSV in UTF-8 (with or without BOM) or GBK,
 * XLSX with real Date cells or serials. Small files are built in memory; the 100,000-row files are written
 * to disk in chunks (CSV) or with exceljs's streaming writer (XLSX), never held whole.
 */
export type Cell = string | number | Date | null;
export type CsvEncoding = 'utf8' | 'utf8-bom' | 'gbk';

export const CHINESE_HEADER = ['项目编码', '项目名称', '功能科目', '经济科目', '金额', '支付日期', '凭证号', '收款人', '摘要', '补助类别', '人数', '预算单位'];
export const ENGLISH_HEADER = ['Line ID', 'Amount', 'Date', 'Voucher No', 'Payee', 'Summary'];

const quote = (c: Cell) => {
  const s = c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export const csvText = (rows: readonly (readonly Cell[])[]) => rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';

export function encode(text: string, encoding: CsvEncoding): Buffer {
  if (encoding === 'gbk') return iconv.encode(text, 'gbk');
  const utf8 = Buffer.from(text, 'utf8');
  return encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8;
}

export const csvFile = (rows: readonly (readonly Cell[])[], encoding: CsvEncoding = 'gbk') => encode(csvText(rows), encoding);

/** An XLSX with the rows on its first sheet (Date cells stay dates), optionally under a title row. */
export async function xlsxFile(rows: readonly (readonly Cell[])[], options: { title?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('支出明细');
  if (options.title) sheet.addRow([options.title]);
  for (const r of rows) sheet.addRow([...r]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A date as Excel stores it: days since 1899-12-30. */
export const excelSerial = (isoDate: string) => Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** Writes header + n rows as a CSV file, 5,000 rows per chunk. */
export async function writeLargeCsv(path: string, header: readonly string[], n: number, row: (i: number) => readonly Cell[], encoding: CsvEncoding = 'gbk') {
  const out = createWriteStream(path);
  let batch = csvText([header]);
  for (let i = 1; i <= n; i++) {
    batch += `${row(i).map(quote).join(',')}\r\n`;
    if (i % 5000 === 0 || i === n) {
      // only the first chunk carries the BOM
      if (!out.write(encode(batch, encoding === 'utf8-bom' && i > 5000 ? 'utf8' : encoding))) await once(out, 'drain');
      batch = '';
    }
  }
  out.end();
  await once(out, 'finish');
}

/** Writes header + n rows as an XLSX file with exceljs's streaming writer (inline strings, rows committed as they go). */
export async function writeLargeXlsx(path: string, header: readonly string[], n: number, row: (i: number) => readonly Cell[]) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const sheet = wb.addWorksheet('支出明细');
  sheet.addRow([...header]).commit();
  for (let i = 1; i <= n; i++) sheet.addRow([...row(i)]).commit();
  sheet.commit();
  await wb.commit();
}
