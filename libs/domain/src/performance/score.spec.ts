import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money';
import { Grade } from '../indicator/events';
import { ScoredIndicator, SelfEvaluationInput, indicatorPoints, scoreGrade, selfEvaluation } from './score';
import { mergeSettings } from './settings';

const n = (value: string) => new Money(value);
const numeric = (comparator: 'ge' | 'le' | 'eq', target: string, weight: string, actual: string | null, id = 'I1'): ScoredIndicator =>
  ({ id, comparator, kind: 'level', target: n(target), weight: n(weight), actual: actual === null ? null : n(actual), grade: null });
const definite = (grade: Grade | null, weight = '10', id = 'Q1'): ScoredIndicator =>
  ({ id, comparator: 'qualitative', kind: 'qualitative', target: null, weight: n(weight), actual: null, grade });
/** A 表十二 form: execution 10, indicators 90. */
const form = (executionRate: string | null, indicators: ScoredIndicator[], overrides: Partial<SelfEvaluationInput> = {}) =>
  selfEvaluation({ executionRate: executionRate === null ? null : n(executionRate), executionWeight: n('10'), indicators, ...overrides });
const points = (indicator: ScoredIndicator, settings = mergeSettings()) => indicatorPoints(indicator, settings)?.toFixed(2) ?? null;

