import { DEFAULT_MONITORING_SETTINGS } from '@app/domain';
import { ExecutionRow } from '@app/read-models';
import { executionColumns } from '@app/read-models';
import { ExportContext, headerBlock } from './export-context';
import { functionalRows, table8Sheet } from './execution-by-functional/table8.layout';
import { table10Sheet } from './projects/table10.layout';
import { Cell, Sheet } from './sheet/sheet';

const ctx: ExportContext = {
  fiscalYear: 2023, asOf: '2023-06-30', basis: 'month', timeProgress: '50.00', amountUnit: '元',
  department: { code: '426', name: '重庆市潼南区人力资源和社会保障局' }, units: 'all',
  generatedAt: '2023-07-01 09:00:00', generatedBy: 'caiwu',
};
const columns = (f: { appropriated: string; netDisbursed: string }) => executionColumns(f, '2023-06-30', 'month', DEFAULT_MONITORING_SETTINGS);
const thresholds = { red: '60', yellow: '80' };

function row(key: string, name: string, appropriated: string, netDisbursed: string): ExecutionRow {
  const z = '0.00';
  return {
    key, name, lines: 1, disbursementCount: 0, initial: appropriated, increased: z, decreased: z, transferredIn: z, transferredOut: z,
    appropriated, disbursed: netDisbursed, reversed: z, netDisbursed, advanced: z, recovered: z, balance: z,
  };
}
const values = (s: Sheet, i: number) => s.rows[i].cells.map((c: Cell) => (c === null ? null : c.t === 'light' ? c.text : c.v));

describe('表八 layout', () => {
  const levels = [
    { all: [row('208', '社会保障和就业支出', '1000.00', '300.00'), row('210', '卫生健康支出', '100.00', '0.00')],
      basic: [row('208', '社会保障和就业支出', '400.00', '100.00'), row('210', '卫生健康支出', '100.00', '0.00')],
      project: [row('208', '社会保障和就业支出', '600.00', '200.00')] },
    { all: [row('20801', '人力资源和社会保障管理事务', '1000.00', '300.00')], basic: [row('20801', '人力资源和社会保障管理事务', '400.00', '100.00')], project: [row('20801', '人力资源和社会保障管理事务', '600.00', '200.00')] },
    { all: [row('2080101', '行政运行', '400.00', '100.00'), row('2080199', '其他', '600.00', '200.00')], basic: [row('2080101', '行政运行', '400.00', '100.00')], project: [row('2080199', '其他', '600.00', '200.00')] },
  ];

  it('given totals per level and type, when merged, then 类 precede their 款 and 项 in code order, with absent parts as null', () => {
    const rows = functionalRows(levels);
    expect(rows.map((r) => r.code)).toEqual(['208', '20801', '2080101', '2080199', '210']);
    expect(rows[4].project).toBeNull();
    expect(rows[2].project).toBeNull();
  });

  it('given the rows, when laid out, then 合计 comes first spanning code and name, and each row carries 总计/基本/项目 for budget, spend and rate', () => {
    const total = { total: row('426', '', '1100.00', '300.00'), basic: row('basic', '', '500.00', '100.00'), project: row('project', '', '600.00', '200.00') };
    const sheet = table8Sheet(ctx, total, functionalRows(levels), columns, thresholds);
    expect(sheet.header[0]).toHaveLength(sheet.columns.length);
    expect(sheet.rows[0]).toMatchObject({ style: 'total', span: 2 });
    // 300 / 1100 = 27.27%; R = 54.55 → red
    expect(values(sheet, 0)).toEqual(['合计', null, '1100.00', '500.00', '600.00', '300.00', '100.00', '200.00', '27.27', '20.00', '33.33', '50.00', '红']);
    expect(values(sheet, 5)).toEqual(['210', '卫生健康支出', '100.00', '100.00', null, '0.00', '0.00', null, '0.00', '0.00', null, '50.00', '红']);
    expect(sheet.rows.slice(1).map((r) => r.indent)).toEqual([0, 1, 2, 2, 0]);
  });

  it('given a zero appropriation, then the rate and light are empty, not a division by zero', () => {
    const sheet = table8Sheet(ctx, { total: row('426', '', '0.00', '0.00'), basic: null, project: null }, [], columns, thresholds);
    expect(values(sheet, 0).slice(8)).toEqual([null, null, null, '50.00', '']);
  });
});

describe('表十 layout', () => {
  it('given projects, when laid out in 万元, then 合计 spans the five identity columns and amounts are rounded from exact 元', () => {
    const p = row('P09', '农民工工资应急周转金', '5000000.00', '3500000.00');
    const sheet = table10Sheet({ ...ctx, amountUnit: '万元' }, p, [{ code: 'P09', name: p.name, unit: '执法支队', category: '年初特定目标·人员性', figures: p }], columns, thresholds);
    expect(sheet.rows[0]).toMatchObject({ style: 'total', span: 5 });
    expect(values(sheet, 1)).toEqual(['1', '执法支队', 'P09', '农民工工资应急周转金', '年初特定目标·人员性', '500.00', '500.00', '350.00', '0.00', '70.00', '50.00', '-20.00', '绿']);
    expect(sheet.notes.some((n) => n.includes('万元'))).toBe(true);
  });
});

describe('header block', () => {
  it('given a unit-scoped caller, then the block names the units and says the table is not the whole department', () => {
    const lines = headerBlock({ ...ctx, units: [{ code: '426002', name: '重庆市潼南区就业和人才中心' }] });
    expect(lines[0]).toContain('426002 重庆市潼南区就业和人才中心（仅含权限范围内的单位，非部门全部）');
    expect(lines).toContain('单位：元');
    expect(lines[3]).toBe('生成时间：2023-07-01 09:00:00（北京时间）　生成人：caiwu');
  });
});
