import { randomUUID } from 'node:crypto';
import { AggregateStore, deterministicId, disbursementIdOf, envelope, paymentRecordingId, systemContext } from '@app/kernel';
import { HEAD_DOORBELL, type HeadDoorbell } from '@app/platform';
import { DisbursementImports } from '../apps/api/src/disbursements/import-disbursements/import-jobs';
import { budgetDocument, lineIds } from './support/budget-document';
import { CHINESE_HEADER, Cell, csvFile } from './support/disbursement-files';
import { TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/**
 * ADR 0022: a commit stages its rows in atomic chunks of 500 and shows them all at once with its last event.
 * 2,500 rows make five chunks; each row pays 10.00 元 on the P01 employment line of 426001 (200,000.00 元, overspend
 * warned) or on the fund line P09 of 426006 (50,000.00 元, overspend blocked).
 */
jest.setTimeout(120_000);

describe('disbursement import committed in chunks (e2e)', () => {
  let t: TestApp;
  let nextYear = 2015;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  async function freshBudget() {
    const year = nextYear--;
    await t.importBudget({ ...budgetDocument(year), indicators: [] });
    return { year, ids: lineIds(year) };
  }
  const rows = (year: number, n: number, prefix: string, [project, unit] = ['P01', '426001']): Cell[][] => Array.from({ length: n }, (_, i) =>
    [project, null, null, null, '10.00', `${year}-03-${String((i % 28) + 1).padStart(2, '0')}`, `${prefix}${i}`, '收款人', null, null, null, unit]);
  const commit = (file: Buffer) => t.http.post('/api/v1/disbursement-imports').query({ wait: 'true', dryRun: 'false' }).attach('file', file, 'payments.csv');
  const imports = () => t.app.get(DisbursementImports);

  /** Runs `during` just before the import's n-th atomic write (1: Started, 2: first chunk, 3: second chunk …). */
  function beforeWrite(n: number, during: () => Promise<void>) {
    const aggregates = t.app.get(AggregateStore);
    const original = aggregates.appendMultiple.bind(aggregates);
    let calls = 0;
    return jest.spyOn(aggregates, 'appendMultiple').mockImplementation(async (writes) => {
      if (writes.some((w) => w.streamId.startsWith('disbursement-import-')) && ++calls === n) await during();
      return original(writes);
    });
  }

  it('given a concurrent payment between chunks, then it cannot overspend together with the pending import; when the next chunk no longer fits, nothing of the import is ever shown', async () => {
    const { year, ids } = await freshBudget();
    const single = (amount: string, voucherNo: string) => t.http.post(`/api/v1/lines/${ids.fund}/disbursements`).send({ amount, effectiveDate: `${year}-04-01`, voucherNo });
    const seen: Record<string, unknown>[] = [];
    const spy = beforeWrite(6, async () => {
      // four chunks (20,000.00) are staged: it is not shown, but it is reserved
      seen.push(await t.line(ids.fund));
      expectProblem(await single('30000.01', 'C-1'), 409, 'OVERSPEND_BLOCKED');
      expectStatus(await single('25000.01', 'C-2'), 201);
    });
    const res = await commit(csvFile([CHINESE_HEADER, ...rows(year, 2500, 'M-', ['P09', '426006'])]));
    spy.mockRestore();

    expect(seen[0]).toMatchObject({ available: '30000.00' });
    expectProblem(res, 409, 'IMPORT_CONFLICT', 'file');
    expect(res.body.details).toEqual({ row: 2501, code: 'OVERSPEND_BLOCKED' }); // the last row of the fifth chunk
    expect(await t.line(ids.fund)).toMatchObject({ disbursed: '25000.01', available: '24999.99' });
    const execution = await t.http.get('/api/v1/execution').query({ groupBy: 'line', asOf: `${year}-12-31`, fiscalYear: String(year), minPosition: String(await t.headPosition()) });
    expect(execution.body.rows.find((r: { key: string }) => r.key === ids.fund)).toMatchObject({ disbursed: '25000.01' });
    // the vouchers of the abandoned import are free again
    expectStatus(await single('10.00', 'M-0'), 201);
  });

  it('given a job cut off after its fourth chunk, when it runs again, then it resumes after that chunk and records every row once', async () => {
    const { year, ids } = await freshBudget();
    const run = imports().run;
    const execute = run.execute.bind(run);
    let runs = 0;
    const progress: number[] = [];
    const spy = jest.spyOn(run, 'execute').mockImplementation(async (data, state, report) => {
      runs++;
      if (runs === 1) run.stopping = false;
      const outcome = await execute(data, state, async (s) => {
        if (s.phase === 'recording') progress.push(s.progress.rowsRecorded);
        await report(s);
        if (runs === 1 && s.progress.rowsRecorded >= 2000) run.stopping = true; // the server stops after the fourth chunk
      });
      run.stopping = false;
      return outcome;
    });
    // the projector thread hears of every write of the import by the head doorbell (ADR 0019), its last one too
    const rung: number[] = [];
    const stopListening = t.app.get<HeadDoorbell>(HEAD_DOORBELL).listen((head) => rung.push(head));
    const res = await commit(csvFile([CHINESE_HEADER, ...rows(year, 2500, 'R-')]));
    spy.mockRestore();
    stopListening();

    expectStatus(res, 200);
    expect(runs).toBe(2);
    expect(res.body.report.position).toBe(await t.headPosition());
    expect(rung.length).toBeGreaterThanOrEqual(7); // Started, five chunks, the final write
    expect(rung[rung.length - 1]).toBe(res.body.report.position);
    expect(res.body.report).toMatchObject({ recorded: true, rows: { ok: 2500 } });
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress).toContain(2000);
    expect(progress[progress.length - 1]).toBe(2500);
    expect(await t.line(ids.employment)).toMatchObject({ disbursed: '25000.00', disbursements: 2500 });
    const types = (await t.store.readStream(`disbursement-import-${res.body.importId}`)).map((e) => e.type);
    expect(types).toEqual(['DisbursementImportStarted.v1', ...Array(5).fill('DisbursementImportChunkStaged.v1'), 'DisbursementsImported.v1']);
  });

  it('given a pending import whose job is gone (a crash), when the instance looks for orphans, then it is abandoned: the reservation is released and nothing was shown', async () => {
    const { year, ids } = await freshBudget();
    const importId = randomUUID();
    const ctx = { ...systemContext('system:test'), correlationId: importId };
    const staged = { ...ctx, metadata: { disbursementImport: importId } };
    const disbursementId = disbursementIdOf('426001', year, 'P-1');
    const stream = `disbursement-import-${importId}`;
    await t.store.appendMultiple([
      { streamId: stream, expectedRevision: 'no_stream', events: envelope([{ type: 'DisbursementImportStarted.v1', effectiveDate: ctx.today, data: {
        importId, fileName: 'x.csv', format: 'csv', bytes: 1, sha256: '0', rows: 1, chunkRows: 2000, amount: '150000.00', lines: [ids.employment] } }], ctx, null) },
    ]);
    await t.store.appendMultiple([
      { streamId: `line-${ids.employment}`, expectedRevision: 'any', events: envelope([{ type: 'DisbursementRecorded.v1', effectiveDate: `${year}-05-01`, data: {
        disbursementId, lineId: ids.employment, amount: '150000.00', voucherNo: 'P-1', payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null, importId } }],
      staged, '426001', [disbursementId]) },
      { streamId: stream, expectedRevision: 0, events: envelope([{ type: 'DisbursementImportChunkStaged.v1', effectiveDate: ctx.today, data: { importId, chunk: 1, rows: 1, rowsThrough: 2, staged: 1 } }], ctx, null, [deterministicId(`${importId}/chunk/1`)]) },
    ]);
    expect(await t.line(ids.employment)).toMatchObject({ available: '50000.00' }); // reserved by the pending import

    expect(await imports().run.abandonOrphans(async () => false)).toEqual([importId]);

    expect(await t.line(ids.employment)).toMatchObject({ disbursed: '0.00', available: '200000.00', disbursements: 0 });
    expect((await t.store.readStream(stream)).map((e) => e.type)).toEqual(['DisbursementImportStarted.v1', 'DisbursementImportChunkStaged.v1', 'DisbursementImportAbandoned.v1']);
    const execution = await t.http.get('/api/v1/execution').query({ groupBy: 'line', asOf: `${year}-12-31`, fiscalYear: String(year), minPosition: String(await t.headPosition()) });
    expect(execution.body.rows.find((r: { key: string }) => r.key === ids.employment)).toMatchObject({ disbursed: '0.00' });
    expect(await imports().run.abandonOrphans(async () => false)).toEqual([]);
  });

  it('given an import abandoned after its first chunk and sent again, then its payments are recorded anew and are found as any payment: a repeat is answered, another line is refused, a 冲销 works; a staged one is pending', async () => {
    const { year, ids } = await freshBudget();
    // 600 rows of 10.00 on the operating line (100,000.00, overspend blocked): two chunks
    const operatingRows = (prefix: string): Cell[][] => Array.from({ length: 600 }, (_, i) =>
      [null, null, '2080101', '30201', '10.00', `${year}-03-10`, `${prefix}${i}`, '收款人', null, null, null, '426001']);
    const file = csvFile([CHINESE_HEADER, ...operatingRows('A-')]);
    const single = (lineId: string, amount: string, voucherNo: string) =>
      t.http.post(`/api/v1/lines/${lineId}/disbursements`).send({ amount, effectiveDate: `${year}-03-10`, voucherNo });
    const reverse = (lineId: string, disbursementId: string) =>
      t.http.post(`/api/v1/lines/${lineId}/disbursements/${disbursementId}/reversals`).send({ effectiveDate: `${year}-03-20`, reason: '冲销' });

    // given: after the first chunk (5,000.00 staged), a single payment leaves 999.99: the second chunk no longer fits
    let big: { disbursementId?: string } = {};
    const squeeze = beforeWrite(3, async () => {
      const res = await single(ids.operating, '94000.01', 'S-1');
      expectStatus(res, 201);
      big = res.body;
    });
    expectProblem(await commit(file), 409, 'IMPORT_CONFLICT', 'file');
    squeeze.mockRestore();
    expect(await t.line(ids.operating)).toMatchObject({ disbursed: '94000.01', disbursements: 1 });
    expectStatus(await reverse(ids.operating, big.disbursementId!), 201);

    // when: the same file again
    const again = await commit(file);

    // then: every row recorded anew, after the withdrawn ones
    expectStatus(again, 200);
    expect(again.body.report).toMatchObject({ recorded: true, rows: { ok: 600, alreadyRecorded: 0 } });
    expect(await t.line(ids.operating)).toMatchObject({ disbursed: '6000.00', disbursements: 601 });
    const a0 = disbursementIdOf('426001', year, 'A-0');
    // the same payment again on its line: the first answer, naming the event the second import recorded
    const repeat = await single(ids.operating, '10.00', 'A-0');
    expectStatus(repeat, 201);
    expect(repeat.body).toMatchObject({ replayed: true, eventIds: [paymentRecordingId(a0, 1)] });
    // the same 凭证号 on another line of the unit: refused
    expectProblem(await single(ids.personnel, '10.00', 'A-0'), 409, 'VOUCHER_ALREADY_USED', 'voucherNo');
    // and the file once more: every row already recorded
    const thrice = await t.http.post('/api/v1/disbursement-imports').query({ wait: 'true', dryRun: 'true' }).attach('file', file, 'payments.csv');
    expect(thrice.body.report).toMatchObject({ rows: { ok: 0, alreadyRecorded: 600 } });
    // a 冲销 of an imported payment
    expectStatus(await reverse(ids.operating, disbursementIdOf('426001', year, 'A-1')), 201);
    expect(await t.line(ids.operating)).toMatchObject({ disbursed: '5990.00' });

    // a payment staged by an import still pending: its 冲销 and its 凭证号 wait (409 DISBURSEMENT_IMPORT_PENDING)
    const b0 = disbursementIdOf('426001', year, 'B-0');
    const pending = beforeWrite(3, async () => {
      expectProblem(await reverse(ids.operating, b0), 409, 'DISBURSEMENT_IMPORT_PENDING');
      expectProblem(await single(ids.operating, '10.00', 'B-0'), 409, 'DISBURSEMENT_IMPORT_PENDING');
    });
    const later = await commit(csvFile([CHINESE_HEADER, ...operatingRows('B-')]));
    pending.mockRestore();
    expectStatus(later, 200);
    expectStatus(await reverse(ids.operating, b0), 201);
  });

  it('given two instances on the same Redis and store, when one takes an import, then the other answers its progress and report', async () => {
    const prefix = `budget-test-${randomUUID().slice(0, 8)}`;
    const a = await startTestApp({ QUEUE_PREFIX: prefix });
    const b = await startTestApp({ QUEUE_PREFIX: prefix, DATA_DIR: a.dataDir });
    try {
      await a.importBudget({ ...budgetDocument(2023), indicators: [] });
      const started = await a.http.post('/api/v1/disbursement-imports').query({ dryRun: 'true' }).attach('file', csvFile([CHINESE_HEADER, ...rows(2023, 10, 'T-')]), 'p.csv');
      expectStatus(started, 202);
      let answer: { phase: string; report: { rows: { ok: number } } | null } | undefined;
      while (!answer || (answer.phase !== 'done' && answer.phase !== 'failed')) {
        const res = await b.http.get(started.headers.location as string);
        expectStatus(res, 200);
        answer = res.body;
        if (answer!.phase !== 'done') await new Promise((r) => setTimeout(r, 50));
      }
      expect(answer).toMatchObject({ phase: 'done', report: { rows: { ok: 10 } } });
      const page = await b.http.get(`/api/v1/disbursement-imports/${started.body.importId}/rows`).query({ limit: '3' });
      expect(page.body).toMatchObject({ total: 10, items: [{ row: 2, outcome: 'ok' }, { row: 3 }, { row: 4 }] });
    } finally {
      await b.close().catch(() => undefined);
      await a.close();
    }
  });
});
