import {
  assertInFiscalYear, dayOfYear, daysInYear, fiscalYearOf, isPlausibleBusinessDate, isPlausibleFiscalYear, isValidBusinessDate, monthEnd, monthOf,
  parseBusinessDate, shanghaiDate,
} from './business-date';
import { DomainError } from './domain-error';

function failureOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe('business dates (YYYY-MM-DD in Asia/Shanghai)', () => {
  describe('validation', () => {
    it.each(['2023-01-01', '2023-12-31', '2024-02-29', '2000-02-29', '2023-04-30'])('%s is a calendar date', (date) => {
      expect(isValidBusinessDate(date)).toBe(true);
      expect(parseBusinessDate(date, 'effectiveDate')).toBe(date);
    });

    it.each([
      '2023-02-29', '1900-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '2023-01-00', '2023-1-5',
      '2023/01/05', '20230105', '2023-01-05T00:00:00Z', ' 2023-01-05', '', 'today',
    ])('%j is not', (value) => {
      expect(isValidBusinessDate(value)).toBe(false);
      const error = failureOf(() => parseBusinessDate(value, 'asOf'));
      expect(error.code).toBe('INVALID_DATE');
      expect(error.field).toBe('asOf');
    });

    it.each([[20230105], [new Date('2023-01-05')], [null], [undefined]])('a non-string %p is not', (value) => {
      expect(isValidBusinessDate(value)).toBe(false);
      expect(failureOf(() => parseBusinessDate(value, 'effectiveDate')).code).toBe('INVALID_DATE');
    });
  });

  describe('plausible dates: on the calendar and in the fiscal years 2000–2100 that budget documents allow', () => {
    it.each(['2000-01-01', '2024-02-29', '2100-12-31'])('%s is plausible', (date) => {
      expect(isPlausibleBusinessDate(date)).toBe(true);
    });

    it.each(['0000-01-01', '1999-12-31', '2101-01-01', '2023-02-30', '2023-13-01'])('%s is not', (date) => {
      expect(isPlausibleBusinessDate(date)).toBe(false);
    });

    it.each([[2000, true], [2100, true], [1999, false], [2101, false], [0, false], [2023.5, false]])('fiscal year %p: %p', (year, plausible) => {
      expect(isPlausibleFiscalYear(year)).toBe(plausible);
    });
  });

  describe('shanghaiDate: the business date of an instant', () => {
    const originalTz = process.env.TZ;
    afterEach(() => {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    });

    it.each([
      ['2023-12-31T15:59:59.999Z', '2023-12-31'],
      ['2023-12-31T16:00:00.000Z', '2024-01-01'],
      ['2023-12-31T16:30:00Z', '2024-01-01'],
      ['2023-06-30T23:59:00Z', '2023-07-01'],
      ['2024-02-28T16:00:00Z', '2024-02-29'],
      ['2023-01-01T00:00:00+08:00', '2023-01-01'],
    ])('%s is %s in Shanghai', (instant, expected) => {
      expect(shanghaiDate(new Date(instant))).toBe(expected);
    });

    it.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai'])('whatever the process timezone (%s)', (tz) => {
      process.env.TZ = tz;
      expect(shanghaiDate(new Date('2023-12-31T16:30:00Z'))).toBe('2024-01-01');
      expect(shanghaiDate(new Date('2023-12-31T15:30:00Z'))).toBe('2023-12-31');
    });
  });

  describe('calendar arithmetic', () => {
    it('reads the fiscal year (the calendar year) and the month', () => {
      expect(fiscalYearOf('2023-07-15')).toBe(2023);
      expect(monthOf('2023-07-15')).toBe(7);
      expect(daysInYear(2023)).toBe(365);
      expect(daysInYear(2024)).toBe(366);
      expect(daysInYear(2100)).toBe(365);
    });

    it.each([
      ['2023-01-01', 1], ['2023-02-28', 59], ['2023-03-01', 60], ['2024-03-01', 61],
      ['2023-07-01', 182], ['2024-07-01', 183], ['2023-12-31', 365], ['2024-12-31', 366],
    ])('dayOfYear(%s) = %i', (date, day) => {
      expect(dayOfYear(date)).toBe(day);
    });

    it.each([
      ['2023-02-10', '2023-02-28'], ['2024-02-10', '2024-02-29'], ['2023-04-05', '2023-04-30'],
      ['2023-12-01', '2023-12-31'], ['2023-01-31', '2023-01-31'],
    ])('monthEnd(%s) = %s', (date, end) => {
      expect(monthEnd(date)).toBe(end);
    });
  });

  describe('assertInFiscalYear', () => {
    it('accepts any date of the fiscal year up to today', () => {
      expect(() => assertInFiscalYear('2023-01-01', 2023, 'effectiveDate', '2023-06-30')).not.toThrow();
      expect(() => assertInFiscalYear('2023-06-30', 2023, 'effectiveDate', '2023-06-30')).not.toThrow();
    });

    it('without a today, any date of the fiscal year will do', () => {
      expect(() => assertInFiscalYear('2023-12-31', 2023, 'effectiveDate')).not.toThrow();
    });

    it.each(['2022-12-31', '2024-01-01'])('refuses %s for fiscal year 2023 with DATE_OUTSIDE_FISCAL_YEAR', (date) => {
      const error = failureOf(() => assertInFiscalYear(date, 2023, 'effectiveDate', '2024-03-01'));
      expect(error.code).toBe('DATE_OUTSIDE_FISCAL_YEAR');
      expect(error.field).toBe('effectiveDate');
      expect(error.details).toEqual({ fiscalYear: 2023 });
    });

    it('refuses a date after today with DATE_IN_FUTURE', () => {
      const error = failureOf(() => assertInFiscalYear('2023-07-01', 2023, 'asOf', '2023-06-30'));
      expect(error.code).toBe('DATE_IN_FUTURE');
      expect(error.field).toBe('asOf');
    });

    it.each(['2023-02-30', '2023-13-01', '2023-7-1', 'not a date'])('refuses the impossible date %j with INVALID_DATE', (date) => {
      const error = failureOf(() => assertInFiscalYear(date, 2023, 'effectiveDate', '2023-12-31'));
      expect(error.code).toBe('INVALID_DATE');
      expect(error.field).toBe('effectiveDate');
    });
  });
});
