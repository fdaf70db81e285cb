import type { DomainEvent } from '@app/domain';
import {
  LINE, OTHER_LINE, decreased, disbursed, established, increased, reversed, transferredIn, transferredOut,
} from '@app/domain/testing/appropriation-fixtures';
import { Projector } from './projector';
import { executionCurve } from './queries/curve';
import { executionTotals, type ExecutionQuery } from './queries/execution';
import { budgetDocument } from './testing/fixtures';
import { appendAll, DIALECTS, openTestBed, type TestBed } from './testing/harness';

/** given(events) → when(query as of a date) → then(rows), on both dialects. */
describe.each(DIALECTS)('execution read model (%s)', (dialect) => {
  let bed: TestBed;
  let projector: Projector;
  beforeAll(async () => { bed = await openTestBed(dialect); });
  afterAll(async () => { await bed.close(); });
  beforeEach(async () => {
    await bed.reset();
    projector = new Projector(bed.store, bed.rm, { batchSize: 3 }); // small batches: deltas must merge across them
  });

  const given = async (...events: DomainEvent[]) => { await appendAll(bed.store, events); await projector.catchUp(); };
  const totals = (asOf: string, groupBy: ExecutionQuery['groupBy'] = 'line', more: Partial<ExecutionQuery> = {}) =>
    executionTotals(bed.rm.db, { asOf, groupBy, ...more, filters: { fiscalYear: 2023, ...more.filters } });
  const line = async (asOf: string, lineId = LINE) => (await totals(asOf)).find((r) => r.key === lineId);

  it('given a line and two payments on one day, then the line row carries exact sums in 元', async () => {
    await given(established(), disbursed('d1', '100.10', LINE, '2023-03-01'), disbursed('d2', '0.20', LINE, '2023-03-01'));
    expect(await line('2023-12-31')).toMatchObject({
      initial: '1000.00', appropriated: '1000.00', disbursed: '100.30', reversed: '0.00', netDisbursed: '100.30',
      balance: '899.70', disbursementCount: 2, lines: 1,
    });
    const rows = await bed.rm.db.selectFrom('movements').select(['date', 'disbursed']).orderBy('date').execute();
    expect(rows.map((r) => [r.date, String(r.disbursed)])).toEqual([['2023-01-01', '0'], ['2023-03-01', '10030']]);
  });

  it('given a back-dated payment recorded after a later one, when asked as of a date, then it counts at its effective date', async () => {
    await given(established(), disbursed('d1', '200.00', LINE, '2023-06-15'));
    await given(disbursed('d2', '50.00', LINE, '2023-02-10'));
    expect((await line('2023-01-31'))?.disbursed).toBe('0.00');
    expect((await line('2023-03-31'))?.disbursed).toBe('50.00');
    expect((await line('2023-06-14'))?.disbursed).toBe('50.00');
    expect((await line('2023-06-15'))?.disbursed).toBe('250.00');
  });

  it('given a payment and its reversal (冲销), then net figures are restored exactly from the reversal date on', async () => {
    await given(established());
    const before = await line('2023-12-31');
    await given(disbursed('d1', '333.33', LINE, '2023-04-01'), reversed('d1', '333.33', LINE, '2023-04-20'));
    expect(await line('2023-04-10')).toMatchObject({ netDisbursed: '333.33', balance: '666.67' });
    const after = await line('2023-12-31');
    expect(after).toMatchObject({ disbursed: '333.33', reversed: '333.33', netDisbursed: '0.00' });
    expect({ ...after, disbursed: before?.disbursed, reversed: before?.reversed, disbursementCount: 0 }).toEqual(before);
  });

  it('given a transfer (调剂), then appropriation moves between lines and their total stays', async () => {
    await given(established(), established({ lineId: OTHER_LINE, project: 'P02', amount: '500.00' }),
      transferredOut('t1', '300.00'), transferredIn('t1', '300.00'));
    expect((await line('2023-06-14'))?.appropriated).toBe('1000.00');
    expect(await line('2023-06-15')).toMatchObject({ appropriated: '700.00', transferredOut: '300.00', balance: '700.00' });
    expect(await line('2023-06-15', OTHER_LINE)).toMatchObject({ appropriated: '800.00', transferredIn: '300.00' });
    expect((await totals('2023-12-31', 'unit'))[0]).toMatchObject({ key: '426002', appropriated: '1500.00', lines: 2 });
  });

  it('given 追加 and 调减, then the current appropriation follows them by date', async () => {
    await given(established(), increased('250.50', LINE, '2023-05-01'), decreased('100.00', LINE, '2023-09-01'));
    expect(await line('2023-05-01')).toMatchObject({ increased: '250.50', appropriated: '1250.50' });
    expect(await line('2023-12-31')).toMatchObject({ increased: '250.50', decreased: '100.00', appropriated: '1150.50', initial: '1000.00' });
  });

  it('given a line established mid-year, when asked before that date, then it is not there yet', async () => {
    await given(established(), established({ lineId: OTHER_LINE, amount: '10.00' }, '2023-07-01'));
    expect((await totals('2023-06-30')).map((r) => r.key)).toEqual([LINE]);
    expect((await totals('2023-07-01')).map((r) => r.key)).toEqual([LINE, OTHER_LINE]);
  });

  it('given the budget document, then rollups carry codes and names at each level, and filters drill down', async () => {
    await given(budgetDocument(), established(),
      established({ lineId: 'B1', type: 'basic', project: null, projectName: null, basicKind: 'personnel',
        unit: '426001', functional: '2080101', economic: '30101', amount: '2000.00' }),
      established({ lineId: 'B2', type: 'basic', project: null, projectName: null, basicKind: 'operating',
        unit: '426001', functional: '2101101', economic: '30201', amount: '300.00', fundingSource: '政府性基金预算' }),
      disbursed('d1', '500.00', 'B1', '2023-02-01'));
    const pick = (rows: { key: string; name: string; appropriated: string }[]) => rows.map((r) => [r.key, r.name, r.appropriated]);
    expect(pick(await totals('2023-12-31', 'functional'))).toEqual([['208', '社会保障和就业支出', '3000.00'], ['210', '卫生健康支出', '300.00']]);
    expect(pick(await totals('2023-12-31', 'functional', { level: 2 }))).toEqual([['20801', '人力资源和社会保障管理事务', '2000.00'], ['20807', '就业补助', '1000.00'], ['21011', '行政事业单位医疗', '300.00']]);
    expect(pick(await totals('2023-12-31', 'economic'))).toEqual([['', '未列经济分类', '1000.00'], ['301', '工资福利支出', '2000.00'], ['302', '商品和服务支出', '300.00']]);
    expect(pick(await totals('2023-12-31', 'type'))).toEqual([['basic', '基本支出', '2300.00'], ['project', '项目支出', '1000.00']]);
    expect(pick(await totals('2023-12-31', 'project'))).toEqual([['P01', '就业补助资金', '1000.00'], ['basic', '基本支出', '2300.00']]);
    expect(pick(await totals('2023-12-31', 'source'))).toEqual([['一般公共预算拨款', '一般公共预算拨款', '3000.00'], ['政府性基金预算', '政府性基金预算', '300.00']]);
    expect(pick(await totals('2023-12-31', 'department'))).toEqual([['426', '重庆市潼南区人力资源和社会保障局', '3300.00']]);
    expect(pick(await totals('2023-12-31', 'line', { filters: { fiscalYear: 2023, type: 'basic', functional: '208' } }))).toEqual([['B1', '行政运行 · 基本工资', '2000.00']]);
    expect(await totals('2023-12-31', 'unit', { filters: { fiscalYear: 2023, unit: '426001', economic: '301' } }))
      .toEqual([expect.objectContaining({ key: '426001', name: '本级', netDisbursed: '500.00', balance: '1500.00' })]);
    await expect(totals('2023-12-31', 'economic', { level: 3 })).rejects.toThrow(RangeError);
  });

  it('given payments through the year, then the execution curve is cumulative per month end up to asOf', async () => {
    await given(established(), increased('200.00', LINE, '2023-02-15'), disbursed('d1', '100.00', LINE, '2023-01-20'),
      disbursed('d2', '50.00', LINE, '2023-03-31'), reversed('d1', '10.00', LINE, '2023-04-02'));
    const curve = await executionCurve(bed.rm.db, { fiscalYear: 2023, asOf: '2023-04-15', filters: { unit: '426002' } });
    expect(curve.map((p) => [p.month, p.through, p.appropriated, p.netDisbursed])).toEqual([
      ['2023-01', '2023-01-31', '1000.00', '100.00'], ['2023-02', '2023-02-28', '1200.00', '100.00'],
      ['2023-03', '2023-03-31', '1200.00', '150.00'], ['2023-04', '2023-04-15', '1200.00', '140.00'],
    ]);
  });
});
