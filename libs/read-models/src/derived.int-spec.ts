import type { DisbursementRecorded, DomainEvent } from '@app/domain';
import {
  CASE, FUND, LINE, advancePaid, advanceRecovered, disbursed, established, fundEstablished, reversed,
} from '@app/domain/testing/appropriation-fixtures';
import { caseReported, caseResolved } from '@app/domain/testing/wage-arrears-fixtures';
import { Projector } from './projector';
import { beneficiariesByCategory } from './queries/beneficiaries';
import { fundPosition } from './queries/fund';
import { indicatorsView } from './queries/indicators';
import { wageArrearsMetrics } from './queries/wage-arrears';
import { budgetDocument, indicatorDefined, progressReported, targetRevised } from './testing/fixtures';
import { appendAll, DIALECTS, openTestBed, type TestBed } from './testing/harness';

const subsidy = (id: string, amount: string, category: string, people: number, date: string): DisbursementRecorded => {
  const base = disbursed(id, amount, LINE, date);
  return { ...base, data: { ...base.data, subsidyCategory: category, beneficiaries: people } };
};

/** Derived metrics (欠薪处置率, 周转金, 受益人数) and indicators, given events, as of dates, on both dialects. */
describe.each(DIALECTS)('derived read models (%s)', (dialect) => {
  let bed: TestBed;
  let projector: Projector;
  beforeAll(async () => { bed = await openTestBed(dialect); });
  afterAll(async () => { await bed.close(); });
  beforeEach(async () => {
    await bed.reset();
    projector = new Projector(bed.store, bed.rm, { batchSize: 2 });
  });
  const given = async (...events: DomainEvent[]) => { await appendAll(bed.store, events); await projector.catchUp(); };

  it('given cases reported and resolved, then 欠薪处置率 inputs count by date, department-wide and by unit', async () => {
    const other = caseReported('2023-08-01', 'c3');
    await given(budgetDocument(), caseReported('2023-05-10'), caseResolved('2023-07-20'),
      { ...caseReported('2023-06-01', 'c2'), data: { ...caseReported().data, caseId: 'c2', amountOwed: '50000.50' } },
      { ...other, data: { ...other.data, unit: '426001', amountOwed: '1000.00', workersAffected: 3 } },
      { ...caseResolved('2023-08-15', 'c3'), data: { caseId: 'c3', unit: '426001', resolution: 'fund_advance', amountSettled: '1000.00', note: null } });
    const at = (asOf: string, unit?: string) => wageArrearsMetrics(bed.rm.db, { fiscalYear: 2023, asOf, unit });
    expect((await at('2023-06-30')).department).toMatchObject({ reported: 2, resolved: 0, open: 2, reportedAmount: '236000.50', resolvedAmount: '0.00' });
    expect((await at('2023-07-31')).department).toMatchObject({ reported: 2, resolved: 1, resolvedAmount: '186000.00' });
    const year = await at('2023-12-31');
    expect(year.department).toMatchObject({ reported: 3, resolved: 2, reportedAmount: '237000.50', resolvedAmount: '187000.00', settledAmount: '1000.00', workersAffected: 27 });
    expect(year.byUnit.map((u) => [u.unit, u.name, u.reported, u.resolved])).toEqual([['426001', '本级', 1, 1], ['426006', '执法支队', 2, 1]]);
    expect((await at('2023-12-31', '426006')).department).toMatchObject({ reported: 2, resolved: 1 });
    expect((await wageArrearsMetrics(bed.rm.db, { fiscalYear: 2022, asOf: '2023-12-31' })).department.reported).toBe(0);
  });

  it('given advances and recoveries, then the revolving fund position and overdue recoveries follow the date (FIFO per case)', async () => {
    await given(fundEstablished(), caseReported('2023-03-01'), advancePaid('a1', '120000.00', CASE, '2023-03-10'));
    await given(advancePaid('a2', '30000.00', CASE, '2023-04-01'), advanceRecovered('r1', '130000.00', CASE, '2023-05-20'));
    const april = await fundPosition(bed.rm.db, { lineId: FUND, asOf: '2023-04-30', overdueDays: 30 });
    expect(april).toMatchObject({ appropriated: '5000000.00', advanced: '150000.00', recovered: '0.00', outstanding: '150000.00', available: '4850000.00', overdueAmount: '120000.00' });
    expect(april.overdue).toEqual([{ advanceId: 'a1', caseId: CASE, lineId: FUND, date: '2023-03-10', amount: '120000.00', outstanding: '120000.00', daysOutstanding: 51 }]);
    const june = await fundPosition(bed.rm.db, { fiscalYear: 2023, asOf: '2023-06-30', overdueDays: 30 });
    expect(june).toMatchObject({ lineIds: [FUND], recovered: '130000.00', outstanding: '20000.00', available: '4980000.00', overdueAmount: '20000.00' });
    expect(june.overdue.map((o) => [o.advanceId, o.outstanding, o.daysOutstanding])).toEqual([['a2', '20000.00', 90]]);
  });

  it('given subsidy payments and reversals, then beneficiaries by category drop people only on a full reversal', async () => {
    await given(established(), subsidy('s1', '5580.00', '公益性岗位补贴', 31, '2023-01-31'), subsidy('s2', '1200.00', '社会保险补贴', 12, '2023-02-10'),
      subsidy('s3', '900.00', '公益性岗位补贴', 5, '2023-02-28'), reversed('s3', '900.00', LINE, '2023-03-05'));
    await given(reversed('s1', '80.00', LINE, '2023-03-10'), disbursed('plain', '10.00', LINE, '2023-03-11'), reversed('plain', '10.00', LINE, '2023-03-12'));
    const at = (asOf: string) => beneficiariesByCategory(bed.rm.db, { fiscalYear: 2023, asOf });
    expect(await at('2023-02-28')).toEqual([
      { category: '公益性岗位补贴', people: 36, payments: 2, disbursed: '6480.00', reversed: '0.00', netDisbursed: '6480.00' },
      { category: '社会保险补贴', people: 12, payments: 1, disbursed: '1200.00', reversed: '0.00', netDisbursed: '1200.00' },
    ]);
    expect((await at('2023-03-31'))[0]).toEqual({ category: '公益性岗位补贴', people: 31, payments: 2, disbursed: '6480.00', reversed: '980.00', netDisbursed: '5500.00' });
    expect(await beneficiariesByCategory(bed.rm.db, { fiscalYear: 2023, asOf: '2023-12-31', unit: '426001' })).toEqual([]);
  });

  it('given indicator definitions, a target revision and reports, then the view shows the target in force and the latest report as of the date', async () => {
    const disposal = { scope: 'department', project: null, unit: null, name: '欠薪处置率', comparator: 'eq', kind: 'level', metric: 'wage_arrears_disposal_rate' } as const;
    await given(indicatorDefined('I1'), indicatorDefined('D1', disposal),
      progressReported('I1', '2023-03-31', '20'), targetRevised('I1', '120', '2023-07-01', '100'));
    await given(progressReported('I1', '2023-06-30', '45', '项目启动晚'), progressReported('I1', '2023-09-30', '80'));
    const at = async (asOf: string) => (await indicatorsView(bed.rm.db, { fiscalYear: 2023, asOf })).find((i) => i.indicatorId === 'I1')!;
    expect(await at('2023-06-30')).toMatchObject({
      target: '100', definedTarget: '100', latest: expect.objectContaining({ asOf: '2023-06-30', value: '45', deviationReason: '项目启动晚', actor: 'test' }),
    });
    expect((await at('2023-06-30')).history.map((h) => h.value)).toEqual(['20', '45']);
    expect(await at('2023-07-15')).toMatchObject({ target: '120', latest: expect.objectContaining({ value: '45' }) });
    expect((await at('2023-12-31')).history.map((h) => h.asOf)).toEqual(['2023-03-31', '2023-06-30', '2023-09-30']);
    expect((await at('2023-03-30')).latest).toBeNull();
    expect((await indicatorsView(bed.rm.db, { fiscalYear: 2023, asOf: '2023-12-31', project: 'P01' })).map((i) => i.indicatorId)).toEqual(['I1']);
    expect((await indicatorsView(bed.rm.db, { fiscalYear: 2023, asOf: '2023-12-31' })).map((i) => [i.indicatorId, i.metric])).toEqual([['I1', null], ['D1', 'wage_arrears_disposal_rate']]);
  });
});
