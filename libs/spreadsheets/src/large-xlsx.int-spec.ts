import ExcelJS from 'exceljs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPECTED_CENTS, HEADER, ROWS, heapOfAllRows, row, streamAll } from './testing/large-files';

jest.setTimeout(600_000); // 100,000 rows parsed on a busy machine: this is the net, not the expected time
let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'disbursement-xlsx-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

it('streams a 100,000-row XLSX from a file with progress and bounded memory', async () => {
  const path = join(dir, 'big.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet('支出明细');
  ws.getColumn(3).numFmt = 'yyyy-mm-dd';
  ws.addRow(HEADER).commit();
  for (let i = 1; i <= ROWS; i++) {
    const r = row(i);
    // Amounts as numbers and dates as Date cells, as accountants' sheets hold them.
    ws.addRow([r[0], Number(r[1]), new Date(`${r[2]}T00:00:00Z`), r[3], r[4], r[5]]).commit();
  }
  await wb.commit();
  const size = (await stat(path)).size;
  const { ok, total, progress, peak } = await streamAll(path, 'xlsx');
  expect(ok).toBe(ROWS);
  expect(total).toBe(EXPECTED_CENTS);
  // exceljs spools a sheet that precedes its shared strings (or has none) to a temp file, so bytes may reach
  // the total before rows do: byte progress is the unzip stage, row progress the parse.
  expect(progress.map((p) => p.rowsRead)).toEqual([...Array.from({ length: 10 }, (_, i) => (i + 1) * 10_000), ROWS + 1]);
  expect(progress.at(-1)).toMatchObject({ rowsRead: ROWS + 1, bytesRead: size, totalBytes: size, done: true });
  expect(peak).toBeLessThan(heapOfAllRows() / 2);
});
