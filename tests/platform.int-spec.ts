import { budgetDocument, lineIds } from './support/budget-document';
import { freePort } from './support/smtp';
import { TestApp, expectStatus, product, startTestApp } from './support/test-app';

/** Health, the OpenAPI document and Swagger UI, and the one shape of every error (RFC 9457 problem details). */
describe('platform (e2e)', () => {
  let t: TestApp;
  const ids = lineIds(2023);

  beforeAll(async () => {
    t = await startTestApp();
    await t.importBudget(budgetDocument(2023));
  });
  afterAll(async () => { await t?.close(); });

  /** GET /health until its answer satisfies `condition` (each answer a 200), or fails after `timeoutMs`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function healthUntil(condition: (body: any) => boolean, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await t.anonymous.get('/health');
      expectStatus(res, 200);
      if (condition(res.body)) return res;
      if (Date.now() > deadline) throw new Error(`/health never satisfied the condition: ${JSON.stringify(res.body.checks)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('given the event store and Redis, when GET /health, then 200 with every check up, the head position, no lag, and this instance projecting', async () => {
    // the Redis client connects in the background: for the first few ms after init /health says "degraded"
    await t.redisReady();

    await t.app.get(product.Projector).waitFor(10, 30_000);
    const res = await t.anonymous.get('/health');

    expectStatus(res, 200);
    expect(res.body).toEqual({
      status: 'up',
      checks: {
        eventStore: { status: 'up', headPosition: 10 }, redis: { status: 'up' }, readModels: { status: 'up', position: 10, behind: 0, lagSeconds: 0 },
        readStore: { status: 'up', dialect: 'sqlite' }, smtp: { status: 'up', mode: 'outbox' },
        projector: { role: 'active', instance: expect.any(String), holder: res.body.checks.projector.instance },
      },
    });
  });

  it('given events not yet projected, when GET /health, then the read models report how many and for how long', async () => {
    const projector = t.app.get(product.Projector);
    await projector.stop(); // the projector halts: new events wait
    try {
      expectStatus(await t.http.post(`/api/v1/lines/${ids.personnel}/disbursements`).send({ amount: '10.00', effectiveDate: '2023-03-01', voucherNo: 'H-1' }), 201);

      // the lag grows with the clock while the event waits: poll until it reports a second
      const res = await healthUntil((body) => body.checks.readModels.lagSeconds >= 1);

      expect(res.body.checks.readModels).toMatchObject({ status: 'up', position: 10, behind: 1 });
    } finally {
      await projector.start();
    }
    expect(await projector.waitFor(11, 30_000)).toBe(true);
    expect((await t.anonymous.get('/health')).body.checks.readModels).toMatchObject({ position: 11, behind: 0, lagSeconds: 0 });
  });

  it('given an SMTP server that does not answer, when GET /health, then degraded (still 200: commands work) with smtp down', async () => {
    const other = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${await freePort()}` });
    try {
      await other.redisReady();
      const res = await other.anonymous.get('/health');

      expectStatus(res, 200);
      expect(res.body.status).toBe('degraded');
      expect(res.body.checks.smtp).toMatchObject({ status: 'down', mode: 'smtp', error: expect.any(String) });
    } finally {
      await other.close();
    }
  });

  it('given a client correlation id, then the response echoes it; without one, a fresh one is answered', async () => {
    const given = await t.anonymous.get('/health').set('X-Correlation-Id', 'trace-abc-123');
    const fresh = await t.anonymous.get('/health');

    expect(given.headers['x-correlation-id']).toBe('trace-abc-123');
    expect(fresh.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when GET /api/docs-json, then an OpenAPI 3 document lists every command path', async () => {
    const res = await t.http.get('/api/docs-json');

    expectStatus(res, 200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.info).toMatchObject({ version: '1', title: expect.stringContaining('Budget execution tracker') });
    const commands = [
      '/api/v1/budget-imports',
      '/api/v1/lines/{lineId}/increases',
      '/api/v1/lines/{lineId}/decreases',
      '/api/v1/transfers',
      '/api/v1/lines/{lineId}/disbursements',
      '/api/v1/lines/{lineId}/disbursements/{disbursementId}/reversals',
      '/api/v1/wage-arrears-cases',
      '/api/v1/wage-arrears-cases/{caseId}/resolution',
      '/api/v1/lines/{lineId}/fund-advances',
      '/api/v1/lines/{lineId}/fund-recoveries',
      '/api/v1/indicators/{fiscalYear}/{indicatorId}/progress-reports',
      '/api/v1/indicators/{fiscalYear}/{indicatorId}/target-revisions',
    ];
    for (const path of commands) expect({ path, post: res.body.paths[path]?.post !== undefined }).toEqual({ path, post: true });
    for (const path of ['/health', '/api/v1/lines/{lineId}', '/api/v1/budgets/{department}/{fiscalYear}']) {
      expect({ path, get: res.body.paths[path]?.get !== undefined }).toEqual({ path, get: true });
    }
    // amounts are documented as decimal strings, not numbers
    expect(res.body.components.schemas.RecordDisbursementRequest.properties.amount).toMatchObject({ type: 'string' });
  });

  it('when GET /api/docs, then the Swagger UI page is served', async () => {
    const res = await t.http.get('/api/docs').redirects(1);

    expectStatus(res, 200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toMatch(/swagger-ui/i);
  });

  describe('every error answers application/problem+json with type, title, status, code and detail', () => {
    const requests: [string, () => Promise<import('supertest').Response>, number][] = [
      ['400 malformed JSON', () => t.http.post(`/api/v1/lines/${ids.personnel}/disbursements`).set('Content-Type', 'application/json').send('{"amount":'), 400],
      ['400 request validation', () => t.http.post(`/api/v1/lines/${ids.personnel}/disbursements`).send({ amount: 5 }), 400],
      ['404 unknown route', () => t.http.get('/api/v1/no-such-thing'), 404],
      ['404 unknown line', () => t.http.get('/api/v1/lines/426001-2023-NOPE'), 404],
      ['409 business conflict', () => t.http.post(`/api/v1/lines/${ids.operating}/decreases`).send({ amount: '100000.01', effectiveDate: '2023-03-01', reason: '调减' }), 409],
      ['412 stale If-Match', () => t.http.post(`/api/v1/lines/${ids.personnel}/increases`).set('If-Match', '"7"').send({ amount: '1.00', effectiveDate: '2023-03-01', reason: '追加' }), 412],
      ['413 oversize body', () => t.http.post(`/api/v1/lines/${ids.personnel}/increases`).send({ reason: 'x'.repeat(110_000) }), 413],
      ['422 budget document invalid', () => t.http.post('/api/v1/budget-imports').send({ format: 'budget-import/v0' }), 422],
      ['422 business rule', () => t.http.post(`/api/v1/lines/${ids.personnel}/increases`).send({ amount: '1.001', effectiveDate: '2023-03-01', reason: '追加' }), 422],
    ];

    it.each(requests)('%s', async (_, send, status) => {
      const head = await t.headPosition();

      const res = await send();

      expectStatus(res, status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toEqual(expect.objectContaining({
        type: expect.stringMatching(/^urn:budget-tracker:problem:[a-z0-9-]+$/), title: expect.any(String), status, code: expect.stringMatching(/^[A-Z0-9_]+$/), detail: expect.any(String),
      }));
      expect(res.body.type).toBe(`urn:budget-tracker:problem:${res.body.code.toLowerCase().replace(/_/g, '-')}`);
      expect(await t.headPosition()).toBe(head);
    });
  });
});
