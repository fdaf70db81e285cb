import { specification } from '../testing/specification';
import { defineIndicator, definition, derived, indicatorDefined, qualitative, reportProgress, reviseTarget } from '../testing/indicator-fixtures';
import { decideIndicator, evolveIndicator, initialIndicatorState } from './decider';

const indicator = { initialState: initialIndicatorState, evolve: evolveIndicator, decide: decideIndicator };
const given = specification(indicator);
const givenToday = (today: string) => specification(indicator, { today });

describe('绩效指标: performance indicators', () => {
  describe('when the indicator is not defined', () => {
    it('defines it as imported', () => {
      given().when(defineIndicator()).then([indicatorDefined()]);
    });

    it.each([
      ['revise its target', reviseTarget('90')],
      ['report on it', reportProgress()],
    ])('cannot %s (INDICATOR_NOT_FOUND)', (_, command) => {
      expect(given().when(command).thenFails('INDICATOR_NOT_FOUND', 'indicatorId').kind).toBe('not_found');
    });
  });

  describe('when the indicator is defined', () => {
    it('refuses to define it twice (INDICATOR_ALREADY_DEFINED)', () => {
      given(indicatorDefined()).when(defineIndicator()).thenFails('INDICATOR_ALREADY_DEFINED', 'indicatorId');
    });
  });

  describe('when it is a numeric indicator reported by hand (被欠薪人员满意度 ≥ 80 %)', () => {
    const numeric = indicatorDefined();

    it('records a report of its value, written canonically', () => {
      given(numeric).when(reportProgress({ value: ' 85.50 ', deviationReason: null, note: '问卷 40 份' })).then([{
        type: 'IndicatorProgressReported.v1', effectiveDate: '2023-06-30',
        data: { indicatorId: 'P09-05', asOf: '2023-06-30', value: '85.5', grade: null, deviationReason: null, note: '问卷 40 份' },
      }]);
    });

    it('keeps a deviation reason (偏差原因) with the report', () => {
      const [event] = given(numeric).when(reportProgress({ value: '70', deviationReason: '部分企业尚未结清' })).thenEvents();
      expect(event.data).toMatchObject({ value: '70', deviationReason: '部分企业尚未结清' });
    });

    it('accepts 0 and up to 4 decimals', () => {
      given(numeric).when(reportProgress({ value: '0' })).thenEvents();
      given(numeric).when(reportProgress({ value: '99.9999' })).thenEvents();
    });

    it.each([[null], ['-1'], ['99.99999'], ['1e2'], ['八十'], [''], [85 as never]])('needs a numeric value: %p is INVALID_INDICATOR_VALUE', (value) => {
      given(numeric).when(reportProgress({ value })).thenFails('INVALID_INDICATOR_VALUE', 'value');
    });

    it('ignores a grade sent with a numeric report', () => {
      const [event] = given(numeric).when(reportProgress({ value: '90', grade: '达成' })).thenEvents();
      expect(event.data).toMatchObject({ value: '90', grade: null });
    });

    it('refuses an asOf outside the fiscal year or after today', () => {
      given(numeric).when(reportProgress({ asOf: '2022-12-31' })).thenFails('DATE_OUTSIDE_FISCAL_YEAR', 'asOf');
      given(numeric).when(reportProgress({ asOf: '2024-01-01' })).thenFails('DATE_OUTSIDE_FISCAL_YEAR', 'asOf');
      givenToday('2023-06-29')(numeric).when(reportProgress({ asOf: '2023-06-30' })).thenFails('DATE_IN_FUTURE', 'asOf');
      given(numeric).when(reportProgress({ asOf: '2023-06-31' })).thenFails('INVALID_DATE', 'asOf');
    });

    it('revises its target, keeping the previous one and the reason', () => {
      given(numeric).when(reviseTarget('90.0', { reason: ' 区局要求提高 ' })).then([{
        type: 'IndicatorTargetRevised.v1', effectiveDate: '2023-07-01',
        data: { indicatorId: 'P09-05', previousTarget: '80', target: '90', targetText: '90', reason: '区局要求提高' },
      }]);
    });

    it('keeps the printed text of a revised target when one is given', () => {
      const [event] = given(numeric).when(reviseTarget('90', { targetText: '90%' })).thenEvents();
      expect(event.data).toMatchObject({ target: '90', targetText: '90%' });
    });

    it('a target revision needs a valid target, a reason and a date in the year up to today', () => {
      given(numeric).when(reviseTarget(null)).thenFails('INVALID_INDICATOR_VALUE', 'target');
      given(numeric).when(reviseTarget('-5')).thenFails('INVALID_INDICATOR_VALUE', 'target');
      given(numeric).when(reviseTarget('90', { reason: '' })).thenFails('REQUIRED', 'reason');
      given(numeric).when(reviseTarget('90', { effectiveDate: '2024-01-01' })).thenFails('DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate');
      givenToday('2023-06-30')(numeric).when(reviseTarget('90')).thenFails('DATE_IN_FUTURE', 'effectiveDate');
    });

    it('a revised target is the one the next revision replaces', () => {
      const revised = { type: 'IndicatorTargetRevised.v1', effectiveDate: '2023-07-01', data: { indicatorId: 'P09-05', previousTarget: '80', target: '90', targetText: '90', reason: 'r' } } as const;
      const [event] = given(numeric, revised).when(reviseTarget('95', { effectiveDate: '2023-09-01' })).thenEvents();
      expect(event.data).toMatchObject({ previousTarget: '90', target: '95' });
    });
  });

  describe('when it is a qualitative (定性) indicator', () => {
    const graded = indicatorDefined(qualitative());

    it.each(['达成', '部分达成', '未达成'] as const)('records the grade %s, with no value', (grade) => {
      given(graded).when(reportProgress({ value: '100', grade, note: '全年无群体性事件' })).then([{
        type: 'IndicatorProgressReported.v1', effectiveDate: '2023-06-30',
        data: { indicatorId: 'P09-04', asOf: '2023-06-30', value: null, grade, deviationReason: null, note: '全年无群体性事件' },
      }]);
    });

    it.each([[null], ['优' as never]])('needs a grade: %p is INVALID_GRADE', (grade) => {
      given(graded).when(reportProgress({ grade })).thenFails('INVALID_GRADE', 'grade');
    });

    it('has no numeric target to revise (QUALITATIVE_HAS_NO_TARGET)', () => {
      given(graded).when(reviseTarget('1')).thenFails('QUALITATIVE_HAS_NO_TARGET', 'target');
    });
  });

  describe('when it is derived from recorded events (欠薪处置率)', () => {
    const computed = indicatorDefined(derived());

    it('refuses a report by hand (INDICATOR_IS_DERIVED)', () => {
      expect(given(computed).when(reportProgress({ value: '100' })).thenFails('INDICATOR_IS_DERIVED', 'indicatorId').kind).toBe('conflict');
    });

    it('its target can still be revised', () => {
      given(computed).when(reviseTarget('95')).thenEvents();
    });
  });

  describe('folding', () => {
    it('remembers the date of the latest report', () => {
      const events = given(indicatorDefined()).when(reportProgress({ asOf: '2023-06-30' })).thenEvents();
      const state = [indicatorDefined(), ...events].reduce(evolveIndicator, initialIndicatorState());
      expect(state).toEqual({ status: 'defined', definition: definition(), lastReportAsOf: '2023-06-30' });
    });
  });
});
