import { dateText, measured, measuredWithUnit, normalizeAmount, percent, validAmount, wan, yuan } from './money';

describe('web display formatting of decimal 元 strings', () => {
  it('given 元 amounts, when shown in 元, then thousands separators and two decimals, exactly', () => {
    expect(yuan('92097300.00')).toBe('92,097,300.00');
    expect(yuan('0.1')).toBe('0.10');
    expect(yuan('-1234.5')).toBe('-1,234.50');
    expect(yuan('12345678901234567.89')).toBe('12,345,678,901,234,567.89');
    expect(yuan(null)).toBe('—');
  });

  it('given 元 amounts, when shown in 万元, then rounded half away from zero at the second decimal', () => {
    expect(wan('92097300.00')).toBe('9,209.73');
    expect(wan('3406750.00')).toBe('340.68');
    expect(wan('3406749.99')).toBe('340.67');
    expect(wan('-50.00')).toBe('-0.01');
    expect(wan('49.99')).toBe('0.00');
  });

  it('given user input, then amounts are validated and normalized for the API', () => {
    expect(validAmount('1,200.5')).toBe(true);
    expect(validAmount('0')).toBe(false);
    expect(validAmount('12.345')).toBe(false);
    expect(validAmount('abc')).toBe(false);
    expect(normalizeAmount('1,200.5')).toBe('1200.50');
  });

  it('given ISO dates and rates, then Chinese dates and percent', () => {
    expect(dateText('2023-07-05')).toBe('2023年7月5日');
    expect(dateText('2023-07-05', 'en')).toBe('2023-07-05');
    expect(percent('58.33')).toBe('58.33%');
  });

  it('given counts (人, 人次, 家, 次, 件, 笔), then whole numbers with separators; other units keep their decimals', () => {
    expect(measuredWithUnit('1800.00', '人')).toBe('1,800人');
    expect(measuredWithUnit('0.00', '人')).toBe('0人');
    expect(measuredWithUnit('12.50', '人次')).toBe('13人次');
    expect(measured('3.49', '家')).toBe('3');
    expect(measured('2500000.5', '元')).toBe('2,500,000.50');
    expect(measured('1234.5', '万元')).toBe('1,234.50');
    expect(measuredWithUnit('95.5', '%')).toBe('95.5%');
    expect(measured(null, '人')).toBe('—');
  });
});
