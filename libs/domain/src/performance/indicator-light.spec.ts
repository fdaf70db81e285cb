import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money';
import { IndicatorLightInput, indicatorLight, worstLight } from './indicator-light';
import { formatPoints } from './execution';
import { mergeSettings } from './settings';

const n = (value: string) => new Money(value);
/** 公益性岗位补贴人数 ≥ 1000 人: a positive cumulative indicator, reported on 30 June (序时进度 6/12) */
const people = (actual: string | null, overrides: Partial<IndicatorLightInput> = {}) =>
  indicatorLight({ comparator: 'ge', kind: 'cumulative', target: n('1000'), actual: actual === null ? null : n(actual), asOf: '2023-06-30', ...overrides });
/** 欠薪处置率 ＝ 100 %: a positive level indicator */
const disposalRate = (actual: string) =>
  indicatorLight({ comparator: 'eq', kind: 'level', target: n('100'), actual: n(actual), asOf: '2023-03-31' });
/** 人均培训成本 ≤ 50 元: a reverse indicator */
const unitCost = (actual: string) =>
  indicatorLight({ comparator: 'le', kind: 'level', target: n('50'), actual: n(actual), asOf: '2023-06-30' });

describe('指标预警灯: indicator lights', () => {
  describe('given a positive cumulative indicator (≥ 1000 人)', () => {
    it('in July on the month basis 583.33… people are expected by now', () => {
      const result = people(null, { asOf: '2023-07-20' });
      expect(result.expectedByNow?.toDecimalPlaces(10).toString()).toBe('583.3333333333');
      expect(formatPoints(result.expectedByNow!)).toBe('583.33');
    });

    it('in July, 350 people are exactly 60 % of what is due: yellow', () => {
      const result = people('350', { asOf: '2023-07-20' });
      expect([formatPoints(result.ratio!), result.light, result.completion?.toString()]).toEqual(['60.00', 'yellow', '0.35']);
    });

    it('R of exactly 60 is exactly 60 (computed from the fraction 5/12, not from 0.41666…): yellow (target 7 in May, actual 1.75)', () => {
      const result = people('1.75', { target: n('7'), asOf: '2023-05-31' });
      expect([result.ratio!.eq(60), formatPoints(result.ratio!), result.light]).toEqual([true, '60.00', 'yellow']);
    });

    it.each([
      ['299.9', '59.98', 'red'],
      ['300', '60', 'yellow'],
      ['399.9', '79.98', 'yellow'],
      ['400', '80', 'green'],
      ['599.9', '119.98', 'green'],
      ['600', '120', 'blue'],
      ['0', '0', 'red'],
    ])('on 30 June, %s people give R %s: %s', (actual, ratio, light) => {
      const result = people(actual);
      expect([result.expectedByNow?.toString(), result.ratio?.toString(), result.light]).toEqual(['500', ratio, light]);
    });

    it('on the day basis, 2023-07-01 expects 182 of 365', () => {
      const result = indicatorLight({ comparator: 'ge', kind: 'cumulative', target: n('365'), actual: n('182'), asOf: '2023-07-01', basis: 'day' });
      expect([result.expectedByNow?.toString(), formatPoints(result.ratio!), result.light]).toEqual(['182', '100.00', 'green']);
    });

    it('an ＝ cumulative target above 0 is prorated the same way', () => {
      const result = people('300', { comparator: 'eq' });
      expect([result.ratio?.toString(), result.light]).toEqual(['60', 'yellow']);
    });

    it('with no report yet it has no light (未填报) but still an expectation', () => {
      expect(people(null)).toEqual({ light: null, completion: null, expectedByNow: n('500'), ratio: null });
    });

    it('follows the province thresholds', () => {
      const settings = mergeSettings({ cumulativeLight: { green: '150' } });
      expect([people('600', { settings }).light, people('750', { settings }).light]).toEqual(['green', 'blue']);
    });
  });

  describe('given a positive level indicator (欠薪处置率 ＝ 100 %), no proration', () => {
    it.each([
      ['80', 'red'], ['89.99', 'red'], ['90', 'yellow'], ['95', 'yellow'], ['99.99', 'yellow'], ['100', 'green'],
    ])('at %s %% it is %s', (actual, light) => {
      const result = disposalRate(actual);
      expect([result.light, result.ratio?.toString(), result.expectedByNow]).toEqual([light, actual, null]);
    });

    it('满意度 ≥ 95 %: 90 % gives R 94.74 (yellow), 85 % gives 89.47 (red)', () => {
      const satisfaction = (actual: string) =>
        indicatorLight({ comparator: 'ge', kind: 'level', target: n('95'), actual: n(actual), asOf: '2023-06-30' });
      expect([formatPoints(satisfaction('90').ratio!), satisfaction('90').light]).toEqual(['94.74', 'yellow']);
      expect([formatPoints(satisfaction('85').ratio!), satisfaction('85').light]).toEqual(['89.47', 'red']);
    });
  });

  describe('given a reverse indicator (≤ 50 元)', () => {
    it.each([['0', 'green'], ['50', 'green'], ['50.01', 'red'], ['120', 'red']])('at %s it is %s', (actual, light) => {
      expect(unitCost(actual).light).toBe(light);
    });

    it('has a completion but no R and no proration, even when cumulative', () => {
      const cumulative = indicatorLight({ comparator: 'le', kind: 'cumulative', target: n('50'), actual: n('40'), asOf: '2023-06-30' });
      expect(cumulative).toEqual({ light: 'green', completion: n('0.8'), expectedByNow: null, ratio: null });
    });
  });

  describe('given a target of 0', () => {
    const zero = (comparator: 'eq' | 'ge', actual: string) =>
      indicatorLight({ comparator, kind: 'cumulative', target: n('0'), actual: n(actual), asOf: '2023-06-30' });

    it('＝ 0 (e.g. 安全事故 ＝ 0 次) is green at 0 and red at anything above', () => {
      expect([zero('eq', '0').light, zero('eq', '1').light]).toEqual(['green', 'red']);
      expect(zero('eq', '1')).toMatchObject({ completion: null, expectedByNow: null, ratio: null });
    });

    it('≥ 0 is met by any report', () => {
      expect(zero('ge', '0')).toEqual({ light: 'green', completion: null, expectedByNow: n('0'), ratio: null });
    });
  });

  describe('given a qualitative (定性) indicator', () => {
    it.each([['达成', 'green'], ['部分达成', 'yellow'], ['未达成', 'red'], [null, null]] as const)('graded %s it is %s', (grade, light) => {
      expect(indicatorLight({ comparator: 'qualitative', kind: 'qualitative', target: null, grade, asOf: '2023-06-30' }))
        .toEqual({ light, completion: null, expectedByNow: null, ratio: null });
    });
  });

  it('refuses a numeric indicator without a target (TARGET_REQUIRED)', () => {
    const run = () => indicatorLight({ comparator: 'ge', kind: 'level', target: null, actual: n('1'), asOf: '2023-06-30' });
    expect(run).toThrow(DomainError);
    expect(() => run()).toThrow(expect.objectContaining({ code: 'TARGET_REQUIRED', field: 'target' }));
  });
});

describe('目标灯: worstLight of a project', () => {
  it.each([
    [['green', 'red', 'yellow'], 'red'],
    [['blue', 'yellow', 'green'], 'yellow'],
    [['blue', 'green'], 'green'],
    [['blue', null], 'blue'],
    [[null, 'green', null], 'green'],
    [[null, null], null],
    [[], null],
  ] as const)('of %j is %s', (lights, worst) => {
    expect(worstLight(lights)).toBe(worst);
  });
});