describe('绩效自评: self-evaluation score', () => {
  describe('execution points = min(预算执行率, 1) × 10', () => {
    it.each([
      ['0.85', '8.50', true], ['0.999999', '10.00', true], ['1', '10.00', false], ['1.2', '10.00', false], ['0', '0.00', true],
    ])('at a rate of %s: %s points (short: %s)', (rate, expected, short) => {
      const { execution } = form(rate, []);
      expect([execution.points.toFixed(2), execution.short, execution.missing]).toEqual([expected, short, false]);
    });

    it('without a rate (nothing appropriated) it scores 0 and is missing', () => {
      expect(form(null, []).execution).toEqual({ weight: n('10'), points: n('0'), missing: true, short: false });
    });

    it('on the department table 表十一, the weight of its 基本支出 indicator stands in', () => {
      const result = form('0.9', [numeric('eq', '100', '80', '100')], { executionWeight: n('20') });
      expect([result.execution.points.toFixed(2), result.total.toFixed(2), result.outOf.toString()]).toEqual(['18.00', '98.00', '100']);
    });
  });

  describe('≥ indicator (target 100, weight 20)', () => {
    it.each([['120', '20.00'], ['100', '20.00'], ['80', '16.00'], ['0', '0.00']])('at %s: %s points', (actual, expected) => {
      expect(points(numeric('ge', '100', '20', actual))).toBe(expected);
    });
  });

  describe('≤ indicator (target 50, weight 10)', () => {
    it.each([
      ['0', '10.00'], ['50', '10.00'], ['60', '8.00'], ['75', '5.00'], ['99.99', '0.00'], ['100', '0.00'], ['150', '0.00'],
    ])('linear (default): at %s, %s points', (actual, expected) => {
      expect(points(numeric('le', '50', '10', actual))).toBe(expected);
    });

    it('linear: just below 2 × target there is still a sliver of points', () => {
      expect(indicatorPoints(numeric('le', '50', '10', '99.99'))?.toString()).toBe('0.002');
    });

    it.each([['50', '10.00'], ['75', '6.67'], ['100', '5.00'], ['200', '2.50']])('ratio variant: at %s, %s points', (actual, expected) => {
      expect(points(numeric('le', '50', '10', actual), mergeSettings({ reverseScoring: 'ratio' }))).toBe(expected);
    });

    it.each(['linear', 'ratio'] as const)('with a target of 0 (%s), anything above scores 0', (reverseScoring) => {
      const settings = mergeSettings({ reverseScoring });
      expect([points(numeric('le', '0', '10', '0'), settings), points(numeric('le', '0', '10', '1'), settings)]).toEqual(['10.00', '0.00']);
    });
  });

  describe('＝ indicator', () => {
    it('with a target of 0: full at 0, nothing above', () => {
      expect([points(numeric('eq', '0', '5', '0')), points(numeric('eq', '0', '5', '0.01'))]).toEqual(['5.00', '0.00']);
    });

    it.each([['100', '5.00'], ['95', '4.75'], ['80', '4.00']])('欠薪处置率 ＝ 100 %% (weight 5) at %s %%: %s points, like ≥', (actual, expected) => {
      expect(points(numeric('eq', '100', '5', actual))).toBe(expected);
    });
  });

  describe('qualitative (定性) indicator (weight 10)', () => {
    it.each([['达成', '10.00'], ['部分达成', '7.00'], ['未达成', '3.00']] as const)('graded %s: %s points', (grade, expected) => {
      expect(points(definite(grade))).toBe(expected);
    });

    it('uses the province fractions', () => {
      const settings = mergeSettings({ qualitativeFractions: { 达成: '0.9', 部分达成: '0.65', 未达成: '0' } });
      expect(['达成', '部分达成', '未达成'].map((g) => points(definite(g as Grade), settings))).toEqual(['9.00', '6.50', '0.00']);
    });
  });

  describe('when some indicators are not reported yet', () => {
    it('they score 0, are listed as missing, and are not counted as shortfalls', () => {
      const result = form('1', [numeric('ge', '100', '45', null, 'A'), definite(null, '45', 'B')]);
      expect([result.total.toFixed(2), result.missing, result.shortfalls]).toEqual(['10.00', ['A', 'B'], []]);
      expect(result.indicators[0]).toEqual({ id: 'A', weight: n('45'), points: n('0'), missing: true, short: false });
    });
  });

  describe('given a whole 表十二 form', () => {
    const indicators = [
      numeric('ge', '1000', '30', '900', 'P-人数'), // 27.00
      numeric('eq', '100', '20', '100', 'P-发放率'), // 20.00
      numeric('le', '30', '10', '40', 'P-时限'), // 1 − 10/30: 6.666… → 6.67
      definite('部分达成', '20', 'P-定性'), // 14.00
      numeric('ge', '95', '10', '96', 'P-满意度'), // 10.00
    ];

    it('adds the rounded points, grades the total and lists the shortfalls that need a 偏差原因', () => {
      const result = form('0.8', indicators);
      expect(result.indicators.map((i) => i.points.toFixed(2))).toEqual(['27.00', '20.00', '6.67', '14.00', '10.00']);
      expect([result.execution.points.toFixed(2), result.total.toFixed(2), result.outOf.toString(), result.grade]).toEqual(['8.00', '85.67', '100', '良']);
      expect(result.shortfalls).toEqual(['P-人数', 'P-时限', 'P-定性']);
      expect([result.missing, result.execution.short]).toEqual([[], true]);
    });
  });

  describe('grades: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差', () => {
    it.each([
      ['100', '优'], ['90', '优'], ['89.99', '良'], ['80', '良'], ['79.99', '中'], ['60', '中'], ['59.99', '差'], ['0', '差'],
    ] as const)('%s is %s', (total, grade) => {
      expect(scoreGrade(n(total))).toBe(grade);
    });

    it.each([['7999', '89.99', '良'], ['8000', '90.00', '优']])('a form scoring %s of 9000 totals %s: %s', (actual, total, grade) => {
      const result = form('1', [numeric('ge', '9000', '90', actual)]);
      expect([result.total.toFixed(2), result.grade]).toEqual([total, grade]);
    });

    it('follows the province bands', () => {
      expect(scoreGrade(n('85'), mergeSettings({ scoreGrades: { 优: '85' } }))).toBe('优');
    });
  });

  it('refuses a numeric indicator without a target (TARGET_REQUIRED)', () => {
    const broken: ScoredIndicator = { ...numeric('ge', '1', '10', '1'), target: null };
    expect(() => form('1', [broken])).toThrow(DomainError);
    expect(() => form('1', [broken])).toThrow(expect.objectContaining({ code: 'TARGET_REQUIRED' }));
  });
});
