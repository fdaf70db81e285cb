import { PassThrough, Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type ExcelJS from 'exceljs';
import { excelJs } from '@app/spreadsheets';
import { exactNumber } from '../../exports/sheet/amounts';
import { AuditEntry } from '../history/history-model';
import { AuditCell, AuditTable } from './audit-table';

const BOM = '\uFEFF';
const CRLF = '\r\n';
/**
 * Rows per chunk written to the response; the event loop gets a turn after each. A fast client would otherwise pull
 * page after page in one chain of microtasks: a 100,000-event line's 42 MB CSV held other requests up to 450 ms
 * (bench section 3b, the audit export).
 */
const CHUNK = 200;

/** RFC 4180 quoting; text starting like a formula gets an apostrophe (CSV injection, as OWASP advises). */
function csvField(cell: AuditCell): string {
  if (cell === null) return '';
  if (cell.t === 'count') return String(cell.v);
  const v = cell.t === 'text' && /^[=+\-@\t\r]/.test(cell.v) ? `'${cell.v}` : cell.v;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const csvLine = (cells: readonly AuditCell[], width: number) =>
  Array.from({ length: width }, (_, i) => csvField(cells[i] ?? null)).join(',') + CRLF;

const textCells = (values: readonly string[]): AuditCell[] => values.map((v) => ({ t: 'text', v }));

/**
 * The trail as CSV (UTF-8 with BOM so Excel reads the Chinese, CRLF), produced as the trail is read:
 * a 100,000-event line is never held in memory.
 */
export function csvStream(table: AuditTable, entries: AsyncIterable<AuditEntry>): Readable {
  const width = table.header.length;
  async function* lines(): AsyncGenerator<string> {
    let chunk = BOM + csvLine(textCells([table.title]), width) + csvLine(textCells([table.info]), width) + csvLine(textCells(table.header), width);
    let n = 0;
    for await (const entry of entries) {
      chunk += csvLine(table.row(entry), width);
      if (++n % CHUNK === 0) {
        yield chunk;
        chunk = '';
        await nextTurn();
      }
    }
    yield chunk;
  }
  return Readable.from(lines(), { objectMode: false });
}

function setCell(cell: ExcelJS.Cell, value: AuditCell): void {
  if (value === null) return;
  if (value.t === 'text' || value.t === 'count') { cell.value = value.v; return; }
  // an amount becomes a number only when the conversion is exact; otherwise it stays text rather than change
  const n = exactNumber(value.v);
  cell.value = n ?? value.v;
  if (n !== null) cell.numFmt = '#,##0.00';
  cell.alignment = { horizontal: 'right' };
}

/** The trail as one XLSX worksheet, streamed: each row is committed as soon as it is folded. */
export function xlsxStream(table: AuditTable, entries: AsyncIterable<AuditEntry>, creator: string, onError: (e: Error) => void): Readable {
  const out = new PassThrough();
  const write = async () => {
    const workbook = new (excelJs().stream.xlsx.WorkbookWriter)({ stream: out, useStyles: true, useSharedStrings: false });
    workbook.creator = creator;
    workbook.created = new Date();
    const ws = workbook.addWorksheet('审计轨迹', { views: [{ state: 'frozen', ySplit: 3, xSplit: 0 }] });
    ws.columns = table.widths.map((width) => ({ width }));
    const width = table.header.length;
    ws.mergeCells(1, 1, 1, width);
    ws.getRow(1).getCell(1).value = table.title;
    ws.getRow(1).font = { bold: true, size: 14 };
    ws.getRow(1).commit();
    ws.mergeCells(2, 1, 2, width);
    ws.getRow(2).getCell(1).value = table.info;
    ws.getRow(2).commit();
    const header = ws.getRow(3);
    table.header.forEach((label, i) => { header.getCell(i + 1).value = label; });
    header.font = { bold: true };
    header.commit();
    let r = 4;
    for await (const entry of entries) {
      const row = ws.getRow(r++);
      table.row(entry).forEach((cell, i) => setCell(row.getCell(i + 1), cell));
      row.commit();
      if ((r - 4) % CHUNK === 0) await nextTurn();
    }
    ws.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => {
    const e = error instanceof Error ? error : new Error(String(error));
    onError(e);
    out.destroy(e);
  });
  return out;
}
