import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { EXPECTED_CENTS, HEADER, ROWS, heapOfAllRows, row, streamAll, writeChunks } from './testing/large-files';

jest.setTimeout(600_000); // 100,000 rows parsed on a busy machine: this is the net, not the expected time
let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'disbursement-csv-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

function* gbkLines() {
  yield iconv.encode(`${HEADER.join(',')}\r\n`, 'gbk');
  let batch = '';
  for (let i = 1; i <= ROWS; i++) {
    batch += `${row(i).join(',')}\r\n`;
    if (i % 5000 === 0) { yield iconv.encode(batch, 'gbk'); batch = ''; }
  }
}

it('streams a 100,000-row GBK CSV from a file with progress and bounded memory', async () => {
  const path = join(dir, 'big.csv');
  await writeChunks(path, gbkLines());
  const size = (await stat(path)).size;
  const { ok, total, progress, peak } = await streamAll(path, 'csv');
  expect(ok).toBe(ROWS);
  expect(total).toBe(EXPECTED_CENTS);
  expect(progress.map((p) => p.rowsRead)).toEqual([...Array.from({ length: 10 }, (_, i) => (i + 1) * 10_000), ROWS + 1]);
  expect(progress.at(-1)).toEqual({ rowsRead: ROWS + 1, bytesRead: size, totalBytes: size, done: true });
  const midway = progress[4];
  expect(midway.bytesRead).toBeGreaterThan(0);
  expect(midway.bytesRead).toBeLessThan(size); // bytes are read as rows go, not all up front
  // The voucher numbers seen so far (for duplicates) are the one thing kept per row: a fraction of the rows.
  expect(peak).toBeLessThan(heapOfAllRows() / 2);
});
