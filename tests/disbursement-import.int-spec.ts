import { AggregateStore } from '@app/kernel';
import { budgetDocument, lineIds } from './support/budget-document';
import { CHINESE_HEADER, Cell, csvFile, excelSerial, xlsxFile } from './support/disbursement-files';
import { Http, TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/**
 * POST /api/v1/disbursement-imports (批量导入支付): preview, all-or-nothing commit, natural keys.
 * The test budget: 426001 personnel (basic 2080101/30101, 500,000, block), operating (2080101/30201, 100,000,
 * block), P01 (2080701, 200,000, warn); 426006 P09 (2080799, 50,000, block). Each scenario takes a year of its own.
 */
describe('disbursement import (e2e)', () => {
  let t: TestApp;
  let nextYear = 2023;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  async function freshBudget() {
    const year = nextYear--;
    // without indicators: the indicator read model keys them by id alone, and the test ids repeat each year
    await t.importBudget({ ...budgetDocument(year), indicators: [] });
    return { year, ids: lineIds(year) };
  }
  /** POST the file as multipart and wait for the result. */
  const upload = (file: Buffer, query: Record<string, string> = {}, http: Http = t.http, name = 'payments.csv') =>
    http.post('/api/v1/disbursement-imports').query({ wait: 'true', ...query }).attach('file', file, name);
  const commit = (file: Buffer, query: Record<string, string> = {}, http?: Http) => upload(file, { ...query, dryRun: 'false' }, http);
  /** A row of the Chinese header: 项目编码 项目名称 功能科目 经济科目 金额 支付日期 凭证号 收款人 摘要 补助类别 人数 预算单位 */
  const row = (project: string | null, amount: Cell, date: Cell, voucher: string, more: Partial<Record<'name' | 'functional' | 'economic' | 'unit' | 'category' | 'people', Cell>> = {}): Cell[] =>
    [project, more.name ?? null, more.functional ?? null, more.economic ?? null, amount, date, voucher, '张三', '公益性岗位补贴', more.category ?? '公益性岗位补贴', more.people ?? 2, more.unit ?? null];
  const codes = (report: { errors: { row: number; code: string }[] }) => report.errors.map((e) => [e.row, e.code]);

  it('given a GBK CSV with Chinese headers, when previewed, then each line shows what it would add and nothing is recorded', async () => {
    const { year, ids } = await freshBudget();
    const file = csvFile([CHINESE_HEADER,
      row('P01', '1,234.56', `${year}-03-05`, '记-001'),
      row('P01', '500', `${year}/3/6`, '记-002'),
      row(null, '8000.00', `${year}年3月7日`, '记-003', { functional: '2080101', economic: '30101', unit: '426001', category: null, people: null }),
    ], 'gbk');
    const head = await t.headPosition();

    const res = await upload(file);

    expectStatus(res, 200);
    expect(res.headers.location).toBe(`/api/v1/disbursement-imports/${res.body.importId}`);
    expect(res.body).toMatchObject({ phase: 'done', dryRun: true, progress: { percent: 100 } });
    const report = res.body.report;
    expect(report).toMatchObject({
      recorded: false, rows: { total: 3, ok: 3, errors: 0, alreadyRecorded: 0 }, errors: [], total: { rows: 3, amount: '9734.56' },
      file: { format: 'csv', encoding: 'gb18030', amountUnit: '元', name: 'payments.csv' },
    });
    expect(report.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.lines).toEqual([
      { lineId: ids.personnel, unit: '426001', project: null, projectName: null, functional: '2080101', economic: '30101', rows: 1, amount: '8000.00',
        availableBefore: '500000.00', availableAfter: '492000.00', overspendWarnings: 0, planWarnings: 0 },
      { lineId: ids.employment, unit: '426001', project: 'P01', projectName: `${year} 年初专项-就业补助资金`, functional: '2080701', economic: null, rows: 2,
        amount: '1734.56', availableBefore: '200000.00', availableAfter: '198265.44', overspendWarnings: 0, planWarnings: 0 },
    ]);
    expect(await t.headPosition()).toBe(head);
  });

  it('given a previewed file, when committed, then every row is recorded as a single recording would, and re-importing it records nothing twice', async () => {
    const { year, ids } = await freshBudget();
    const rows = [row('P01', '100.00', `${year}-04-01`, 'V-1'), row('P01', '200.00', `${year}-04-02`, 'V-2')];
    const head = await t.headPosition();

    const res = await commit(csvFile([CHINESE_HEADER, ...rows], 'utf8-bom'));

    expectStatus(res, 200);
    expect(res.body.report).toMatchObject({ recorded: true, rows: { ok: 2, errors: 0, alreadyRecorded: 0 }, total: { amount: '300.00' } });
    // ADR 0022: Started; one chunk (the two disbursements and its marker); the final write (DisbursementsImported, the line's Applied)
    expect(await t.headPosition()).toBe(head + 6);
    expect(res.body.report.position).toBe(head + 6);
    expect(await t.line(ids.employment)).toMatchObject({ disbursed: '300.00', available: '199700.00', disbursements: 2 });

    // the voucher is the natural key shared with single recording: the same payment posted alone is a replay
    const single = await t.http.post(`/api/v1/lines/${ids.employment}/disbursements`)
      .send({ amount: '100.00', effectiveDate: `${year}-04-01`, voucherNo: 'V-1' });
    expectStatus(single, 201);
    expect(single.body.replayed).toBe(true);

    const again = await commit(csvFile([CHINESE_HEADER, ...rows, row('P01', '300.00', `${year}-04-03`, 'V-3')], 'gbk'));
    expectStatus(again, 200);
    expect(again.body.report).toMatchObject({ recorded: true, rows: { ok: 1, alreadyRecorded: 2, errors: 0 }, total: { rows: 1, amount: '300.00' } });
    expect(await t.headPosition()).toBe(head + 11); // + Started, the chunk (one payment, its marker), DisbursementsImported and Applied

    const thrice = await commit(csvFile([CHINESE_HEADER, ...rows], 'utf8'));
    expect(thrice.body.report).toMatchObject({ recorded: false, rows: { ok: 0, alreadyRecorded: 2 } });
    expect(await t.headPosition()).toBe(head + 11);
  });

  it('given rows with bad amounts, dates, vouchers and lines, when committed, then 422 lists each row and column in Chinese and English and nothing is recorded', async () => {
    const { year } = await freshBudget();
    await commit(csvFile([CHINESE_HEADER, row('P01', '10.00', `${year}-05-01`, 'USED')], 'gbk'));
    const file = csvFile([CHINESE_HEADER,
      row('P01', '1.234', `${year}-05-02`, 'A1'), // row 2: three decimals
      row('P01', '-5', `${year}-02-30`, 'A2'), // row 3: negative, no such date
      row('P01', '10.00', `${year}-05-03`, 'A1'), // row 4: A1 again
      row('P01', '99.00', `${year}-05-04`, 'USED'), // row 5: voucher used for another payment
      row('P77', '10.00', `${year}-05-05`, 'A5'), // row 6: no such project
      row(null, '10.00', `${year}-05-06`, 'A6', { functional: '2080101' }), // row 7: two basic lines match
      row('P01', '10.00', `${year - 10}-01-02`, 'A7'), // row 8: a year without a budget
      row('P01', '10.00', `${year}-05-08`, 'A8'), // row 9: fine
    ], 'gbk');
    const head = await t.headPosition();

    const res = await commit(file);

    expectProblem(res, 422, 'IMPORT_ROWS_INVALID', 'file');
    const report = res.body.details.report;
    expect(report).toMatchObject({ recorded: false, rows: { total: 8, ok: 1, errors: 7 } });
    expect(codes(report)).toEqual([[2, 'AMOUNT_TOO_MANY_DECIMALS'], [3, 'AMOUNT_NOT_POSITIVE'], [3, 'DATE_INVALID'], [4, 'DUPLICATE_VOUCHER_IN_FILE'],
      [5, 'VOUCHER_ALREADY_USED'], [6, 'LINE_NOT_FOUND'], [7, 'LINE_AMBIGUOUS'], [8, 'LINE_NOT_FOUND']]);
    expect(report.errors[0]).toMatchObject({ column: '金额', field: 'amount' });
    expect(report.errors[0].message).toMatch(/^第 2 行 金额: .+ \/ row 2 amount: /);
    expect(report.errors.find((e: { row: number }) => e.row === 7)).toMatchObject({ column: '功能科目', code: 'LINE_AMBIGUOUS' });
    expect(await t.headPosition()).toBe(head);

    // the same file as a preview is no failure: it is the list to correct
    const preview = await upload(file);
    expectStatus(preview, 200);
    expect(preview.body.report.rows).toMatchObject({ ok: 1, errors: 7 });
    const page = await t.http.get(`/api/v1/disbursement-imports/${preview.body.importId}/rows`).query({ outcome: 'error', limit: '2', offset: '1' });
    expectStatus(page, 200);
    expect(page.body).toMatchObject({ total: 7, offset: 1, limit: 2 });
    expect(page.body.items.map((i: { row: number }) => i.row)).toEqual([3, 4]);
  });

  it('given two rows that together overspend a blocking line, when committed, then the second is refused and nothing is recorded; on a warning line both pass with a warning', async () => {
    const { year, ids } = await freshBudget();
    const fund = (amount: string, v: string) => row('P09', amount, `${year}-06-01`, v, { unit: '426006' });
    const head = await t.headPosition();

    const blocked = await commit(csvFile([CHINESE_HEADER, fund('30000.00', 'F1'), fund('30000.00', 'F2')]));

    expectProblem(blocked, 422, 'IMPORT_ROWS_INVALID');
    expect(codes(blocked.body.details.report)).toEqual([[3, 'OVERSPEND_BLOCKED']]);
    expect(blocked.body.details.report.errors[0].message).toMatch(/第 3 行 金额: 超出预算指标可用余额/);
    expect(await t.headPosition()).toBe(head);

    const warned = await commit(csvFile([CHINESE_HEADER, row('P01', '150000.00', `${year}-06-01`, 'W1'), row('P01', '60000.00', `${year}-06-02`, 'W2')]));
    expectStatus(warned, 200);
    expect(warned.body.report.lines).toEqual([expect.objectContaining({ lineId: ids.employment, rows: 2, availableAfter: '-10000.00', overspendWarnings: 1 })]);
    const events = await t.store.readStream(`line-${ids.employment}`);
    expect(events.slice(-4).map((e) => e.type)).toEqual(['DisbursementRecorded.v1', 'DisbursementRecorded.v1', 'OverspendWarned.v1', 'DisbursementImportApplied.v1']);
  });

  it('given an XLSX with a title row, Date cells, serials and an amount in 万元, when committed, then it is read as the accountant meant', async () => {
    const { year, ids } = await freshBudget();
    const file = await xlsxFile([
      ['预算指标', '金额（万元）', '支付日期', '凭证号', '收款人'],
      [ids.operating, 1.5, new Date(Date.UTC(year, 6, 1)), 'X-1', '某文具店'],
      [ids.operating, '0.25', excelSerial(`${year}-07-02`), 'X-2', '某印刷厂'],
    ], { title: `${year}年7月支出明细` });

    const res = await upload(file, { dryRun: 'false' }, t.http, 'july.xlsx');

    expectStatus(res, 200);
    expect(res.body.report).toMatchObject({ recorded: true, file: { format: 'xlsx', amountUnit: '万元' }, total: { rows: 2, amount: '17500.00' } });
    expect(await t.line(ids.operating)).toMatchObject({ disbursed: '17500.00' });
    const [, second] = (await t.store.readStream(`line-${ids.operating}`)).slice(-3, -1); // the last is the import's Applied
    expect(second.metadata.effectiveDate).toBe(`${year}-07-02`);
  });

  it('given amounts without a unit in the header, when amountUnit=万元 is given, then they are read as 万元', async () => {
    const { year } = await freshBudget();
    const res = await upload(csvFile([['项目名称', '金额', '日期', '凭证号'], [`${year} 年初专项-就业补助资金`, '1.2345', `${year}-03-01`, 'N1']], 'utf8'), { amountUnit: '万元' });
    expectStatus(res, 200);
    expect(res.body.report.total).toEqual({ rows: 1, amount: '12345.00' });
  });

  it('given a clean preview, when it is committed by id, then its kept file is recorded once and the execution read model shows it', async () => {
    const { year, ids } = await freshBudget();
    const preview = await upload(csvFile([CHINESE_HEADER, row('P01', '700.00', `${year}-05-01`, 'C-1'), row('P01', '300.00', `${year}-05-02`, 'C-2')]));
    expectStatus(preview, 200);
    expect(preview.body.commitUrl).toBe(`/api/v1/disbursement-imports/${preview.body.importId}/commit`);
    const head = await t.headPosition();

    const res = await t.http.post(preview.body.commitUrl).query({ wait: 'true' });

    expectStatus(res, 200);
    expect(res.body).toMatchObject({ dryRun: false, phase: 'done', report: { recorded: true, total: { amount: '1000.00' }, file: { sha256: preview.body.report.file.sha256 } } });
    expect(await t.headPosition()).toBe(head + 6);
    expectProblem(await t.http.post(preview.body.commitUrl), 409, 'IMPORT_ALREADY_COMMITTED');
    expectProblem(await t.http.post(`/api/v1/disbursement-imports/${res.body.importId}/commit`), 409, 'IMPORT_NOT_A_PREVIEW');
    expect((await t.http.get(`/api/v1/disbursement-imports/${preview.body.importId}`)).body).toMatchObject({ commitUrl: null, committedBy: res.body.importId });

    // the projections read the imported disbursements as any others
    const execution = await t.http.get('/api/v1/execution')
      .query({ groupBy: 'line', asOf: `${year}-12-31`, fiscalYear: String(year), minPosition: String(res.body.report.position) });
    expectStatus(execution, 200);
    expect(execution.body.rows.find((r: { key: string }) => r.key === ids.employment)).toMatchObject({ disbursed: '1000.00' });
  });

  describe('given a line that moves between the check and the write (a payment recorded meanwhile)', () => {
    /** Records `amount` on the line just before the import's first write (its Started), as a concurrent user would. */
    function interleave(lineId: string, amount: string, date: string) {
      const aggregates = t.app.get(AggregateStore);
      const original = aggregates.appendMultiple.bind(aggregates);
      return jest.spyOn(aggregates, 'appendMultiple').mockImplementationOnce(async (writes) => {
        const res = await t.http.post(`/api/v1/lines/${lineId}/disbursements`).send({ amount, effectiveDate: date, voucherNo: `concurrent-${amount}` });
        expectStatus(res, 201);
        return original(writes);
      });
    }

    it('when it still fits, then the chunk is decided against the new balance and recorded', async () => {
      const { year, ids } = await freshBudget();
      const spy = interleave(ids.fund, '20000.00', `${year}-08-01`);
      const res = await commit(csvFile([CHINESE_HEADER, row('P09', '25000.00', `${year}-08-02`, 'K-1', { unit: '426006' })]));
      spy.mockRestore();

      expectStatus(res, 200);
      // the report is the check's (before the concurrent payment); the line holds both
      expect(res.body.report.lines).toEqual([expect.objectContaining({ lineId: ids.fund, availableBefore: '50000.00', availableAfter: '25000.00' })]);
      expect(await t.line(ids.fund)).toMatchObject({ disbursed: '45000.00', available: '5000.00' });
    });

    it('when it no longer fits, then 409 IMPORT_CONFLICT names the row, the import is abandoned and nothing of it is recorded', async () => {
      const { year, ids } = await freshBudget();
      const spy = interleave(ids.fund, '40000.00', `${year}-08-01`);
      const head = await t.headPosition();
      const res = await commit(csvFile([CHINESE_HEADER, row('P09', '25000.00', `${year}-08-02`, 'K-1', { unit: '426006' })]));
      spy.mockRestore();

      expectProblem(res, 409, 'IMPORT_CONFLICT', 'file');
      expect(res.body.details).toEqual({ row: 2, code: 'OVERSPEND_BLOCKED' });
      expect(await t.line(ids.fund)).toMatchObject({ disbursed: '40000.00', disbursements: 1 }); // only the concurrent payment
      expect((await t.store.readAll({ after: head })).map((e) => e.type)).toEqual(['DisbursementRecorded.v1', 'DisbursementImportStarted.v1', 'DisbursementImportAbandoned.v1']);
    });
  });

  describe('given a file that cannot be read as a disbursement sheet, then 422 names why and nothing is recorded', () => {
    const cases: [string, () => Buffer, Record<string, string>, string][] = [
      ['required columns missing', () => csvFile([['项目编码', '金额', '摘要'], ['P01', '1', 'x']]), {}, 'MISSING_COLUMNS'],
      ['GBK read as UTF-8 because the caller said so', () => csvFile([CHINESE_HEADER, row('P01', '1', '2023-01-01', 'E1')], 'gbk'), { encoding: 'utf8' }, 'ENCODING_INVALID'],
      ['a zip that is no workbook', () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]), {}, 'XLSX_INVALID'],
    ];
    it.each(cases)('%s', async (_name, file, query, code) => {
      const head = await t.headPosition();
      const res = await commit(file(), query);
      expectProblem(res, 422, code, 'file');
      expect(await t.headPosition()).toBe(head);
    });
  });
});
