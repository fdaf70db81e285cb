import { Cell, Sheet } from './sheet';

/** UTF-8 byte order mark: without it Excel reads a UTF-8 CSV as the local code page and garbles Chinese. */
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * The sheet as CSV (RFC 4180: CRLF, fields quoted when they hold a comma, quote or line break, every record
 * as wide as the table), prefixed with a BOM. Numbers are the exact decimal strings, without separators.
 */
export function toCsv(sheet: Sheet): string {
  const width = sheet.columns.length;
  const records: string[][] = [
    [sheet.title], ...sheet.info.map((line) => [line]),
    ...sheet.header.map((labels) => [...labels]),
    ...sheet.rows.map((row) => row.cells.map(cellText)),
    ...sheet.notes.map((note) => [note]),
  ];
  return BOM + records.map((fields) => pad(fields, width).map(quote).join(',')).join(CRLF) + CRLF;
}

function pad(fields: string[], width: number): string[] {
  return fields.length >= width ? fields : [...fields, ...Array<string>(width - fields.length).fill('')];
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  switch (cell.t) {
    case 'num': return cell.v;
    case 'light': return cell.text;
    case 'text': return neutralized(cell.v);
  }
}

/**
 * Text typed by users (偏差原因, names) must not become a formula when the CSV is opened in a spreadsheet
 * (CSV injection): a leading = + - @ or tab is prefixed with an apostrophe, as OWASP recommends.
 */
function neutralized(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
