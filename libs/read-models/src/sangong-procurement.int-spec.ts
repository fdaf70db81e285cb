import type { DomainEvent, ProcurementEvent, SanGongEvent } from '@app/domain';
import { procurementStreamId, sanGongStreamId } from '@app/domain';
import { Projector } from './projector';
import { procurementExecution } from './queries/procurement';
import { sanGongExecution } from './queries/sangong';
import { DIALECTS, openTestBed, toNewEvent, type TestBed } from './testing/harness';

const SG = sanGongStreamId('426', 2023);
const PR = procurementStreamId('426', 2023);

const budgetSet: SanGongEvent = {
  type: 'SanGongBudgetSet.v1', effectiveDate: '2023-01-01',
  data: {
    importId: 'i-1', department: '426', fiscalYear: 2023,
    caps: { abroad: '0.00', vehicle_purchase: '0.00', vehicle_operation: '110000.00', reception: '120000.00' },
    unitCaps: [{ unit: '426001', caps: { reception: '100000.00' } }],
    priorYear: { fiscalYear: 2022, total: '323000.00', caps: { abroad: '0.00', vehicle_purchase: '0.00', vehicle_operation: '120000.00', reception: '203000.00' } },
    agencyOperatingExpenses: { amount: '4300600.00', priorYear: '5076900.00', functional: ['2080101'] },
  },
};
const use = (type: 'SanGongSpent.v1' | 'SanGongReleased.v1', id: string, unit: string, category: 'reception' | 'vehicle_operation', amount: string, date: string): SanGongEvent =>
  ({ type, effectiveDate: date, data: { disbursementId: id, lineId: `${unit}-2023-X`, unit, category, amount } });
const revised: SanGongEvent = {
  type: 'SanGongCapRevised.v1', effectiveDate: '2023-07-01',
  data: { department: '426', fiscalYear: 2023, category: 'reception', unit: null, previous: '120000.00', cap: '150000.00', reason: '追加', documentNo: null },
};
const procurementSet: ProcurementEvent = {
  type: 'ProcurementBudgetSet.v1', effectiveDate: '2023-01-01',
  data: {
    importId: 'i-1', department: '426', fiscalYear: 2023, policy: 'warn', items: [{
      itemId: 'P16-A01', lineId: '426003-2023-P16', unit: '426003', project: 'P16', projectName: '标准化基地', category: 'goods', name: '电子显示屏',
      amount: '177600.00', fundingSources: { 一般公共预算拨款: '177600.00' }, wholeLine: false,
    }],
  },
};
const draw = (id: string, itemId: string | null, amount: string, date: string, lineId = '426003-2023-P16'): ProcurementEvent =>
  ({ type: 'ProcurementDrawn.v1', effectiveDate: date, data: { disbursementId: id, lineId, unit: '426003', itemId, category: itemId ? 'goods' : 'services', amount } });

