import { TestApp, expectStatus, startTestApp } from './support/test-app';

/** The OpenAPI document (/api/docs-json) is the API's reference: every request field shows an example. */
describe('OpenAPI document (e2e)', () => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, { requestBody?: unknown; security?: unknown[] }>>; components: { schemas: Record<string, { properties?: Record<string, Record<string, unknown>> }> } };

  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.anonymous.get('/api/docs-json');
    expectStatus(res, 200);
    doc = res.body;
  });
  afterAll(async () => { await t?.close(); });

  it('every property of every schema carries an example (or is an enumeration)', () => {
    const missing = Object.entries(doc.components.schemas).flatMap(([name, schema]) => Object.entries(schema.properties ?? {})
      .filter(([, p]) => p.example === undefined && p.enum === undefined && (p.items as { enum?: unknown } | undefined)?.enum === undefined && p.oneOf === undefined)
      .map(([prop]) => `${name}.${prop}`));
    expect(missing).toEqual([]);
  });

  it('lists the accountants\' and auditors\' workflows under /api/v1', () => {
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/v1/auth/login', '/api/v1/users', '/api/v1/disbursement-imports', '/api/v1/exports/table8', '/api/v1/audit/lines/{lineId}',
      '/api/v1/events', '/api/v1/alerts', '/api/v1/alerts/{alertId}/acknowledgement', '/api/v1/alert-subscriptions/me',
    ]));
    // operations endpoints stay at the root, where orchestrators and Prometheus look for them
    expect(Object.keys(doc.paths).filter((p) => !p.startsWith('/api/v1/')).sort()).toEqual(['/health', '/metrics']);
  });
});
