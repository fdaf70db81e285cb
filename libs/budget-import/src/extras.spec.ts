import { BudgetImportRejected } from './issues';
import { planBudgetImport } from './plan';

/** A small valid document in 万元 with 表四 and 表九: 本级 with a 302 line (机关运行经费) and a project with 货物 procurement. */
function document(extras: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}) {
  return {
    format: 'budget-import/v1', kind: 'initial', fiscalYear: 2023, amountUnit: '万元',
    department: { code: '426', name: '区人力社保局' }, source: { title: '2023 部门预算' },
    units: [{ code: '426001', name: '本级' }, { code: '426003', name: '社保中心' }],
    functionalClassifications: [
      { code: '208', name: '社会保障和就业支出' }, { code: '20801', name: '人力资源和社会保障管理事务' }, { code: '2080101', name: '行政运行' },
      { code: '2080109', name: '社会保险经办机构' },
    ],
    economicClassifications: [{ code: '302', name: '商品和服务支出' }, { code: '30217', name: '公务接待费' }],
    projects: [{ code: 'P16', unit: '426003', name: '社会保险公共服务标准化基地', category: '年初特定目标', total: '40.00' }],
    lines: [
      { id: '426001-2023-B-2080101-30217', unit: '426001', type: 'basic', basicKind: 'operating', functional: '2080101', economic: '30217', amount: '9.40' },
      { id: '426003-2023-P16', unit: '426003', type: 'project', project: 'P16', functional: '2080109', amount: '40.00' },
    ],
    sanGong: {
      caps: { abroad: '0', vehicle_purchase: '0', vehicle_operation: '11.00', reception: '12.00' }, total: '23.00',
      units: [{ unit: '426001', caps: { reception: '10.00' } }],
      priorYear: { fiscalYear: 2022, total: '32.30', caps: { abroad: '0', vehicle_purchase: '0', vehicle_operation: '12.00', reception: '20.30' } },
    },
    agencyOperatingExpenses: { amount: '9.40', priorYear: '10.00', functional: ['2080101'] },
    procurement: {
      total: '17.76', byCategory: { goods: '17.76', works: '0', services: '0' }, bySource: { 一般公共预算拨款: '17.76' },
      items: [{ id: 'P16-A', line: '426003-2023-P16', category: 'goods', name: '电子显示屏', amount: '17.76', fundingSources: { 一般公共预算拨款: '17.76' } }],
    },
    ...extras,
    ...overrides,
  };
}

function issuesOf(raw: unknown) {
  try { planBudgetImport(raw); } catch (e) { if (e instanceof BudgetImportRejected) return e.issues.map((i) => [i.path, i.code]); throw e; }
  throw new Error('expected the document to be rejected');
}

