import { importDemoBudgetIfAbsent } from '../src/demo-budget';
import { Http, TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/**
 * Who may do what, on the demo budget of department 426: each command and query, each role, in and out
 * of the caller's unit scope. Refusals are 401 (no session) or 403 (role or scope) and record nothing.
 */
describe('authorization matrix (e2e)', () => {
  let t: TestApp;
  let accountant426002: Http;
  let manager426002: Http;
  let managerAll: Http;
  let auditor: Http;
  const LINE_002 = '426002-2023-B-2080150-30101';
  const LINE_006 = '426006-2023-B-2080150-30101';
  const FUND_006 = '426006-2023-P09';
  let caseOf006: string;

  beforeAll(async () => {
    t = await startTestApp();
    await importDemoBudgetIfAbsent(t.app);
    accountant426002 = await t.httpAs({ role: 'accountant', units: ['426002'], username: 'kuaiji426002' });
    manager426002 = await t.httpAs({ role: 'manager', units: ['426002'], username: 'fuzeren426002' });
    managerAll = await t.httpAs({ role: 'manager', units: 'all', username: 'fuzeren' });
    auditor = await t.httpAs({ role: 'auditor', username: 'shenji' });
    const reported = await t.http.post('/api/v1/wage-arrears-cases')
      .send({ unit: '426006', employer: '某建筑劳务有限公司', workersAffected: 3, amountOwed: '9000.00', effectiveDate: '2023-05-01' });
    expectStatus(reported, 201);
    caseOf006 = reported.body.caseId;
  }, 180_000);
  afterAll(async () => { await t?.close(); });

  const pay = (voucherNo: string) => ({ amount: '100.00', effectiveDate: '2023-03-05', voucherNo });

  /** Asserts the refusal and that the event store did not move. */
  async function refused(request: Promise<{ status: number; body: unknown; headers: Record<string, string> }> | PromiseLike<never>, status: 401 | 403, code: string) {
    const head = await t.headPosition();
    const res = await request;
    expectProblem(res as never, status, code);
    expect(await t.headPosition()).toBe(head);
  }

  describe('without a session', () => {
    it.each([
      ['GET', '/api/v1/execution'], ['GET', `/api/v1/lines/${LINE_002}`], ['GET', '/api/v1/indicators'], ['GET', '/api/v1/wage-arrears/metrics'],
      ['GET', '/api/v1/users'], ['GET', '/api/v1/auth/me'], ['POST', `/api/v1/lines/${LINE_002}/disbursements`], ['POST', '/api/v1/budget-imports'],
      ['POST', '/api/v1/transfers'], ['POST', '/api/v1/wage-arrears-cases'], ['GET', '/admin/queues'],
      // the board's API by a percent-encoded path, which the router decodes to the same route
      ['GET', '/admin/queues/api/queues'], ['GET', '/admin/%71ueues/api/queues'], ['GET', '/admin/%71ueues'],
    ])('%s %s → 401 UNAUTHENTICATED and nothing recorded', async (method, path) => {
      const call = method === 'GET' ? t.anonymous.get(path) : t.anonymous.post(path).send(pay('记-anon-1'));
      await refused(call, 401, 'UNAUTHENTICATED');
    });

    it('a forged or garbled bearer token is no session either', async () => {
      await refused(t.anonymous.post(`/api/v1/lines/${LINE_002}/disbursements`).set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.x').send(pay('记-forged')), 401, 'UNAUTHENTICATED');
      await refused(t.anonymous.get('/api/v1/execution').set('Authorization', 'Basic YWRtaW46YWRtaW4='), 401, 'UNAUTHENTICATED');
    });
  });

  describe('an accountant of 426002', () => {
    it('records a disbursement for 426002, recorded under their name', async () => {
      const res = await accountant426002.post(`/api/v1/lines/${LINE_002}/disbursements`).send(pay('记-002-0001'));
      expectStatus(res, 201);
      const [event] = await t.store.readStream(`line-${LINE_002}`, { fromRevision: res.body.revision });
      expect(event.metadata.actor).toBe('kuaiji426002');
    });

    it('cannot record, reverse, advance or report for 426006 (403 UNIT_OUT_OF_SCOPE), and nothing is recorded', async () => {
      await refused(accountant426002.post(`/api/v1/lines/${LINE_006}/disbursements`).send(pay('记-006-0001')), 403, 'UNIT_OUT_OF_SCOPE');
      await refused(accountant426002.post('/api/v1/wage-arrears-cases')
        .send({ unit: '426006', employer: '某公司', workersAffected: 1, amountOwed: '100.00', effectiveDate: '2023-05-02' }), 403, 'UNIT_OUT_OF_SCOPE');
      await refused(accountant426002.post(`/api/v1/wage-arrears-cases/${caseOf006}/resolution`)
        .send({ resolution: 'employer_paid', effectiveDate: '2023-05-03' }), 403, 'UNIT_OUT_OF_SCOPE');
      await refused(accountant426002.post(`/api/v1/lines/${FUND_006}/fund-advances`)
        .send({ caseId: caseOf006, amount: '100.00', workers: 1, effectiveDate: '2023-05-03' }), 403, 'UNIT_OUT_OF_SCOPE');
      await refused(accountant426002.post('/api/v1/indicators/2023/P13-01/progress-reports').send({ asOf: '2023-06-30', value: '1' }), 403, 'UNIT_OUT_OF_SCOPE');
      await refused(accountant426002.post('/api/v1/indicators/2023/D-02/progress-reports').send({ asOf: '2023-06-30', value: '1' }), 403, 'DEPARTMENT_SCOPE_REQUIRED');
    });

    it('reports progress on an indicator of a 426002 project', async () => {
      expectStatus(await accountant426002.post('/api/v1/indicators/2023/P29-01/progress-reports').send({ asOf: '2023-06-30', value: '1' }), 201);
    });

    it('cannot adjust or transfer appropriations, import budgets, revise targets or manage users (403 ROLE_NOT_PERMITTED)', async () => {
      await refused(accountant426002.post(`/api/v1/lines/${LINE_002}/increases`).send({ amount: '1.00', effectiveDate: '2023-03-01', reason: '追加' }), 403, 'ROLE_NOT_PERMITTED');
      await refused(accountant426002.post('/api/v1/transfers').send({ fromLineId: LINE_002, toLineId: LINE_006, amount: '1.00', effectiveDate: '2023-03-01', reason: '调剂' }), 403, 'ROLE_NOT_PERMITTED');
      await refused(accountant426002.post('/api/v1/budget-imports?dryRun=false').send({}), 403, 'ROLE_NOT_PERMITTED');
      await refused(accountant426002.post('/api/v1/indicators/2023/P29-01/target-revisions').send({ target: '2', reason: '调整', effectiveDate: '2023-07-01' }), 403, 'ROLE_NOT_PERMITTED');
      await refused(accountant426002.post('/api/v1/users').send({ username: 'sneaky', role: 'admin', units: 'all' }), 403, 'ROLE_NOT_PERMITTED');
      await refused(accountant426002.get('/api/v1/events'), 403, 'ROLE_NOT_PERMITTED');
    });

    it('reads its own lines but not those of 426006 (403), and its queries only cover 426002', async () => {
      expectStatus(await accountant426002.get(`/api/v1/lines/${LINE_002}`), 200);
      expectProblem(await accountant426002.get(`/api/v1/lines/${LINE_006}`), 403, 'UNIT_OUT_OF_SCOPE');
      expectProblem(await accountant426002.get('/api/v1/execution?unit=426006&asOf=2023-06-30'), 403, 'UNIT_OUT_OF_SCOPE');
      const byUnit = await accountant426002.get('/api/v1/execution?groupBy=unit&asOf=2023-06-30');
      expectStatus(byUnit, 200);
      expect(byUnit.body.rows.map((r: { key: string }) => r.key)).toEqual(['426002']);
      const indicators = await accountant426002.get('/api/v1/indicators?asOf=2023-06-30');
      expect(new Set(indicators.body.indicators.map((i: { unit: string }) => i.unit))).toEqual(new Set(['426002']));
      expectProblem(await accountant426002.get('/api/v1/departments/426/scorecard?asOf=2023-06-30'), 403, 'DEPARTMENT_SCOPE_REQUIRED');
      expectProblem(await accountant426002.get('/api/v1/projects/P13/scorecard?asOf=2023-06-30'), 403, 'UNIT_OUT_OF_SCOPE');
      const budget = await accountant426002.get('/api/v1/budgets/426/2023');
      expect(budget.body.documents[0].units.map((u: { code: string }) => u.code)).toEqual(['426002']);
    });
  });

  describe('a manager', () => {
    it('cannot write anything (403 ROLE_NOT_PERMITTED), in scope or not', async () => {
      await refused(manager426002.post(`/api/v1/lines/${LINE_002}/disbursements`).send(pay('记-mgr-1')), 403, 'ROLE_NOT_PERMITTED');
      await refused(managerAll.post(`/api/v1/lines/${LINE_006}/disbursements`).send(pay('记-mgr-2')), 403, 'ROLE_NOT_PERMITTED');
      await refused(managerAll.post('/api/v1/wage-arrears-cases')
        .send({ unit: '426006', employer: '某公司', workersAffected: 1, amountOwed: '100.00', effectiveDate: '2023-05-02' }), 403, 'ROLE_NOT_PERMITTED');
      await refused(managerAll.post(`/api/v1/lines/${LINE_002}/increases`).send({ amount: '1.00', effectiveDate: '2023-03-01', reason: '追加' }), 403, 'ROLE_NOT_PERMITTED');
    });

    it('scoped to 426002 reads 426002 only; department-wide reads every unit and the department scorecard', async () => {
      const scoped = await manager426002.get('/api/v1/execution?groupBy=unit&asOf=2023-06-30');
      expect(scoped.body.rows.map((r: { key: string }) => r.key)).toEqual(['426002']);
      expectProblem(await manager426002.get(`/api/v1/lines/${LINE_006}`), 403, 'UNIT_OUT_OF_SCOPE');
      const all = await managerAll.get('/api/v1/execution?groupBy=unit&asOf=2023-06-30');
      expect(all.body.rows.map((r: { key: string }) => r.key)).toEqual(['426001', '426002', '426003', '426004', '426005', '426006']);
      expectStatus(await managerAll.get('/api/v1/departments/426/scorecard?asOf=2023-06-30'), 200);
      expectStatus(await managerAll.get(`/api/v1/lines/${LINE_006}`), 200);
    });

    it('a department total for a scoped manager sums only their units', async () => {
      const mine = await manager426002.get('/api/v1/execution?groupBy=department&asOf=2023-12-31');
      const unit = await managerAll.get('/api/v1/execution?groupBy=unit&unit=426002&asOf=2023-12-31');
      expect(mine.body.rows[0].appropriated).toBe(unit.body.rows[0].appropriated);
    });

    it('cannot reach the queue board (403); an admin can', async () => {
      expectProblem(await managerAll.get('/admin/queues'), 403, 'ROLE_NOT_PERMITTED');
      expectProblem(await managerAll.get('/admin/%71ueues/api/queues'), 403, 'ROLE_NOT_PERMITTED');
      expect((await t.http.get('/admin/queues')).status).toBe(200);
      expect((await t.http.get('/admin/%71ueues/api/queues')).body.queues.length).toBeGreaterThan(0);
    });
  });

  describe('an auditor', () => {
    it('reads everything but writes nothing', async () => {
      expectStatus(await auditor.get(`/api/v1/lines/${LINE_006}`), 200);
      expectStatus(await auditor.get('/api/v1/departments/426/scorecard?asOf=2023-06-30'), 200);
      await refused(auditor.post(`/api/v1/lines/${LINE_006}/disbursements`).send(pay('记-aud-1')), 403, 'ROLE_NOT_PERMITTED');
      await refused(auditor.post('/api/v1/users').send({ username: 'x1', role: 'admin', units: 'all' }), 403, 'ROLE_NOT_PERMITTED');
    });
  });

  describe('the admin (budget office)', () => {
    it('acts in every unit', async () => {
      expectStatus(await t.http.post(`/api/v1/lines/${LINE_006}/disbursements`).send(pay('记-006-admin')), 201);
      expectStatus(await t.http.post(`/api/v1/lines/${LINE_002}/increases`).send({ amount: '1.00', effectiveDate: '2023-03-01', reason: '追加' }), 201);
    });
  });

  describe('role changes take effect at once', () => {
    it('an accountant moved to 426006 loses 426002 on the spot: the old token no longer works', async () => {
      const mover = await t.httpAs({ role: 'accountant', units: ['426002'], username: 'mover' });
      expectStatus(await mover.get(`/api/v1/lines/${LINE_002}`), 200);
      expectStatus(await t.http.put('/api/v1/users/mover/role').send({ role: 'accountant', units: ['426006'] }), 200);
      expectProblem(await mover.get(`/api/v1/lines/${LINE_002}`), 401, 'UNAUTHENTICATED');
      const again = t.anonymous.get(`/api/v1/lines/${LINE_002}`).set('Authorization', `Bearer ${await t.login('mover')}`);
      expectProblem(await again, 403, 'UNIT_OUT_OF_SCOPE');
    });
  });
});