/** 三公 and 政府采购 read models: events in, figures as of dates out, on both dialects. */
describe.each(DIALECTS)('三公经费 and 政府采购 read models (%s)', (dialect) => {
  let bed: TestBed;
  let projector: Projector;
  beforeAll(async () => { bed = await openTestBed(dialect); });
  afterAll(async () => { await bed.close(); });
  beforeEach(async () => {
    await bed.reset();
    projector = new Projector(bed.store, bed.rm, { batchSize: 3 });
  });
  const given = async (stream: string, ...events: DomainEvent[]) => {
    await bed.store.append(stream, events.map((e) => toNewEvent(e)), 'any');
    await projector.catchUp();
  };

  it('given caps, payments on several units, a reversal and a revision, then each category\'s cap, used and payments follow the date', async () => {
    await given(SG, budgetSet, use('SanGongSpent.v1', 'd1', '426001', 'reception', '60000.00', '2023-03-10'),
      use('SanGongSpent.v1', 'd2', '426003', 'reception', '59999.99', '2023-05-10'), use('SanGongSpent.v1', 'd3', '426001', 'vehicle_operation', '1000.00', '2023-05-11'));
    await given(SG, use('SanGongReleased.v1', 'd1', '426001', 'reception', '10000.00', '2023-06-01'), revised);

    const at = (asOf: string, units?: string[]) => sanGongExecution(bed.rm.db, { fiscalYear: 2023, asOf, ...(units ? { units } : {}) });
    const march = await at('2023-03-31');
    expect(march.rows.map((r) => [r.category, r.cap, r.used])).toEqual([
      ['abroad', '0.00', '0.00'], ['vehicle_purchase', '0.00', '0.00'], ['vehicle_operation', '110000.00', '0.00'], ['reception', '120000.00', '60000.00'],
    ]);
    const june = await at('2023-06-30');
    expect(june.rows[3]).toEqual({ category: 'reception', cap: '120000.00', used: '109999.99', spent: '119999.99', released: '10000.00', payments: 2 });
    expect((await at('2023-07-01')).rows[3].cap).toBe('150000.00');
    expect(june.byUnit.map((u) => [u.unit, u.rows[3].cap, u.rows[3].used])).toEqual([['426001', '100000.00', '50000.00'], ['426003', null, '59999.99']]);
    // a unit-scoped read: its own cap where it has one, else none; several units: a cap only if all have one
    expect((await at('2023-12-31', ['426001'])).rows[3]).toMatchObject({ cap: '100000.00', used: '50000.00' });
    expect((await at('2023-12-31', ['426001', '426003'])).rows[3]).toMatchObject({ cap: null, used: '109999.99' });
    expect(june.budget).toEqual({
      department: '426', priorYear: 2022, priorTotal: '323000.00',
      priorCaps: { abroad: '0.00', vehicle_purchase: '0.00', vehicle_operation: '120000.00', reception: '203000.00' },
      agencyOperating: { amount: '4300600.00', priorYear: '5076900.00', functional: ['2080101'] },
    });
  });

  it('given no 表四 for the year, then every category is there with no cap and nothing used', async () => {
    const none = await sanGongExecution(bed.rm.db, { fiscalYear: 2023, asOf: '2023-12-31' });
    expect(none.rows.map((r) => [r.category, r.cap, r.used])).toEqual([
      ['abroad', null, '0.00'], ['vehicle_purchase', null, '0.00'], ['vehicle_operation', null, '0.00'], ['reception', null, '0.00'],
    ]);
    expect(none.budget).toBeNull();
  });

  it('given a procurement budget and payments (one unbudgeted, warned), then each item\'s execution follows the date', async () => {
    await given(PR, procurementSet, draw('p1', 'P16-A01', '100000.00', '2023-10-10'), draw('p2', 'P16-A01', '77600.00', '2023-11-10'),
      draw('p3', null, '500.00', '2023-11-11', '426003-2023-P17'));
    await given(PR, { type: 'ProcurementReleased.v1', effectiveDate: '2023-11-20', data: { disbursementId: 'p2', lineId: '426003-2023-P16', unit: '426003', itemId: 'P16-A01', category: 'goods', amount: '600.00' } });
    const at = (asOf: string, units?: string[]) => procurementExecution(bed.rm.db, { fiscalYear: 2023, asOf, ...(units ? { units } : {}) });
    expect((await at('2023-10-31')).items[0]).toMatchObject({ budget: '177600.00', executed: '100000.00', remaining: '77600.00', payments: 1 });
    const year = await at('2023-12-31');
    expect(year.policy).toBe('warn');
    expect(year.items).toEqual([{
      itemId: 'P16-A01', lineId: '426003-2023-P16', unit: '426003', project: 'P16', projectName: '标准化基地', category: 'goods', name: '电子显示屏',
      budget: '177600.00', executed: '177000.00', remaining: '600.00', payments: 2, fundingSources: { 一般公共预算拨款: '177600.00' },
    }]);
    expect(year.unbudgeted).toEqual([{ lineId: '426003-2023-P17', unit: '426003', category: 'services', executed: '500.00', payments: 1 }]);
    expect((await at('2023-12-31', ['426001'])).items).toEqual([]);
  });
});
