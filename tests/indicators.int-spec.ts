import { budgetDocument, indicatorIds } from './support/budget-document';
import { TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/** 绩效指标: progress reports (value or grade, with 偏差原因) and target revisions, for the indicators the import defined. */
describe('performance indicators (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.importBudget(budgetDocument(2023));
  });
  afterAll(async () => { await t?.close(); });

  const report = (indicatorId: string, body: Record<string, unknown>, year = '2023') =>
    t.http.post(`/api/v1/indicators/${year}/${indicatorId}/progress-reports`).send({ asOf: '2023-06-30', ...body });
  const revise = (indicatorId: string, body: Record<string, unknown>, year = '2023') =>
    t.http.post(`/api/v1/indicators/${year}/${indicatorId}/target-revisions`).send({ reason: '潼人社发〔2023〕30号 调整', effectiveDate: '2023-07-01', ...body });
  const eventsOf = async (indicatorId: string) => (await t.store.readStream(`indicator-2023-${indicatorId}`)).map((e) => ({ type: e.type, data: e.data }));

  it('given a numeric indicator, when its progress is reported, then the value is recorded on the indicator\'s stream', async () => {
    const res = await report(indicatorIds.subsidised, { value: '48', deviationReason: '上半年岗位开发进度偏慢', note: '截至6月底' });

    expectStatus(res, 201);
    expect(res.body).toMatchObject({ streamId: `indicator-2023-${indicatorIds.subsidised}`, revision: 1, replayed: false });
    expect((await eventsOf(indicatorIds.subsidised))[1]).toEqual({
      type: 'IndicatorProgressReported.v1',
      data: { indicatorId: indicatorIds.subsidised, asOf: '2023-06-30', value: '48', grade: null, deviationReason: '上半年岗位开发进度偏慢', note: '截至6月底' },
    });
  });

  it('given a qualitative indicator, when a grade is reported, then the grade is recorded', async () => {
    const res = await report(indicatorIds.stability, { grade: '部分达成', deviationReason: '个别案件尚在处理' });

    expectStatus(res, 201);
    expect((await eventsOf(indicatorIds.stability)).at(-1)).toMatchObject({ data: { value: null, grade: '部分达成' } });
  });

  it.each([
    ['a qualitative indicator without a grade', indicatorIds.stability, { value: '1' }, 422, 'INVALID_GRADE', 'grade'],
    ['a grade that does not exist', indicatorIds.stability, { grade: '优秀' }, 400, 'VALIDATION_FAILED', 'grade'],
    ['a numeric indicator with a non-numeric value', indicatorIds.satisfaction, { value: 'abc' }, 422, 'INVALID_INDICATOR_VALUE', 'value'],
    ['a numeric indicator with a negative value', indicatorIds.satisfaction, { value: '-1' }, 422, 'INVALID_INDICATOR_VALUE', 'value'],
    ['a value sent as a JSON number', indicatorIds.satisfaction, { value: 95 }, 400, 'VALIDATION_FAILED', 'value'],
    ['an asOf outside the fiscal year', indicatorIds.satisfaction, { value: '95', asOf: '2024-01-31' }, 422, 'DATE_OUTSIDE_FISCAL_YEAR', 'asOf'],
    ['an indicator derived from events (欠薪处置率)', indicatorIds.disposalRate, { value: '100' }, 409, 'INDICATOR_IS_DERIVED', 'indicatorId'],
    ['an unknown indicator', 'P77-01', { value: '1' }, 404, 'INDICATOR_NOT_FOUND', 'indicatorId'],
  ])('given %s, when progress is reported, then it is refused and nothing is recorded', async (_, indicatorId, body, status, code, field) => {
    const head = await t.headPosition();

    const res = await report(indicatorId, body);

    expectProblem(res, status, code, field);
    expect(await t.headPosition()).toBe(head);
  });

  it('given a numeric indicator, when its target is revised, then the revision records the previous and the new target', async () => {
    const res = await revise(indicatorIds.satisfaction, { target: '92.5', targetText: '≥92.5%' });

    expectStatus(res, 201);
    expect((await eventsOf(indicatorIds.satisfaction)).at(-1)).toEqual({
      type: 'IndicatorTargetRevised.v1',
      data: { indicatorId: indicatorIds.satisfaction, previousTarget: '90', target: '92.5', targetText: '≥92.5%', reason: '潼人社发〔2023〕30号 调整' },
    });
    // a second revision starts from the first one
    expectStatus(await revise(indicatorIds.satisfaction, { target: '95' }), 201);
    expect((await eventsOf(indicatorIds.satisfaction)).at(-1)).toMatchObject({ data: { previousTarget: '92.5', target: '95', targetText: '95' } });
  });

  it.each([
    ['an unknown indicator', 'P77-01', { target: '1' }, '2023', 404, 'INDICATOR_NOT_FOUND', 'indicatorId'],
    ['a qualitative indicator', indicatorIds.stability, { target: '1' }, '2023', 422, 'QUALITATIVE_HAS_NO_TARGET', 'target'],
    ['a non-numeric target', indicatorIds.subsidised, { target: '一百' }, '2023', 422, 'INVALID_INDICATOR_VALUE', 'target'],
    ['a fiscal year that is not a year', indicatorIds.subsidised, { target: '1' }, '23', 422, 'INVALID_FISCAL_YEAR', 'fiscalYear'],
    ['a year with no such indicator', indicatorIds.subsidised, { target: '1' }, '2022', 404, 'INDICATOR_NOT_FOUND', 'indicatorId'],
  ])('given %s, when a target revision is posted, then it is refused and nothing is recorded', async (_, indicatorId, body, year, status, code, field) => {
    const head = await t.headPosition();

    const res = await revise(indicatorId, body, year);

    expectProblem(res, status, code, field);
    expect(await t.headPosition()).toBe(head);
  });

  it('given the next year\'s budget reusing the same indicator ids, when both years are reported, then each year reads its own reports and targets', async () => {
    await t.importBudget(budgetDocument(2024));
    expectStatus(await report(indicatorIds.subsidised, { asOf: '2024-03-31', value: '7' }, '2024'), 201);
    const res = await t.http.post(`/api/v1/indicators/2024/${indicatorIds.subsidised}/target-revisions`)
      .send({ target: '120', reason: '2024 调整', effectiveDate: '2024-04-01' });
    expectStatus(res, 201);

    const [y2023, y2024] = await Promise.all(['2023', '2024'].map((year) =>
      t.http.get(`/api/v1/indicators?fiscalYear=${year}&asOf=${year}-12-31&minPosition=${res.body.position}`)));

    const of = (r: typeof y2023) => r.body.indicators.find((i: { indicatorId: string }) => i.indicatorId === indicatorIds.subsidised);
    expect(of(y2024)).toMatchObject({ target: '120', actual: '7.00' });
    expect(of(y2024).history).toHaveLength(1);
    expect(of(y2023).target).not.toBe('120');
    expect(of(y2023).history.every((h: { asOf: string }) => h.asOf.startsWith('2023'))).toBe(true);
  });
});
