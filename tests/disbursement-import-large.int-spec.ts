import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { budgetDocument, lineIds } from './support/budget-document';
import { Cell, writeLargeCsv, writeLargeXlsx } from './support/disbursement-files';
import { TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/**
 * 100,000-row files: streamed to disk, checked row by row with progress, committed in 200 atomic chunks of 500 rows
 * that become visible together with the import's last event (ADR 0022). Bounded by progress, never by timings.
 * Rows alternate between the P01 line (1.00 元 each) and the personnel line (3.00 元 each) of 426001.
 */
// a busy 2-core machine took over 120 s for the two files: the polls end at done or failed (bounded by progress), this only stops a hang
jest.setTimeout(600_000);

describe('disbursement import of 100,000 rows (e2e)', () => {
  const ROWS = 100_000;
  const HEADER = ['项目编码', '功能科目', '经济科目', '金额', '支付日期', '凭证号', '收款人', '预算单位'];
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'disbursement-import-'));
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const row = (year: number, voucherPrefix: string) => (i: number): Cell[] => (i % 2 === 0
    ? ['P01', null, null, '1.00', `${year}-${String((i % 12) + 1).padStart(2, '0')}-15`, `${voucherPrefix}${i}`, `收款人${i}`, '426001']
    : [null, '2080101', '30101', '3.00', `${year}-${String((i % 12) + 1).padStart(2, '0')}-15`, `${voucherPrefix}${i}`, `收款人${i}`, '426001']);

  /** Posts the file (202), then follows the import until it ends, keeping every progress report seen. */
  async function importAndFollow(body: Buffer, type: string, query: Record<string, string>) {
    const started = Date.now();
    const baseRss = process.memoryUsage().rss;
    let peakRss = baseRss;
    const res = await t.http.post('/api/v1/disbursement-imports').query(query).set('Content-Type', type).send(body);
    expectStatus(res, 202);
    const seen: { phase: string; rowsRead: number; percent: number; rowsRecorded: number }[] = [];
    for (;;) {
      const poll = await t.http.get(res.headers.location as string);
      expectStatus(poll, 200);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      seen.push({ phase: poll.body.phase, ...poll.body.progress });
      if (poll.body.phase === 'done' || poll.body.phase === 'failed') {
        const seconds = (Date.now() - started) / 1000;
        // measurements for the report (not assertions): rows per second and the process's peak resident memory
        process.stdout.write(`${type} ${query.dryRun === 'false' ? 'commit' : 'preview'}: ${ROWS} rows in ${seconds.toFixed(1)} s = ${Math.round(ROWS / seconds)} rows/s, peak RSS ${Math.round(peakRss / 1048576)} MB (${Math.round(baseRss / 1048576)} MB before)\n`);
        return { body: poll.body, seen };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('given a 100,000-row GBK CSV, when committed, then progress is reported, every row is recorded once and shown at once, and a re-import records nothing', async () => {
    const year = 2023;
    await t.importBudget({ ...budgetDocument(year), indicators: [] });
    const ids = lineIds(year);
    const path = join(dir, 'big.csv');
    await writeLargeCsv(path, HEADER, ROWS, row(year, '记-'), 'gbk');
    const head = await t.headPosition();

    const { body, seen } = await importAndFollow(await readFile(path), 'text/csv', { dryRun: 'false' });

    expect(body).toMatchObject({ phase: 'done', progress: { percent: 100 } });
    expect(body.report).toMatchObject({ recorded: true, rows: { total: ROWS, ok: ROWS, errors: 0 }, total: { rows: ROWS, amount: '200000.00' } });
    expect(body.report.lines).toEqual([
      expect.objectContaining({ lineId: ids.personnel, rows: ROWS / 2, amount: '150000.00', availableAfter: '350000.00' }),
      expect.objectContaining({ lineId: ids.employment, rows: ROWS / 2, amount: '50000.00', availableAfter: '150000.00' }),
    ]);
    // progress was visible on the way: rows read grew while the file was checked
    const midway = seen.filter((s) => s.phase === 'checking' && s.rowsRead > 0 && s.rowsRead < ROWS);
    expect(midway.length).toBeGreaterThan(0);
    expect(midway.map((s) => s.percent)).toEqual([...midway.map((s) => s.percent)].sort((a, b) => a - b));
    // and rows recorded grew chunk by chunk while they were staged
    const recording = seen.filter((s) => s.phase === 'recording').map((s) => s.rowsRecorded);
    expect(recording).toEqual([...recording].sort((a, b) => a - b));
    expect(recording.every((n) => n % 500 === 0)).toBe(true);
    // Started, 200 chunks (100,000 payments, 200 markers), DisbursementsImported and the two lines' Applied
    expect(await t.headPosition()).toBe(head + 1 + ROWS + 200 + 3);
    expect(await t.line(ids.employment)).toMatchObject({ disbursed: '50000.00', disbursements: ROWS / 2 });

    const again = await importAndFollow(await readFile(path), 'text/csv', { dryRun: 'false' });
    expect(again.body.report).toMatchObject({ recorded: false, rows: { ok: 0, alreadyRecorded: ROWS } });
    expect(await t.headPosition()).toBe(head + 1 + ROWS + 200 + 3);
  });

  it('given a 100,000-row XLSX whose last row overspends, when committed, then 422 names that row and nothing at all is recorded', async () => {
    const year = 2022;
    await t.importBudget({ ...budgetDocument(year), indicators: [] });
    const path = join(dir, 'big.xlsx');
    const rows = row(year, 'X-');
    await writeLargeXlsx(path, HEADER, ROWS, (i) => (i === ROWS ? [null, '2080101', '30101', '400000.00', `${year}-12-15`, `X-${i}`, '某公司', '426001'] : rows(i)));
    const head = await t.headPosition();

    const { body } = await importAndFollow(await readFile(path), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', { dryRun: 'false' });

    expect(body.phase).toBe('failed');
    expect(body.problem).toMatchObject({ status: 422, code: 'IMPORT_ROWS_INVALID' });
    expect(body.report.rows).toEqual({ total: ROWS, ok: ROWS - 1, errors: 1, alreadyRecorded: 0 });
    expect(body.report.errors).toEqual([expect.objectContaining({ row: ROWS + 1, code: 'OVERSPEND_BLOCKED', column: '金额' })]);
    expect(await t.headPosition()).toBe(head);
    expectProblem(await t.http.get(`${body.report.rowsUrl}`).query({ outcome: 'bogus' }), 400, 'VALIDATION_FAILED');
  });
});
