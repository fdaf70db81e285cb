import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { amountIn, exactNumber } from './amounts';
import { attachment } from './content-disposition';
import { toCsv } from './csv-writer';
import { Sheet, decimal, light, text } from './sheet';
import { writeXlsx } from './xlsx-writer';

const yuan = amountIn('元');
const sheet: Sheet = {
  name: '表八', title: '表八 测试表', info: ['截至 2023-06-30', '单位：元'],
  columns: [{ width: 10 }, { width: 30, names: true }, { width: 16 }, { width: 10 }, { width: 8 }],
  header: [['科目编码', '科目名称', '支出', '执行率(%)', '亮灯']], headerMerges: [],
  rows: [
    { cells: [text('合计'), null, yuan('83865700.10'), decimal('50.00'), light('green')], style: 'total', span: 2 },
    { cells: [text('208'), text('社会保障, "就业"\n支出'), yuan('0.07'), decimal(null), light(null)], indent: 1 },
    { cells: [text('=1+1'), text('-x'), yuan('90071992547409.93'), decimal('-20.00'), light('red')] },
  ],
  notes: ['空白：无预算指标'],
};

async function xlsxOf(s: Sheet): Promise<ExcelJS.Worksheet> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeXlsx(s, out, 'tester');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as never);
  return wb.worksheets[0];
}

describe('sheet writers', () => {
  it('given a sheet, when written as XLSX, then title, header and amounts read back exactly, with number formats and light fills', async () => {
    const ws = await xlsxOf(sheet);
    expect(ws.name).toBe('表八');
    expect(ws.getCell('A1').value).toBe('表八 测试表');
    expect(ws.getCell('A3').value).toBe('单位：元');
    expect(ws.getRow(4).values).toEqual([undefined, '科目编码', '科目名称', '支出', '执行率(%)', '亮灯']);
    expect(ws.getCell('A5').value).toBe('合计');
    expect(ws.getCell('C5').value).toBe(83865700.1);
    expect(ws.getCell('C5').numFmt).toBe('#,##0.00');
    expect(ws.getCell('E5').value).toBe('绿');
    expect((ws.getCell('E5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF95DE64');
    expect(ws.getCell('C6').value).toBe(0.07);
    expect(ws.getCell('D6').value).toBeNull();
    expect(ws.getCell('E6').value).toBeNull();
    expect(ws.getCell('D7').value).toBe(-20);
    expect(ws.getCell('A7').value).toBe('=1+1'); // text, never a formula
    expect(ws.getCell('A9').value).toBe('空白：无预算指标');
  });

  it('given an amount beyond exact double precision, when written as XLSX, then it stays text rather than change', async () => {
    const ws = await xlsxOf(sheet);
    expect(ws.getCell('C7').value).toBe('90071992547409.93');
  });

  it('given a sheet, when written as CSV, then it starts with a BOM, uses CRLF, quotes per RFC 4180, pads records and neutralizes formulas', () => {
    const csv = toCsv(sheet);
    expect(csv.startsWith('\uFEFF表八 测试表,,,,\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = parse(csv.slice(1), { relax_column_count: false }) as string[][];
    expect(records[3]).toEqual(['科目编码', '科目名称', '支出', '执行率(%)', '亮灯']);
    expect(records[4]).toEqual(['合计', '', '83865700.10', '50.00', '绿']);
    expect(records[5]).toEqual(['208', '社会保障, "就业"\n支出', '0.07', '', '']);
    expect(records[6]).toEqual(["'=1+1", "'-x", '90071992547409.93', '-20.00', '红']);
  });
});

describe('amounts', () => {
  it('given 元 amounts, when shown in 万元, then they are rounded half up to two decimals from the exact 元', () => {
    const wan = amountIn('万元');
    expect(wan('92097300.00')).toMatchObject({ v: '9209.73' });
    expect(wan('50.00')).toMatchObject({ v: '0.01' });
    expect(wan('49.99')).toMatchObject({ v: '0.00' });
    expect(wan(null)).toBeNull();
  });

  it('given decimal strings, then only exactly convertible ones become numbers', () => {
    expect(exactNumber('0.10')).toBe(0.1);
    expect(exactNumber('92097300.00')).toBe(92097300);
    expect(exactNumber('90071992547409.93')).toBeNull();
    expect(exactNumber('abc')).toBeNull();
  });
});

describe('content disposition', () => {
  it('given a Chinese file name, then it is sent RFC 5987-encoded with an ASCII fallback', () => {
    expect(attachment("表八(执行)'.xlsx", 'table8.xlsx'))
      .toBe(`attachment; filename="table8.xlsx"; filename*=UTF-8''%E8%A1%A8%E5%85%AB%28%E6%89%A7%E8%A1%8C%29%27.xlsx`);
  });
});
