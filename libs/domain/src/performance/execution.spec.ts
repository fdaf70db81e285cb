import { Money } from '../shared/money';
import { ExecutionInput, executionFigures, executionLight, formatPercent, formatPoints } from './execution';
import { mergeSettings } from './settings';

/** A line of 1,000,000.00 元 (100 万元) and what was paid out of it by `asOf`. */
const line = (disbursed: string, asOf = '2023-06-30', overrides: Partial<ExecutionInput> = {}) =>
  executionFigures({ appropriated: new Money('1000000.00'), disbursed: new Money(disbursed), asOf, ...overrides });

describe('预算执行率 and 序时进度: execution figures', () => {
  describe('given a line of 100 万元 on 30 June (序时进度 6/12 by month)', () => {
    it('reports rate, time progress, lag in points and R', () => {
      const f = line('350000.00');
      expect(f.executionRate?.toString()).toBe('0.35');
      expect(f.timeProgress.toString()).toBe('0.5');
      expect(f.lagPoints?.toString()).toBe('15');
      expect(f.ratio?.toString()).toBe('70');
      expect(f.light).toBe('yellow');
    });

    it.each([
      ['299900.00', '59.98', 'red'],
      ['299980.00', '59.996', 'yellow'], // shown as 60.00: the light agrees with the printed figure
      ['300000.00', '60', 'yellow'],
      ['399900.00', '79.98', 'yellow'],
      ['400000.00', '80', 'green'],
      ['0.00', '0', 'red'],
    ])('disbursed %s gives R %s and a %s light', (disbursed, ratio, light) => {
      const f = line(disbursed);
      expect([f.ratio?.toString(), f.light]).toEqual([ratio, light]);
    });

    it('a line ahead of time has a negative lag and stays green', () => {
      const f = line('625000.00');
      expect([f.lagPoints?.toString(), f.ratio?.toString(), f.light]).toEqual(['-12.5', '125', 'green']);
    });
  });

  describe('given a report in July on the month basis (7/12, which does not terminate)', () => {
    it('an execution of exactly 60 % of time progress is yellow, not lost to rounding', () => {
      const f = line('350000.00', '2023-07-15');
      expect(formatPercent(f.timeProgress)).toBe('58.33');
      expect(formatPoints(f.ratio!)).toBe('60.00');
      expect(formatPoints(f.lagPoints!)).toBe('23.33');
      expect(f.light).toBe('yellow');
    });
  });

  describe('given the day basis', () => {
    it('counts days elapsed including the date: 2023-07-01 is 182/365', () => {
      const f = executionFigures({ appropriated: new Money('365'), disbursed: new Money('91'), asOf: '2023-07-01', basis: 'day' });
      expect(f.timeProgress.eq(new Money(182).div(365))).toBe(true);
      expect([formatPoints(f.ratio!), formatPoints(f.lagPoints!), f.light]).toEqual(['50.00', '24.93', 'red']);
    });

    it('takes the basis from the settings unless the call names one', () => {
      const daily = mergeSettings({ timeProgressBasis: 'day' });
      expect(line('0.00', '2023-07-01', { settings: daily }).timeProgress.eq(new Money(182).div(365))).toBe(true);
      expect(line('0.00', '2023-07-01', { settings: daily, basis: 'month' }).timeProgress.eq(new Money(7).div(12))).toBe(true);
    });
  });

  describe('when the current appropriation is zero (all transferred away)', () => {
    it('has no rate, lag, R or light, and no division by zero', () => {
      const f = executionFigures({ appropriated: new Money('0'), disbursed: new Money('0'), asOf: '2023-06-30' });
      expect(f).toEqual({ executionRate: null, timeProgress: new Money('0.5'), lagPoints: null, ratio: null, light: null });
    });
  });

  describe('when the province sets its own thresholds', () => {
    it('lights R by them', () => {
      const settings = mergeSettings({ executionLight: { red: '50', yellow: '70' } });
      expect(line('250000.00', '2023-06-30', { settings }).light).toBe('yellow');
      expect(line('349900.00', '2023-06-30', { settings }).light).toBe('yellow');
      expect(line('350000.00', '2023-06-30', { settings }).light).toBe('green');
    });

    it('executionLight applies them to any R', () => {
      const thresholds = mergeSettings().executionLight;
      expect([executionLight(new Money('59.994'), thresholds), executionLight(new Money('79.995'), thresholds)]).toEqual(['red', 'green']);
    });
  });
});

describe('formatPercent and formatPoints', () => {
  it.each([
    ['0.12345', '12.35'], ['0.12344', '12.34'], ['0.00005', '0.01'], ['0.000049', '0.00'],
    ['0', '0.00'], ['1', '100.00'], ['1.2', '120.00'],
  ])('the fraction %s is %s %%', (fraction, percent) => {
    expect(formatPercent(new Money(fraction))).toBe(percent);
  });

  it('a third is 33.33 %', () => {
    expect(formatPercent(new Money(1).div(3))).toBe('33.33');
  });

  it('rounds points half up, away from zero when negative', () => {
    expect([formatPoints(new Money('12.345')), formatPoints(new Money('-5.555'))]).toEqual(['12.35', '-5.56']);
  });
});

describe('shown ratios come from exact fractions (DOMAIN.md: a light never contradicts the number printed beside it)', () => {
  it('0.01 paid of 0.01 on 2024-03-04, day basis: R = 100 × 366/64 = 571.875, shown 571.88', () => {
    const f = executionFigures({ appropriated: new Money('0.01'), disbursed: new Money('0.01'), asOf: '2024-03-04', basis: 'day' });
    expect(formatPoints(f.ratio as Money)).toBe('571.88');
  });

  it('a ratio exactly on a light threshold decides by the exact value: 80% of time progress is yellow-free', () => {
    // 序时进度 on 2023-03-01 (day basis) = 60/365; paying 48/365 of the appropriation is exactly R = 80
    const f = executionFigures({ appropriated: new Money('365.00'), disbursed: new Money('48.00'), asOf: '2023-03-01', basis: 'day' });
    expect(formatPoints(f.ratio as Money)).toBe('80.00');
    expect(f.light).toBe('green');
  });
});
