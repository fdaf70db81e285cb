import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { shanghaiDate } from '@app/domain';
import { indicatorIds, lineIds } from './support/budget-document';
import { Http, TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

interface Entry {
  revision: number; label: string; type: string; actor: string; effectiveDate: string; summary: string; eventId: string;
  change: Record<string, unknown>; stateAfter: Record<string, unknown>;
}

/**
 * 审计轨迹 (GET /api/v1/audit/…) and the raw event log (GET /api/v1/events) through HTTP: who recorded what,
 * effective when, what changed and the state after, with filters, pages, CSV/XLSX files and unit scope.
 */
describe('audit trail (e2e)', () => {
  let t: TestApp;
  let kuaijiA: Http;
  let kuaijiB: Http;
  let kuaiji006: Http;
  let auditor: Http;
  let manager001: Http;
  let manager006: Http;
  let firstPayment: string;
  let caseId: string;
  const ids = lineIds(2023);
  const lineUrl = `/api/v1/audit/lines/${ids.employment}`;

  beforeAll(async () => {
    t = await startTestApp();
    await t.importBudget();
    kuaijiA = await t.httpAs({ role: 'accountant', units: ['426001'], username: 'kuaiji-a' });
    kuaijiB = await t.httpAs({ role: 'accountant', units: ['426001'], username: 'kuaiji-b' });
    kuaiji006 = await t.httpAs({ role: 'accountant', units: ['426006'], username: 'kuaiji-006' });
    auditor = await t.httpAs({ role: 'auditor', username: 'shenji' });
    manager001 = await t.httpAs({ role: 'manager', units: ['426001'], username: 'fuzeren-001' });
    manager006 = await t.httpAs({ role: 'manager', units: ['426006'], username: 'fuzeren-006' });

    // 追加 by the budget office, two payments by two accountants, and a 冲销 of the first
    expectStatus(await t.http.post(`/api/v1/lines/${ids.employment}/increases`)
      .send({ amount: '30000.00', effectiveDate: '2023-06-15', reason: '区财政局追加就业补助资金', documentNo: '潼财社〔2023〕45号' }), 201);
    const paid = await kuaijiA.post(`/api/v1/lines/${ids.employment}/disbursements`)
      .send({ amount: '12000.00', effectiveDate: '2023-07-01', voucherNo: '记-2023-07-0001', payee: '张三', subsidyCategory: '公益性岗位补贴', beneficiaries: 3 });
    expectStatus(paid, 201);
    firstPayment = paid.body.eventIds[0];
    expectStatus(await kuaijiB.post(`/api/v1/lines/${ids.employment}/disbursements`)
      .send({ amount: '5000.50', effectiveDate: '2023-07-02', voucherNo: '记-2023-07-0002' }), 201);
    expectStatus(await kuaijiA.post(`/api/v1/lines/${ids.employment}/disbursements/${firstPayment}/reversals`)
      .send({ effectiveDate: '2023-07-03', reason: '重复支付，原路退回' }), 201);

    // 绩效指标: a progress report by the unit, then a target revision by the budget office
    expectStatus(await kuaijiA.post(`/api/v1/indicators/2023/${indicatorIds.subsidised}/progress-reports`)
      .send({ asOf: '2023-06-30', value: '45', deviationReason: '上半年岗位开发滞后' }), 201);
    expectStatus(await t.http.post(`/api/v1/indicators/2023/${indicatorIds.subsidised}/target-revisions`)
      .send({ target: '120', reason: '追加预算后扩大规模', effectiveDate: '2023-07-01' }), 201);

    // 欠薪案件 of unit 426006: reported by its accountant, resolved
    const reported = await kuaiji006.post('/api/v1/wage-arrears-cases')
      .send({ unit: '426006', employer: '重庆某建筑劳务有限公司', workersAffected: 12, amountOwed: '86000.00', effectiveDate: '2023-05-10' });
    expectStatus(reported, 201);
    caseId = reported.body.caseId;
    expectStatus(await kuaiji006.post(`/api/v1/wage-arrears-cases/${caseId}/resolution`)
      .send({ resolution: 'employer_paid', amountSettled: '86000.00', effectiveDate: '2023-07-20' }), 201);
  }, 180_000);
  afterAll(async () => { await t?.close(); });

  const entriesOf = async (agent: Http, url: string): Promise<Entry[]> => {
    const res = await agent.get(url);
    expectStatus(res, 200);
    return res.body.entries as Entry[];
  };

  describe('line history', () => {
    it('given a line adjusted, paid twice and reversed by different users, then each event shows actor, effective date, change and the state after it to the cent', async () => {
      const entries = await entriesOf(auditor, lineUrl);
      expect(entries.map((e) => [e.revision, e.label, e.actor, e.effectiveDate])).toEqual([
        [0, '下达预算指标', 'admin', '2023-01-01'],
        [1, '追加', 'admin', '2023-06-15'],
        [2, '支付', 'kuaiji-a', '2023-07-01'],
        [3, '支付', 'kuaiji-b', '2023-07-02'],
        [4, '冲销', 'kuaiji-a', '2023-07-03'],
      ]);
      expect(entries.map((e) => [e.stateAfter.appropriated, e.stateAfter.disbursed, e.stateAfter.available, e.stateAfter.disbursementCount])).toEqual([
        ['200000.00', '0.00', '200000.00', 0],
        ['230000.00', '0.00', '230000.00', 0],
        ['230000.00', '12000.00', '218000.00', 1],
        ['230000.00', '17000.50', '212999.50', 2],
        ['230000.00', '5000.50', '224999.50', 2],
      ]);
      expect(entries[1]).toMatchObject({ type: 'AppropriationIncreased.v1', change: { amount: '30000.00', documentNo: '潼财社〔2023〕45号' } });
      expect(entries[2]).toMatchObject({
        eventId: firstPayment, change: { amount: '12000.00', voucherNo: '记-2023-07-0001', payee: '张三', beneficiaries: 3 },
        summary: '支付 12,000.00 元，凭证号 记-2023-07-0001，收款人 张三，补助类别 公益性岗位补贴，人数 3',
      });
      expect(entries[4]).toMatchObject({ change: { disbursementId: firstPayment, amount: '12000.00', voucherNo: '记-2023-07-0001' }, summary: '冲销 12,000.00 元，原凭证号 记-2023-07-0001，原因：重复支付，原路退回' });
    });

    it('given an actor filter, then only that user events are listed, with the true state after each', async () => {
      const entries = await entriesOf(auditor, `${lineUrl}?actor=kuaiji-a`);
      expect(entries.map((e) => e.revision)).toEqual([2, 4]);
      expect(entries[1].stateAfter).toMatchObject({ disbursed: '5000.50', available: '224999.50' });
    });

    it('given effective and recorded date filters, then they select by business date and by the Asia/Shanghai recording date', async () => {
      expect((await entriesOf(auditor, `${lineUrl}?effectiveFrom=2023-07-02&effectiveTo=2023-07-03`)).map((e) => e.revision)).toEqual([3, 4]);
      const today = shanghaiDate(new Date());
      expect(await entriesOf(auditor, `${lineUrl}?from=${today}&to=${today}`)).toHaveLength(5);
      expect(await entriesOf(auditor, `${lineUrl}?to=2023-12-31`)).toEqual([]);
      expectProblem(await auditor.get(`${lineUrl}?from=2023-02-30`), 400, 'VALIDATION_FAILED', 'from');
      expectProblem(await auditor.get(`${lineUrl}?effectiveFrom=2023-08-01&effectiveTo=2023-07-01`), 422, 'INVALID_DATE_RANGE', 'effectiveFrom');
      expectProblem(await auditor.get(`${lineUrl}?limit=1001`), 422, 'INVALID_LIMIT', 'limit');
    });

    it('given a limit, then pages follow each other by revision until `next` is null', async () => {
      const page1 = await auditor.get(`${lineUrl}?limit=2`);
      expect([page1.body.entries.map((e: Entry) => e.revision), page1.body.next]).toEqual([[0, 1], 1]);
      const page2 = await auditor.get(`${lineUrl}?limit=2&after=1`);
      expect([page2.body.entries.map((e: Entry) => e.revision), page2.body.next]).toEqual([[2, 3], 3]);
      expect(page2.body.entries[1].stateAfter.disbursed).toBe('17000.50');
      const page3 = await auditor.get(`${lineUrl}?limit=2&after=3`);
      expect([page3.body.entries.map((e: Entry) => e.revision), page3.body.next]).toEqual([[4], null]);
    });

    it('given an unknown line, then 404', async () => {
      expectProblem(await auditor.get('/api/v1/audit/lines/426001-2023-NOPE'), 404, 'LINE_NOT_FOUND', 'lineId');
    });
  });

  it('given a disbursement, then its history lists its payment and reversal with the line figures and its own state', async () => {
    const entries = await entriesOf(auditor, `/api/v1/audit/disbursements/${firstPayment}`);
    expect(entries.map((e) => [e.label, e.actor, e.effectiveDate])).toEqual([['支付', 'kuaiji-a', '2023-07-01'], ['冲销', 'kuaiji-a', '2023-07-03']]);
    expect(entries[0].stateAfter).toMatchObject({ disbursementAmount: '12000.00', disbursementReversed: false, disbursed: '12000.00' });
    expect(entries[1].stateAfter).toMatchObject({ disbursementAmount: '12000.00', disbursementReversed: true, disbursed: '5000.50', available: '224999.50' });
    expectProblem(await auditor.get('/api/v1/audit/disbursements/00000000-0000-4000-8000-000000000000'), 404, 'DISBURSEMENT_NOT_FOUND', 'disbursementId');
  });

  it('given an indicator reported and revised, then its history shows the target in force and the last reported actual after each', async () => {
    const entries = await entriesOf(manager001, `/api/v1/audit/indicators/2023/${indicatorIds.subsidised}`);
    expect(entries.map((e) => [e.label, e.actor])).toEqual([['设定绩效指标', 'admin'], ['填报完成情况', 'kuaiji-a'], ['调整指标值', 'admin']]);
    expect(entries[1]).toMatchObject({ effectiveDate: '2023-06-30', change: { value: '45', deviationReason: '上半年岗位开发滞后' }, stateAfter: { target: '100', lastValue: '45', lastReportAsOf: '2023-06-30' } });
    expect(entries[2]).toMatchObject({ change: { previousTarget: '100', target: '120' }, stateAfter: { target: '120', lastValue: '45' } });
    expectProblem(await auditor.get('/api/v1/audit/indicators/2023/P99-99'), 404, 'INDICATOR_NOT_FOUND', 'indicatorId');
  });

  it('given a case reported and resolved, then its history shows its status and amounts after each event', async () => {
    const entries = await entriesOf(manager006, `/api/v1/audit/wage-arrears-cases/${caseId}`);
    expect(entries.map((e) => [e.label, e.actor, e.effectiveDate, e.stateAfter.status, e.stateAfter.amountOwed, e.stateAfter.amountSettled])).toEqual([
      ['欠薪案件登记', 'kuaiji-006', '2023-05-10', 'open', '86000.00', null],
      ['欠薪案件处置', 'kuaiji-006', '2023-07-20', 'resolved', '86000.00', '86000.00'],
    ]);
    expectProblem(await auditor.get('/api/v1/audit/wage-arrears-cases/no-such-case'), 404, 'CASE_NOT_FOUND', 'caseId');
  });

  describe('exports', () => {
    const stateKeys = ['appropriated', 'disbursed', 'advancesOutstanding', 'available'] as const;

    it('given format=csv, then a UTF-8 CSV with BOM and CRLF holds the same rows as the JSON history', async () => {
      const json = await entriesOf(auditor, `${lineUrl}?actor=kuaiji-a`);
      const res = await auditor.get(`${lineUrl}?actor=kuaiji-a&format=csv`).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expectStatus(res, 200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toContain(`filename="audit-line-${ids.employment}.csv"`);
      const csv = (res.body as Buffer).toString('utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv).toContain('\r\n');
      const [, info, header, ...rows] = parse(csv.slice(1)) as string[][];
      expect(info[0]).toContain('操作人 kuaiji-a');
      expect(header.slice(0, 7)).toEqual(['序号', '版本', '事件', '操作人', '记录时间（北京时间）', '生效日期', '变更内容']);
      expect(rows.map((r) => [Number(r[1]), r[2], r[3], r[5], r[6], ...r.slice(7, 11)])).toEqual(
        json.map((e) => [e.revision, e.label, e.actor, e.effectiveDate, e.summary, ...stateKeys.map((k) => e.stateAfter[k])]));
    });

    it('given format=xlsx, then the workbook holds the same rows, amounts as numbers', async () => {
      const json = await entriesOf(auditor, lineUrl);
      const res = await auditor.get(`${lineUrl}?format=xlsx`).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expectStatus(res, 200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as never);
      const ws = wb.worksheets[0];
      const rows = json.map((_, i) => ws.getRow(4 + i).values as unknown[]);
      expect(rows.map((r) => [r[2], r[3], r[4], r[6], r[7], r[8], r[9], r[10], r[11]])).toEqual(
        json.map((e) => [e.revision, e.label, e.actor, e.effectiveDate, e.summary, ...stateKeys.map((k) => Number(e.stateAfter[k]))]));
      expect(ws.rowCount).toBe(3 + json.length);
    });
  });

  describe('who may read', () => {
    it('given no credentials, then 401', async () => {
      expectProblem(await t.anonymous.get(lineUrl), 401, 'UNAUTHENTICATED');
      expectProblem(await t.anonymous.get('/api/v1/events'), 401, 'UNAUTHENTICATED');
    });

    it('given an accountant, then audit trails and the raw log are refused (their role has no audit:read / events:read)', async () => {
      expectProblem(await kuaijiA.get(lineUrl), 403, 'ROLE_NOT_PERMITTED');
      expectProblem(await kuaijiA.get('/api/v1/events'), 403, 'ROLE_NOT_PERMITTED');
    });

    it('given a manager of another unit, then the trail of a line, payment or indicator of 426001 is 403 UNIT_OUT_OF_SCOPE, and a case of 426006 to a manager of 426001', async () => {
      expectProblem(await manager006.get(lineUrl), 403, 'UNIT_OUT_OF_SCOPE');
      expectProblem(await manager006.get(`/api/v1/audit/disbursements/${firstPayment}`), 403, 'UNIT_OUT_OF_SCOPE');
      expectProblem(await manager006.get(`/api/v1/audit/indicators/2023/${indicatorIds.subsidised}`), 403, 'UNIT_OUT_OF_SCOPE');
      expectProblem(await manager001.get(`/api/v1/audit/wage-arrears-cases/${caseId}`), 403, 'UNIT_OUT_OF_SCOPE');
      expectProblem(await manager006.get('/api/v1/events'), 403, 'ROLE_NOT_PERMITTED');
    });
  });

  describe('raw event log', () => {
    it('given an auditor, then events are listed as stored, filtered by stream, type and actor, and paged by position', async () => {
      const res = await auditor.get(`/api/v1/events?stream=line-${ids.employment}&type=DisbursementRecorded.v1`);
      expectStatus(res, 200);
      expect(res.body.events.map((e: { metadata: { actor: string }; data: { voucherNo: string } }) => [e.metadata.actor, e.data.voucherNo]))
        .toEqual([['kuaiji-a', '记-2023-07-0001'], ['kuaiji-b', '记-2023-07-0002']]);
      expect(res.body.events[0]).toMatchObject({ id: firstPayment, streamId: `line-${ids.employment}`, revision: 2, metadata: { unit: '426001', effectiveDate: '2023-07-01' } });

      const byActor = await auditor.get('/api/v1/events?actor=kuaiji-b');
      expect(byActor.body.events.map((e: { type: string }) => e.type)).toEqual(['DisbursementRecorded.v1']);

      const first = await auditor.get('/api/v1/events?limit=1');
      expect(first.body.events[0].position).toBe(1);
      expect(first.body.next).toBe(1);
      const second = await auditor.get(`/api/v1/events?limit=1&after=${first.body.next}`);
      expect(second.body.events[0].position).toBe(2);
      expect(second.body.head).toBe(await t.headPosition());
    });

    it('given the accounts stream, then password hashes are redacted', async () => {
      const res = await auditor.get('/api/v1/events?stream=accounts&type=UserRegistered.v1');
      expectStatus(res, 200);
      expect(res.body.events.length).toBeGreaterThan(0);
      for (const e of res.body.events) expect(e.data.passwordHash).toBe('[redacted]');
    });
  });
});
