import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money';
import { DEFAULT_MONITORING_SETTINGS, MonitoringSettingsInput, mergeSettings } from './settings';

/** The settings as plain strings, for exact comparison. */
const plain = (s: unknown) => JSON.parse(JSON.stringify(s));

function failureOf(input: unknown): DomainError {
  try {
    mergeSettings(input as MonitoringSettingsInput);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be refused`);
}

describe('监控设置: monitoring settings', () => {
  describe('given no overrides', () => {
    it('has the defaults of DOMAIN.md', () => {
      expect(plain(mergeSettings())).toEqual({
        timeProgressBasis: 'month',
        executionLight: { red: '60', yellow: '80' },
        cumulativeLight: { red: '60', yellow: '80', green: '120' },
        levelLight: { yellow: '90', green: '100' },
        scoreGrades: { 中: '60', 良: '80', 优: '90' },
        qualitativeFractions: { 未达成: '0.3', 部分达成: '0.7', 达成: '1' },
        reverseScoring: 'linear',
      });
      expect(plain(mergeSettings({}))).toEqual(plain(DEFAULT_MONITORING_SETTINGS));
    });

    it('cannot be changed in place', () => {
      expect(Object.isFrozen(DEFAULT_MONITORING_SETTINGS.cumulativeLight)).toBe(true);
    });
  });

  describe('when a province overrides some of them', () => {
    it('keeps the defaults of whatever it leaves out', () => {
      const merged = mergeSettings({ timeProgressBasis: 'day', cumulativeLight: { green: ' 150 ' }, reverseScoring: 'ratio' });
      expect(plain(merged)).toMatchObject({ timeProgressBasis: 'day', cumulativeLight: { red: '60', yellow: '80', green: '150' }, reverseScoring: 'ratio' });
      expect(plain(merged.executionLight)).toEqual({ red: '60', yellow: '80' });
    });

    it('takes numbers as decimal strings or Money', () => {
      expect(mergeSettings({ executionLight: { red: new Money('55.5') } }).executionLight.red.toString()).toBe('55.5');
    });

    it('accepts the ends of the range, 0 and 1000', () => {
      const merged = mergeSettings({ cumulativeLight: { red: '0', green: '1000' } });
      expect([merged.cumulativeLight.red.toString(), merged.cumulativeLight.green.toString()]).toEqual(['0', '1000']);
    });

    it('accepts equal neighbours: a province without a yellow band', () => {
      expect(mergeSettings({ executionLight: { red: '80', yellow: '80' } }).executionLight.red.toString()).toBe('80');
    });

    it('accepts 定性 fractions anywhere inside their DOMAIN bands', () => {
      const merged = mergeSettings({ qualitativeFractions: { 达成: '0.8', 部分达成: '0.6', 未达成: '0' } });
      expect(plain(merged.qualitativeFractions)).toEqual({ 达成: '0.8', 部分达成: '0.6', 未达成: '0' });
    });

    it('layers on a base other than the defaults (a unit over its province)', () => {
      const province = mergeSettings({ executionLight: { red: '50' } });
      expect(plain(mergeSettings({ executionLight: { yellow: '70' } }, province).executionLight)).toEqual({ red: '50', yellow: '70' });
    });
  });

  describe('when an override is wrong, it is refused with INVALID_SETTING naming the field', () => {
    it.each([
      ['a threshold above 1000', { cumulativeLight: { green: '1000.01' } }, 'cumulativeLight.green'],
      ['a negative threshold', { executionLight: { red: '-1' } }, 'executionLight.red'],
      ['a number instead of a decimal string', { levelLight: { green: 100 } }, 'levelLight.green'],
      ['an exponent', { levelLight: { yellow: '9e1' } }, 'levelLight.yellow'],
      ['not a number', { executionLight: { yellow: 'eighty' } }, 'executionLight.yellow'],
      ['an infinite Money', { executionLight: { yellow: new Money(Infinity) } }, 'executionLight.yellow'],
      ['a grade band above 100', { scoreGrades: { 优: '100.5' } }, 'scoreGrades.优'],
      ['达成 below its band 80–100 %', { qualitativeFractions: { 达成: '0.79' } }, 'qualitativeFractions.达成'],
      ['部分达成 above its band 60–80 %', { qualitativeFractions: { 部分达成: '0.81' } }, 'qualitativeFractions.部分达成'],
      ['未达成 above its band 0–60 %', { qualitativeFractions: { 未达成: '0.61' } }, 'qualitativeFractions.未达成'],
      ['an unknown basis', { timeProgressBasis: 'week' }, 'timeProgressBasis'],
      ['an unknown reverse scoring', { reverseScoring: 'log' }, 'reverseScoring'],
      ['an unknown setting', { redThreshold: '50' }, 'redThreshold'],
      ['an unknown threshold', { executionLight: { orange: '70' } }, 'executionLight.orange'],
      ['a group that is not an object', { levelLight: '90' }, 'levelLight'],
      ['an inherited name', { executionLight: { toString: '70' } }, 'executionLight.toString'],
      ['no object at all', null, 'settings'],
    ])('%s', (_, input, field) => {
      const error = failureOf(input);
      expect([error.code, error.kind, error.field]).toEqual(['INVALID_SETTING', 'invalid', field]);
    });

    it.each([
      ['yellow given below red', { cumulativeLight: { red: '70', yellow: '65' } }, 'cumulativeLight.yellow'],
      ['green given below yellow', { cumulativeLight: { green: '79' } }, 'cumulativeLight.green'],
      ['red raised above the default yellow', { executionLight: { red: '85' } }, 'executionLight.red'],
      ['level yellow raised above the default green', { levelLight: { yellow: '101' } }, 'levelLight.yellow'],
      ['良 given above 优', { scoreGrades: { 良: '95' } }, 'scoreGrades.良'],
    ])('thresholds out of order: %s', (_, input, field) => {
      const error = failureOf(input);
      expect([error.code, error.field]).toEqual(['INVALID_SETTING', field]);
    });
  });
});
