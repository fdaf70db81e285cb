import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { excelJs } from '@app/spreadsheets';
import { exactNumber } from './amounts';
import { Cell, Light, Sheet, SheetRow } from './sheet';

/** Light fills, close to the colours of deployed monitoring systems. */
const FILL: Readonly<Record<Light, string>> = { red: 'FFFF7875', yellow: 'FFFFE58F', green: 'FF95DE64', blue: 'FF91CAFF' };
const HEADER_FILL = 'FFF0F0F0';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Streams one sheet as an XLSX workbook into `out` (rows are committed as they are written, so the file
 * is never held in memory). Resolves when the workbook is complete; `out` is ended.
 */
export async function writeXlsx(sheet: Sheet, out: Writable, creator: string): Promise<void> {
  const workbook = new (excelJs().stream.xlsx.WorkbookWriter)({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = creator;
  workbook.created = new Date();
  const width = sheet.columns.length;
  const headerTop = 2 + sheet.info.length;
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: headerTop + sheet.header.length - 1, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));

  ws.mergeCells(1, 1, 1, width);
  const title = ws.getRow(1);
  title.getCell(1).value = sheet.title;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 24;
  title.commit();
  sheet.info.forEach((line, i) => {
    ws.mergeCells(2 + i, 1, 2 + i, width);
    const row = ws.getRow(2 + i);
    row.getCell(1).value = line;
    row.commit();
  });

  // merges must be declared before their rows are committed
  for (const m of sheet.headerMerges) ws.mergeCells(headerTop + m.row, m.col + 1, headerTop + m.row + m.rows - 1, m.col + m.cols);
  sheet.header.forEach((labels, i) => {
    const row = ws.getRow(headerTop + i);
    for (let c = 0; c < width; c++) {
      const cell = row.getCell(c + 1);
      // writing to a merged-away cell would overwrite the merge's label: only labelled cells get a value
      if (labels[c]) cell.value = labels[c];
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    }
    row.commit();
  });

  let r = headerTop + sheet.header.length;
  for (const body of sheet.rows) {
    if (body.span && body.span > 1) ws.mergeCells(r, 1, r, body.span);
    writeRow(ws.getRow(r), body, sheet);
    r++;
  }
  for (const note of sheet.notes) {
    ws.mergeCells(++r, 1, r, width);
    const row = ws.getRow(r);
    row.getCell(1).value = note;
    row.font = { italic: true, color: { argb: 'FF666666' } };
    row.commit();
  }
  ws.commit();
  await workbook.commit();
}

function writeRow(row: ExcelJS.Row, body: SheetRow, sheet: Sheet): void {
  sheet.columns.forEach((column, c) => {
    const cell = row.getCell(c + 1);
    setValue(cell, body.cells[c] ?? null);
    cell.border = BORDER;
    if (body.style) cell.font = { bold: true };
    if (column.names && body.indent) cell.alignment = { indent: body.indent * 2 };
  });
  if (body.style === 'group') row.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }; });
  row.commit();
}

function setValue(cell: ExcelJS.Cell, value: Cell): void {
  if (value === null) return;
  switch (value.t) {
    case 'text':
      cell.value = value.v;
      return;
    case 'num': {
      const n = exactNumber(value.v);
      cell.value = n ?? value.v;
      if (n !== null && value.fmt !== 'General') cell.numFmt = value.fmt;
      cell.alignment = { horizontal: 'right' };
      return;
    }
    case 'light':
      if (value.text !== '') cell.value = value.text;
      cell.alignment = { horizontal: 'center' };
      if (value.v !== null) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[value.v] } };
      return;
    default: {
      const never: never = value;
      throw new Error(`unknown cell ${JSON.stringify(never)}`);
    }
  }
}
