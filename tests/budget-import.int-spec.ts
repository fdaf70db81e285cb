import { BudgetDocument, budgetDocument, lineIds, supplementaryDocument } from './support/budget-document';
import { TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/**
 * POST /api/v1/budget-imports: dry run by default, commit with dryRun=false, idempotent by content,
 * one initial budget per department and year, every document problem named by its JSON path.
 * Each scenario uses its own fiscal year, so they share one app without sharing state.
 */
describe('budget import (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  const importDoc = (document: unknown, query = '') => t.http.post(`/api/v1/budget-imports${query}`).send(document as object);

  it('given a valid document, when imported without dryRun, then it is a dry run: counts, totals and checks are reported and nothing is recorded', async () => {
    const before = await t.headPosition();

    const res = await importDoc(budgetDocument(2023));

    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      kind: 'initial', fiscalYear: 2023, department: '426', dryRun: true, alreadyImported: false, recorded: false,
      counts: { units: 2, projects: 2, lines: 4, linesEstablished: 4, linesIncreased: 0, indicators: 4, indicatorsDefined: 4 },
      totals: { total: '850000.00', basic: '600000.00', project: '250000.00', byProject: { P01: '200000.00', P09: '50000.00' } },
      totalsWanYuan: { total: '85.00', basic: '60.00', project: '25.00' },
      warnings: [],
    });
    expect(res.body.importId).toMatch(/^426-2023-[0-9a-f]{16}$/);
    // total, basic, project + 4 byFunctional + 2 basicByEconomic + 2 byProject + 2 byUnit
    expect(res.body.checks).toHaveLength(13);
    expect(res.body.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
    expect(res.body.checks).toContainEqual({ name: 'total', expected: '850000.00', actual: '850000.00', ok: true });
    expect(await t.headPosition()).toBe(before);
    expect((await t.http.get(`/api/v1/lines/${lineIds(2023).personnel}`)).status).toBe(404);
    expectProblem(await t.http.get('/api/v1/budgets/426/2023'), 404, 'BUDGET_NOT_FOUND');
  });

  it('given a valid document, when imported with dryRun=false, then the document, its lines and indicators are recorded in one write', async () => {
    const before = await t.headPosition();

    const res = await importDoc(budgetDocument(2022), '?dryRun=false');

    expectStatus(res, 200);
    expect(res.body).toMatchObject({ dryRun: false, alreadyImported: false, recorded: true, position: before + 1 + 4 + 4, counts: { linesEstablished: 4, indicatorsDefined: 4 } });
    expect(await t.headPosition()).toBe(before + 1 + 4 + 4);
    // the position answered reads the import at once
    const read = await t.http.get(`/api/v1/execution?groupBy=unit&fiscalYear=2022&asOf=2022-12-31&minPosition=${res.body.position}`);
    expectStatus(read, 200);
    expect(read.body.rows.map((r: { key: string }) => r.key)).toEqual(['426001', '426006']);
    const ids = lineIds(2022);
    expect(await t.line(ids.personnel)).toMatchObject({ appropriated: '500000.00', disbursed: '0.00', available: '500000.00', overspendPolicy: 'block', revolvingFund: false });
    expect(await t.line(ids.employment)).toMatchObject({ appropriated: '200000.00', overspendPolicy: 'warn', project: 'P01' });
    expect(await t.line(ids.fund)).toMatchObject({ appropriated: '50000.00', unit: '426006', revolvingFund: true });
  });

  it('given an imported document, when the same document is imported again, then it answers alreadyImported and records nothing new', async () => {
    const first = await t.importBudget(budgetDocument(2021));
    const before = await t.headPosition();

    const again = await importDoc(budgetDocument(2021), '?dryRun=false');
    // key order does not matter: the import id is a hash of the canonical content
    const reordered = Object.fromEntries(Object.entries(budgetDocument(2021)).reverse());
    const againReordered = await importDoc(reordered, '?dryRun=false');

    for (const res of [again, againReordered]) {
      expectStatus(res, 200);
      expect(res.body).toMatchObject({ importId: first.importId, alreadyImported: true, recorded: false, position: first.position, counts: { linesEstablished: 0, indicatorsDefined: 0 } });
    }
    expect(await t.headPosition()).toBe(before);
    expect(await t.line(lineIds(2021).personnel)).toMatchObject({ appropriated: '500000.00' });
  });

  it('given an initial budget for a year, when a different initial budget for the same year is imported, then 409 INITIAL_BUDGET_EXISTS and nothing is recorded', async () => {
    await t.importBudget(budgetDocument(2020));
    const before = await t.headPosition();
    const other = budgetDocument(2020);
    other.source.title = '另一份年初预算';

    const dry = await importDoc(other);
    const commit = await importDoc(other, '?dryRun=false');

    expectProblem(dry, 409, 'INITIAL_BUDGET_EXISTS', 'kind');
    expectProblem(commit, 409, 'INITIAL_BUDGET_EXISTS', 'kind');
    expect(await t.headPosition()).toBe(before);
  });

  describe('given an invalid document, when committed, then 422 BUDGET_DOCUMENT_INVALID names each problem by its JSON path and nothing is recorded', () => {
    const cases: [string, (d: BudgetDocument) => void, { path: unknown; code: string }][] = [
      ['a line of a unit not listed in units', (d) => { d.lines[1].unit = '426009'; }, { path: 'lines[1].unit', code: 'UNKNOWN_UNIT' }],
      ['a control total the lines do not reproduce', (d) => { d.controlTotals.total = '850000.01'; }, { path: 'controlTotals.total', code: 'CONTROL_TOTAL_MISMATCH' }],
      ['project lines not adding up to the project total', (d) => { d.projects[0].total = '210000.00'; }, { path: 'projects[0].total', code: 'PROJECT_TOTAL_MISMATCH' }],
      ['an amount with 3 decimals', (d) => { d.lines[0].amount = '500000.001'; }, { path: 'lines[0].amount', code: 'INVALID_FIELD' }],
      ['indicator weights of a project adding to 80, not 90', (d) => { d.indicators[1].weight = '30'; }, 
        { path: 'projects[0]', code: 'INDICATOR_WEIGHTS' }],
    ];

    it.each(cases)('%s', async (_, spoil, expected) => {
      const document = budgetDocument(2019);
      spoil(document);
      const before = await t.headPosition();

      const res = await importDoc(document, '?dryRun=false');

      expectProblem(res, 422, 'BUDGET_DOCUMENT_INVALID');
      expect(Array.isArray(res.body.errors)).toBe(true);
      expect(res.body.errors).toContainEqual(expect.objectContaining(expected));
      expect(res.body.field).toBe(res.body.errors[0].path);
      expect(await t.headPosition()).toBe(before);
      expect((await t.http.get(`/api/v1/lines/${lineIds(2019).personnel}`)).status).toBe(404);
    });

    it('a document with several problems lists every one of them', async () => {
      const document = budgetDocument(2019);
      document.lines[1].unit = '426009';
      document.projects[0].total = '210000.00';

      const res = await importDoc(document, '?dryRun=false');

      expectProblem(res, 422, 'BUDGET_DOCUMENT_INVALID');
      const paths = res.body.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['lines[1].unit', 'projects[0].total']));
    });
  });

  it('given a document larger than the 100kb command limit, when dry-run imported, then it is accepted (imports have their own larger limit)', async () => {
    const document = budgetDocument(2015);
    document.quirks = Array.from({ length: 80 }, (_, i) => ({ where: `表十 row ${i + 1}`, issue: '说明'.repeat(900), decision: '按原文录入' }));
    expect(JSON.stringify(document).length).toBeGreaterThan(100 * 1024);

    const res = await importDoc(document);

    expectStatus(res, 200);
    expect(res.body).toMatchObject({ dryRun: true, recorded: false, counts: { lines: 4 } });
  });

  it('given an initial budget, when a supplementary budget is imported, then an existing line is increased and a new line is established', async () => {
    await t.importBudget(budgetDocument(2018));
    const ids = lineIds(2018);
    const before = await t.headPosition();

    const dry = await importDoc(supplementaryDocument(2018));
    expectStatus(dry, 200);
    expect(dry.body).toMatchObject({ kind: 'supplementary', dryRun: true, recorded: false, counts: { linesEstablished: 1, linesIncreased: 1 } });
    expect(await t.headPosition()).toBe(before);

    const res = await importDoc(supplementaryDocument(2018), '?dryRun=false');

    expectStatus(res, 200);
    expect(res.body).toMatchObject({ kind: 'supplementary', recorded: true, counts: { lines: 2, linesEstablished: 1, linesIncreased: 1, indicators: 0 }, totals: { total: '50000.00' } });
    expect(await t.headPosition()).toBe(before + 3);
    expect(await t.line(ids.employment)).toMatchObject({ appropriated: '230000.00', available: '230000.00' });
    expect(await t.line('426001-2018-P10')).toMatchObject({ appropriated: '20000.00', project: 'P10' });
  });

  it('given no initial budget for the year, when a supplementary budget is imported, then 409 NO_INITIAL_BUDGET and nothing is recorded', async () => {
    const before = await t.headPosition();

    const res = await importDoc(supplementaryDocument(2017), '?dryRun=false');

    expectProblem(res, 409, 'NO_INITIAL_BUDGET', 'kind');
    expect(await t.headPosition()).toBe(before);
  });

  it('given an initial and a supplementary budget, when GET /api/v1/budgets/:dept/:year, then both documents are listed with their totals', async () => {
    await t.importBudget(budgetDocument(2016));
    await t.importBudget(supplementaryDocument(2016));

    const res = await t.http.get('/api/v1/budgets/426/2016');

    expectStatus(res, 200);
    expect(res.body).toMatchObject({ department: '426', fiscalYear: 2016 });
    expect(res.body.documents).toHaveLength(2);
    const [initial, supplementary] = res.body.documents;
    expect(initial).toMatchObject({
      kind: 'initial', effectiveDate: '2016-01-01', lines: 4, indicators: 4,
      totals: { total: '850000.00', basic: '600000.00', project: '250000.00' },
      controlTotals: { total: '850000.00' },
      units: [{ code: '426001' }, { code: '426006' }],
    });
    expect(initial.projects.map((p: { code: string }) => p.code)).toEqual(['P01', 'P09']);
    expect(supplementary).toMatchObject({ kind: 'supplementary', effectiveDate: '2016-06-15', lines: 2, indicators: 0, totals: { total: '50000.00' } });
    expectProblem(await t.http.get('/api/v1/budgets/426/2015'), 404, 'BUDGET_NOT_FOUND', 'fiscalYear');
    expectProblem(await t.http.get('/api/v1/budgets/42/2016'), 422, 'INVALID_DEPARTMENT', 'department');
  });
});