describe('budget import: 表四 (三公经费, 机关运行经费) and 表九 (政府采购预算)', () => {
  it('given them, converts every figure to 元 exactly for the streams to record', () => {
    const plan = planBudgetImport(document());
    expect(plan.sanGong).toEqual({
      importId: plan.importId, department: '426', fiscalYear: 2023,
      caps: { abroad: '0.00', vehicle_purchase: '0.00', vehicle_operation: '110000.00', reception: '120000.00' },
      unitCaps: [{ unit: '426001', caps: { reception: '100000.00' } }],
      priorYear: { fiscalYear: 2022, total: '323000.00', caps: { abroad: '0.00', vehicle_purchase: '0.00', vehicle_operation: '120000.00', reception: '203000.00' } },
      agencyOperatingExpenses: { amount: '94000.00', priorYear: '100000.00', functional: ['2080101'] },
    });
    expect(plan.procurement).toEqual({
      importId: plan.importId, department: '426', fiscalYear: 2023, policy: 'block',
      items: [{
        itemId: 'P16-A', lineId: '426003-2023-P16', unit: '426003', project: 'P16', projectName: '社会保险公共服务标准化基地', category: 'goods',
        name: '电子显示屏', amount: '177600.00', fundingSources: { 一般公共预算拨款: '177600.00' }, wholeLine: false,
      }],
    });
  });

  it('given none of them, plans as before (backward compatible), with the same content id', () => {
    const bare = document({}, { sanGong: undefined, agencyOperatingExpenses: undefined, procurement: undefined });
    const plan = planBudgetImport(bare);
    expect(plan.sanGong).toBeNull();
    expect(plan.procurement).toBeNull();
    const { sanGong: _s, agencyOperatingExpenses: _a, procurement: _p, ...without } = bare;
    expect(planBudgetImport(without).importId).toBe(plan.importId);
  });

  it.each([
    ['a 三公 total that the caps do not reproduce', { sanGong: { ...document().sanGong, total: '23.01' } }, 'sanGong.total', 'SANGONG_TOTAL_MISMATCH'],
    ['a negative cap', { sanGong: { ...document().sanGong, caps: { abroad: '-1', vehicle_purchase: '0', vehicle_operation: '11', reception: '12' } } }, 'sanGong.caps.abroad', 'INVALID_FIELD'],
    ['an unknown category', { sanGong: { ...document().sanGong, caps: { ...document().sanGong.caps, banquets: '1' } } }, 'sanGong.caps', 'INVALID_FIELD'],
    ['a unit that is not listed', { sanGong: { ...document().sanGong, units: [{ unit: '426009', caps: { reception: '1' } }] } }, 'sanGong.units[0].unit', 'UNKNOWN_UNIT'],
    ['a unit cap above the department\'s', { sanGong: { ...document().sanGong, units: [{ unit: '426001', caps: { reception: '12.01' } }] } }, 'sanGong.units[0].caps.reception', 'SANGONG_UNIT_CAP_ABOVE_DEPARTMENT'],
    ['a prior year whose figures do not add up', { sanGong: { ...document().sanGong, priorYear: { ...document().sanGong.priorYear, total: '32.80' } } }, 'sanGong.priorYear.total', 'SANGONG_TOTAL_MISMATCH'],
    ['机关运行经费 the operating lines do not reproduce', { agencyOperatingExpenses: { amount: '9.41', functional: ['2080101'] } }, 'agencyOperatingExpenses.amount', 'AGENCY_OPERATING_MISMATCH'],
    ['a procurement item on an unknown line', { procurement: { items: [{ ...document().procurement.items[0], line: 'nope' }] } }, 'procurement.items[0].line', 'UNKNOWN_LINE'],
    ['funding sources that do not add to the item', { procurement: { items: [{ ...document().procurement.items[0], fundingSources: { 一般公共预算拨款: '17.00' } }] } }, 'procurement.items[0].fundingSources', 'FUNDING_SOURCES_MISMATCH'],
    ['procurement above its line', { procurement: { items: [{ ...document().procurement.items[0], amount: '40.01', fundingSources: { 一般公共预算拨款: '40.01' } }] } }, 'procurement.items[0].amount', 'PROCUREMENT_ABOVE_LINE'],
    ['a 品目 total that the items do not reproduce', { procurement: { ...document().procurement, byCategory: { goods: '17.00' } } }, 'procurement.byCategory.goods', 'CONTROL_TOTAL_MISMATCH'],
    ['an unknown 品目', { procurement: { items: [{ ...document().procurement.items[0], category: 'food' }] } }, 'procurement.items[0].category', 'INVALID_FIELD'],
    ['an unknown funding source', { procurement: { items: [{ ...document().procurement.items[0], fundingSources: { 自筹: '17.76' } }] } }, 'procurement.items[0].fundingSources', 'INVALID_FIELD'],
  ])('refuses %s, naming the path', (_what, extras, path, code) => {
    expect(issuesOf(document(extras))).toContainEqual([path, code]);
  });

  it('refuses them in a supplementary budget', () => {
    expect(issuesOf(document({}, { kind: 'supplementary', effectiveDate: '2023-06-01' }))).toEqual(expect.arrayContaining([
      ['sanGong', 'ONLY_IN_INITIAL_BUDGET'], ['procurement', 'ONLY_IN_INITIAL_BUDGET'], ['agencyOperatingExpenses', 'ONLY_IN_INITIAL_BUDGET'],
    ]));
  });
});
