import { budgetDocument } from './support/budget-document';
import { CHINESE_HEADER, csvFile } from './support/disbursement-files';
import { Http, TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/**
 * Disbursement imports over HTTP: the ways a file arrives (multipart, raw CSV/XLSX body), background progress
 * (202 + Location), the size limit, and who may import for which unit and see which import.
 */
describe('disbursement import: transport and access (e2e)', () => {
  let t: TestApp;
  const YEAR = 2023;
  beforeAll(async () => {
    t = await startTestApp({ DISBURSEMENT_IMPORT_MAX_MB: '0.05' }); // 50 KB, so that "too large" is cheap to send
    await t.importBudget({ ...budgetDocument(YEAR), indicators: [] });
  });
  afterAll(async () => {
    await t?.close();
  });

  const row = (project: string, unit: string, amount: string, voucher: string) =>
    [project, null, null, null, amount, `${YEAR}-03-05`, voucher, '张三', '补贴', null, null, unit];
  const fileFor = (...rows: ReturnType<typeof row>[]) => csvFile([CHINESE_HEADER, ...rows], 'gbk');

  /** Polls the import until it is done or failed (its own answer), or fails after `timeoutMs`. */
  async function finished(http: Http, location: string, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await http.get(location);
      expectStatus(res, 200);
      if (res.body.phase === 'done' || res.body.phase === 'failed') return res.body;
      if (Date.now() > deadline) throw new Error(`the import did not finish within ${timeoutMs} ms: ${JSON.stringify(res.body)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('given a raw text/csv body, when posted, then 202 points at the import, whose progress ends in a report', async () => {
    const res = await t.http.post('/api/v1/disbursement-imports').set('Content-Type', 'text/csv').set('X-File-Name', encodeURIComponent('三月.csv'))
      .send(fileFor(row('P01', '426001', '10.00', 'R-1')));

    expectStatus(res, 202);
    expect(res.headers.location).toBe(`/api/v1/disbursement-imports/${res.body.importId}`);
    expect(['queued', 'checking', 'done']).toContain(res.body.phase);
    const done = await finished(t.http, res.headers.location);
    expect(done).toMatchObject({ phase: 'done', progress: { percent: 100, rowsRead: 2 }, file: { name: '三月.csv', format: 'csv' },
      report: { dryRun: true, rows: { ok: 1 }, total: { amount: '10.00' } } });
  });

  it('given two different files sent under the same Idempotency-Key, then each gets its own import (the key cannot see a file; vouchers keep uploads idempotent)', async () => {
    const send = (voucher: string) => t.http.post('/api/v1/disbursement-imports?wait=true').set('Idempotency-Key', 'same-key-for-uploads')
      .set('Content-Type', 'text/csv').send(fileFor(row('P01', '426001', '10.00', voucher)));
    const [first, second] = [await send('K-1'), await send('K-2')];

    expectStatus(first, 200);
    expectStatus(second, 200);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(second.body.importId).not.toBe(first.body.importId);
  });

  it('given a body of another media type, when posted, then 422 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await t.http.post('/api/v1/disbursement-imports').set('Content-Type', 'application/json').send({ rows: [] });
    expectProblem(res, 422, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type');
  });

  it('given a file over the size limit, when uploaded either way, then 413 and nothing is kept', async () => {
    const big = Buffer.concat([fileFor(row('P01', '426001', '1.00', 'B-0')), Buffer.alloc(60 * 1024, 0x20)]);
    expectProblem(await t.http.post('/api/v1/disbursement-imports').attach('file', big, 'big.csv'), 413, 'PAYLOAD_TOO_LARGE');
    expectProblem(await t.http.post('/api/v1/disbursement-imports').set('Content-Type', 'text/csv').send(big), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('given a multipart body without a "file" field, when posted, then 422 FILE_REQUIRED', async () => {
    const res = await t.http.post('/api/v1/disbursement-imports').field('note', 'x');
    expectProblem(res, 422, 'FILE_REQUIRED', 'file');
  });

  it('given an accountant of 426006, when the file also holds a row of 426001, then those rows are UNIT_OUT_OF_SCOPE and the commit records nothing', async () => {
    const accountant = await t.httpAs({ role: 'accountant', units: ['426006'] });
    const head = await t.headPosition();

    const res = await accountant.post('/api/v1/disbursement-imports').query({ wait: 'true', dryRun: 'false' })
      .attach('file', fileFor(row('P09', '426006', '10.00', 'S-1'), row('P01', '426001', '10.00', 'S-2')), 'mixed.csv');

    expectProblem(res, 422, 'IMPORT_ROWS_INVALID');
    expect(res.body.details.report.errors).toEqual([expect.objectContaining({ row: 3, code: 'UNIT_OUT_OF_SCOPE', column: '预算单位' })]);
    expect(await t.headPosition()).toBe(head);

    const own = await accountant.post('/api/v1/disbursement-imports').query({ wait: 'true', dryRun: 'false' })
      .attach('file', fileFor(row('P09', '426006', '10.00', 'S-1')), 'own.csv');
    expectStatus(own, 200);
    expect(own.body.report).toMatchObject({ recorded: true, rows: { ok: 1 } });
    const fact = (await t.store.readStream(`disbursement-import-${own.body.importId}`)).at(-1); // the import's last event (ADR 0022)
    expect(fact).toMatchObject({ type: 'DisbursementsImported.v1', metadata: { actor: accountant.username, correlationId: own.body.importId },
      data: { fileName: 'own.csv', sha256: own.body.report.file.sha256, rows: { total: 1, recorded: 1, alreadyRecorded: 0 } } });
  });

  it('given an import, when another accountant asks for it, then 404; its owner and an admin see it', async () => {
    const owner = await t.httpAs({ role: 'accountant', units: ['426001'] });
    const other = await t.httpAs({ role: 'accountant', units: ['426001'] });
    const res = await owner.post('/api/v1/disbursement-imports').query({ wait: 'true' }).attach('file', fileFor(row('P01', '426001', '1.00', 'O-1')), 'o.csv');
    expectStatus(res, 200);
    const location = res.headers.location as string;

    expectProblem(await other.get(location), 404, 'IMPORT_NOT_FOUND');
    expectProblem(await other.get(`${location}/rows`), 404, 'IMPORT_NOT_FOUND');
    expectStatus(await owner.get(location), 200);
    expectStatus(await t.http.get(`${location}/rows`), 200);
  });

  it('given a manager, when importing, then 403; without credentials, 401', async () => {
    const manager = await t.httpAs({ role: 'manager', units: 'all' });
    const file = fileFor(row('P01', '426001', '1.00', 'M-1'));
    expectProblem(await manager.post('/api/v1/disbursement-imports').attach('file', file, 'm.csv'), 403, 'ROLE_NOT_PERMITTED');
    expectStatus(await t.anonymous.post('/api/v1/disbursement-imports').attach('file', file, 'm.csv'), 401);
  });
});
