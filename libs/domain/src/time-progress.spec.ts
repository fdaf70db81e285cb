import { Money } from './shared/money';
import { timeProgress } from './time-progress';

const fraction = (n: number, d: number) => new Money(n).div(d);

describe('序时进度 time progress', () => {
  describe('month basis: the month of the date ÷ 12', () => {
    it.each([
      ['2023-01-01', 1], ['2023-01-31', 1], ['2023-07-01', 7], ['2023-07-31', 7], ['2023-12-01', 12],
    ])('%s counts %i/12', (date, month) => {
      expect(timeProgress(date, 'month').eq(fraction(month, 12))).toBe(true);
    });

    it('a report in July counts 7/12 whatever the day', () => {
      expect(timeProgress('2023-07-01', 'month').eq(timeProgress('2023-07-31', 'month'))).toBe(true);
      expect(timeProgress('2023-07-15', 'month').toFixed(4)).toBe('0.5833');
    });
  });

  describe('day basis: days elapsed including the date ÷ days in the year', () => {
    it('2023-07-01 is 182/365', () => {
      expect(timeProgress('2023-07-01', 'day').eq(fraction(182, 365))).toBe(true);
    });

    it('in the leap year 2024, 2024-07-01 is 183/366', () => {
      expect(timeProgress('2024-07-01', 'day').eq(fraction(183, 366))).toBe(true);
      expect(timeProgress('2024-02-29', 'day').eq(fraction(60, 366))).toBe(true);
    });

    it('1 January already counts one day', () => {
      expect(timeProgress('2023-01-01', 'day').eq(fraction(1, 365))).toBe(true);
    });
  });

  describe('on 31 December the year is complete', () => {
    it.each([
      ['2023-12-31', 'month'], ['2023-12-31', 'day'], ['2024-12-31', 'month'], ['2024-12-31', 'day'],
    ] as const)('%s on the %s basis is exactly 1', (date, basis) => {
      expect(timeProgress(date, basis).eq(1)).toBe(true);
    });
  });
});
