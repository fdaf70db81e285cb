import { TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/**
 * Issue 12 §3: reads took impossible dates (asOf=2023-02-30 was echoed, 2023-13-01 answered for 31 December,
 * 0000-01-01 gave fiscal year 0). Every date and fiscal year a request carries, in the query or the body, is a
 * calendar date in 2000–2100, else 400 naming the field (per-field code INVALID_DATE / INVALID_FISCAL_YEAR).
 */
describe('dates and fiscal years in requests', () => {
  let t: TestApp;
  let getRoutes: { path: string; params: string[] }[];

  beforeAll(async () => {
    t = await startTestApp();
    await t.importBudget();
    const doc = (await t.anonymous.get('/api/docs-json')).body as { paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }> };
    getRoutes = Object.entries(doc.paths).filter(([, ops]) => ops.get).map(([path, ops]) => ({
      path, params: (ops.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    }));
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  const IMPOSSIBLE_DATES = ['2023-02-30', '2023-13-01', '0000-01-01', '1999-12-31', '2101-01-01', '2023-04-31', '2023-2-3'];
  const DATE_PARAMS = ['asOf', 'from', 'to', 'effectiveFrom', 'effectiveTo'];

  /** A concrete URL for an OpenAPI path: any value for its path parameters (the query is refused before they matter). */
  const urlOf = (path: string, query: string) => `${path.replace(/\{[^}]+\}/g, 'x1')}?${query}`;

  it.each(IMPOSSIBLE_DATES)('given asOf=%s on the execution read, then 400 naming asOf, nothing echoed back', async (asOf) => {
    const res = await t.http.get(`/api/v1/execution?groupBy=unit&asOf=${asOf}`);
    expectProblem(res, 400, 'VALIDATION_FAILED', 'asOf');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'asOf', code: 'INVALID_DATE' })]);
  });

  it('given every GET route that takes a date query parameter, then each refuses an impossible date with 400 naming it', async () => {
    const checked: string[] = [];
    for (const { path, params } of getRoutes) {
      for (const param of params.filter((p) => DATE_PARAMS.includes(p))) {
        for (const value of ['2023-02-30', '0000-01-01']) {
          const res = await t.http.get(urlOf(path, `${param}=${value}`));
          expect({ route: `${path}?${param}=${value}`, status: res.status, field: res.body.field }).toEqual({ route: `${path}?${param}=${value}`, status: 400, field: param });
        }
        checked.push(`${path}?${param}`);
      }
    }
    // the reads, the exports and the audit trails
    expect(checked.length).toBeGreaterThan(20);
    expect(checked).toEqual(expect.arrayContaining(['/api/v1/execution?asOf', '/api/v1/exports/table8?asOf', '/api/v1/audit/lines/{lineId}?from']));
  });

  it('given every GET route that takes a fiscalYear, then year 0000 and 2101 are refused with 400 naming it', async () => {
    const routes = getRoutes.filter((r) => r.params.includes('fiscalYear'));
    expect(routes.length).toBeGreaterThan(10);
    for (const { path } of routes) {
      for (const year of ['0000', '2101']) {
        const res = await t.http.get(urlOf(path, `fiscalYear=${year}`));
        expect({ route: `${path}?fiscalYear=${year}`, status: res.status, field: res.body.field }).toEqual({ route: `${path}?fiscalYear=${year}`, status: 400, field: 'fiscalYear' });
      }
    }
    expectProblem(await t.http.get('/api/v1/execution/compare?years=2023,0000'), 400, 'VALIDATION_FAILED', 'years');
  });

  it('given real dates at the edges (29 February of a leap year, 31 December, 2000-01-01), then the reads answer for that date', async () => {
    for (const asOf of ['2024-02-29', '2023-12-31', '2000-01-01']) {
      const res = await t.http.get(`/api/v1/execution?groupBy=department&asOf=${asOf}`);
      expectStatus(res, 200);
      expect(res.body.asOf).toBe(asOf);
    }
  });

  it('given impossible dates in command bodies, then 400 naming the field and nothing recorded', async () => {
    const head = await t.headPosition();
    const lineId = '426001-2023-B-2080101-30101';
    const cases: [string, object, string][] = [
      [`/api/v1/lines/${lineId}/disbursements`, { amount: '1.00', effectiveDate: '2023-02-29', voucherNo: 'd-1' }, 'effectiveDate'],
      [`/api/v1/lines/${lineId}/increases`, { amount: '1.00', effectiveDate: '0000-01-01', reason: '追加' }, 'effectiveDate'],
      ['/api/v1/alert-silences', { unit: '426001', endsAt: '2023-07-31T25:99Z', reason: '测试' }, 'endsAt'],
    ];
    for (const [url, body, field] of cases) expectProblem(await t.http.post(url).send(body), 400, 'VALIDATION_FAILED', field);
    expect(await t.headPosition()).toBe(head);
  });
});
