import type { SanGongOverview } from '../../sangong/get-sangong-overview/sangong-overview';
import type { ProcurementView } from '../../procurement/get-procurement/procurement-view';
import { ExportContext } from '../export-context';
import { table9Sheet } from '../procurement/table9.layout';
import { Cell, Sheet } from '../sheet/sheet';
import { table4Sheet } from './table4.layout';

const ctx: ExportContext = {
  fiscalYear: 2023, asOf: '2023-06-30', basis: 'month', timeProgress: '50.00', amountUnit: '万元',
  department: { code: '426', name: '重庆市潼南区人力资源和社会保障局' }, units: 'all', generatedAt: '2023-07-01 09:00:00', generatedBy: 'caiwu',
};
const values = (s: Sheet, i: number) => s.rows[i].cells.map((c: Cell) => (c === null ? null : c.t === 'light' ? c.text : c.v));
const r = (category: string, cap: string | null, used: string) => ({ category, name: category, cap, used, remaining: cap === null ? null : (Number(cap) - Number(used)).toFixed(2) });

describe('表四 layout', () => {
  const overview: SanGongOverview = {
    fiscalYear: 2023, asOf: '2023-06-30', department: '426',
    rows: [r('abroad', '0.00', '0.00'), r('vehicle_purchase', '0.00', '0.00'), r('vehicle_operation', '110000.00', '20000.00'), r('reception', '120000.00', '35000.00')],
    departmentRows: [],
    units: [{ unit: '426001', name: '本级', rows: [r('abroad', null, '0.00'), r('vehicle_purchase', null, '0.00'), r('vehicle_operation', null, '20000.00'), r('reception', null, '30000.00')] }],
    priorYear: { fiscalYear: 2022, total: '323000.00', rows: [
      { category: 'abroad', name: '', amount: '0.00' }, { category: 'vehicle_purchase', name: '', amount: '0.00' },
      { category: 'vehicle_operation', name: '', amount: '120000.00' }, { category: 'reception', name: '', amount: '203000.00' }] },
    agencyOperating: { amount: '4300600.00', priorYear: '5076900.00', functional: ['2080101'], appropriated: '4300600.00', executed: '50000.00', remaining: '4250600.00' },
  };

  it('lays the department out as 表四 prints it, then its execution and balance in the same six columns, units with no caps of their own left blank, 机关运行经费 last', () => {
    const sheet = table4Sheet(ctx, { code: '426', name: '区人力社保局' }, overview);
    expect(sheet.header.map((h) => h.length)).toEqual([27, 27, 27]);
    expect(values(sheet, 0)).toEqual(['426', '区人力社保局', '32.30', '0.00', '12.00', '0.00', '12.00', '20.30', '23.00', '0.00', '11.00', '0.00', '11.00', '12.00',
      '5.50', '0.00', '2.00', '0.00', '2.00', '3.50', '17.50', '0.00', '9.00', '0.00', '9.00', '8.50', '23.91']);
    expect(values(sheet, 1).slice(0, 14)).toEqual(['426001', '本级', null, null, null, null, null, null, null, null, null, null, null, null]);
    expect(values(sheet, 1).slice(14, 20)).toEqual(['5.00', '0.00', '2.00', '0.00', '2.00', '3.00']);
    expect(values(sheet, 2).filter((v) => v !== null)).toEqual(['机关运行经费', '507.69', '430.06', '5.00', '425.06', '1.16']);
  });
});

describe('表九 layout', () => {
  const view: ProcurementView = {
    fiscalYear: 2023, asOf: '2023-12-31', policy: 'warn',
    total: { budget: '177600.00', executed: '100500.00', remaining: '77100.00' },
    byCategory: [
      { category: 'goods', letter: 'A', name: '货物', budget: '177600.00', executed: '100000.00', remaining: '77600.00' },
      { category: 'works', letter: 'B', name: '工程', budget: '0.00', executed: '0.00', remaining: '0.00' },
      { category: 'services', letter: 'C', name: '服务', budget: '0.00', executed: '500.00', remaining: '-500.00' },
    ],
    items: [{
      itemId: 'P16-A01', lineId: '426003-2023-P16', unit: '426003', unitName: '社保中心', project: 'P16', projectName: '标准化基地', category: 'goods', categoryName: '货物',
      name: '电子显示屏', budget: '177600.00', executed: '100000.00', remaining: '77600.00', payments: 1, fundingSources: { 一般公共预算拨款: '177600.00' },
    }],
    unbudgeted: [{ lineId: '426003-2023-P17', unit: '426003', category: 'services', executed: '500.00', payments: 1 }],
  };

  it('prints 合计, the 品目 with a budget or payments and their items, funding sources as printed (empty where nothing), and unbudgeted procurement', () => {
    const sheet = table9Sheet(ctx, view);
    expect(sheet.header[1].slice(2, 5)).toEqual(['总计', '上年结转结余资金', '一般公共预算拨款收入']);
    expect(values(sheet, 0)).toEqual(['合计', null, '17.76', null, '17.76', null, null, null, null, null, null, null, null, '10.05', '7.71', '56.59']);
    expect(sheet.rows.map((row) => (row.cells[0] as { v: string } | null)?.v)).toEqual(['合计', 'A', 'P16', 'C', '426003-2023-P17']);
    expect(values(sheet, 2).slice(0, 5)).toEqual(['P16', '标准化基地·电子显示屏', '17.76', null, '17.76']);
    expect(values(sheet, 4)).toContain('0.05');
  });
});
