import { excelSerialToDate, parseAmountCell, parseDateCell } from './values';
import { mapHeaders, missingRequired, normaliseHeader } from './headers';

const code = (f: () => unknown) => { try { f(); return 'no error'; } catch (e) { return (e as { code: string }).code; } };

describe('amount cells', () => {
  it.each([
    ['1,234.56', '元', '1234.56'], ['1234.5', '元', '1234.50'], ['￥1,234.56', '元', '1234.56'], ['¥ 12', '元', '12.00'],
    ['1,234.56元', '元', '1234.56'], [1234.5, '元', '1234.50'], [0.1, '元', '0.10'],
    ['23', '万元', '230000.00'], ['1.234567', '万元', '12345.67'], [43.01, '万元', '430100.00'], [0.000001, '万元', '0.01'],
  ] as const)('%p in %s → %s 元', (input, unit, expected) => {
    expect(parseAmountCell(input, unit)).toBe(expected);
  });

  it.each([
    ['1.234', '元', 'AMOUNT_TOO_MANY_DECIMALS'], ['1.2345678', '万元', 'AMOUNT_TOO_MANY_DECIMALS'],
    [0.1 + 0.2, '元', 'AMOUNT_TOO_MANY_DECIMALS'], // the float's shortest string is 0.30000000000000004: no silent rounding
    ['-5', '元', 'AMOUNT_NOT_POSITIVE'], ['(1,234.00)', '元', 'AMOUNT_NOT_POSITIVE'], ['0', '元', 'AMOUNT_NOT_POSITIVE'],
    ['abc', '元', 'AMOUNT_INVALID'], ['12,34.5', '元', 'AMOUNT_INVALID'], ['', '元', 'REQUIRED'], [Number.NaN, '元', 'AMOUNT_INVALID'],
    ['2000000000000', '元', 'AMOUNT_TOO_LARGE'],
  ] as const)('%p in %s is rejected with %s', (input, unit, expected) => {
    expect(code(() => parseAmountCell(input, unit))).toBe(expected);
  });
});

describe('date cells', () => {
  it.each([
    ['2023-03-05', '2023-03-05'], ['2023/3/5', '2023-03-05'], ['2023.3.5', '2023-03-05'], ['2023年3月5日', '2023-03-05'],
    ['2023/3/5 0:00', '2023-03-05'], ['20230305', '2023-03-05'], [20230305, '2023-03-05'], [45000, '2023-03-15'],
    ['45000', '2023-03-15'], [45000.75, '2023-03-15'], [new Date(Date.UTC(2023, 2, 5)), '2023-03-05'],
    ['２０２３年３月５日', '2023-03-05'],
  ] as const)('%p → %s', (input, expected) => {
    expect(parseDateCell(input)).toBe(expected);
  });

  it.each(['2023-02-30', '2023/13/1', '5/3/2023', 'yesterday', '2023-3-5-1'])('%p is not a date', (input) => {
    expect(code(() => parseDateCell(input))).toBe('DATE_INVALID');
  });

  it('rejects serials that are surely not dates (a count in the wrong column)', () => {
    expect(code(() => parseDateCell(12))).toBe('DATE_INVALID');
  });

  it('follows the 1900 system with its fictitious 1900-02-29', () => {
    expect(excelSerialToDate(1)).toBe('1900-01-01');
    expect(excelSerialToDate(59)).toBe('1900-02-28');
    expect(code(() => excelSerialToDate(60))).toBe('DATE_INVALID');
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(excelSerialToDate(44927)).toBe('2023-01-01');
  });
});

describe('headers', () => {
  it('maps Chinese and English synonyms, ignoring case, spaces and markers, and reads the unit of the amount', () => {
    const m = mapHeaders(['*项目编码', ' Voucher No ', '金额（万元）', '支付 日期', 'PAYEE', '备注', 'line_id', '经济分类']);
    expect(m.columns.map((c) => [c.field, c.unit])).toEqual([
      ['project', undefined], ['voucherNo', undefined], ['amount', '万元'], ['date', undefined],
      ['payee', undefined], ['lineId', undefined], ['economic', undefined],
    ]);
    expect(m.ignored).toEqual(['备注']);
    expect(normaliseHeader('金额(元)')).toEqual({ key: '金额', unit: '元' });
    expect(normaliseHeader('Amount')).toEqual({ key: 'amount' });
  });

  it('names missing required columns; either lineId or project identifies the line', () => {
    expect(missingRequired(mapHeaders(['预算指标', '金额', '日期', '凭证号']))).toEqual([]);
    expect(missingRequired(mapHeaders(['摘要', '金额']))).toEqual(['lineId', 'project', 'date', 'voucherNo']);
  });
});
