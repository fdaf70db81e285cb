import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface, Validate } from 'class-validator';
import { EARLIEST_FISCAL_YEAR, LATEST_FISCAL_YEAR, isPlausibleBusinessDate, isPlausibleFiscalYear } from '@app/domain';

/*
 * The one check of every date and fiscal year a request carries, query or body (issue 12 §3: asOf=2023-02-30 was
 * echoed, 2023-13-01 answered for 31 December, 0000-01-01 gave fiscal year 0). A failure is 400 VALIDATION_FAILED
 * naming the field, with the per-field code INVALID_DATE or INVALID_FISCAL_YEAR (validation.ts names codes after
 * the constraint).
 */
const YEARS = `${EARLIEST_FISCAL_YEAR}–${LATEST_FISCAL_YEAR}`;
/** A time of day after the date, for instants such as a silence's end (`2023-07-31T18:00+08:00`). */
const TIME_OF_DAY = /^T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

@ValidatorConstraint({ name: 'date' })
class BusinessDateConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    if (typeof value !== 'string') return false;
    const withTime = args.constraints[0] === true && value.length > 10;
    if (!isPlausibleBusinessDate(value.slice(0, withTime ? 10 : undefined))) return false;
    return !withTime || (TIME_OF_DAY.test(value.slice(10)) && !Number.isNaN(Date.parse(value))); // T25:99 matches the pattern only
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a calendar date written YYYY-MM-DD${args.constraints[0] === true ? ' (optionally with a time)' : ''}, in the years ${YEARS}`;
  }
}

@ValidatorConstraint({ name: 'fiscalYear' })
class FiscalYearConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    if (typeof value !== 'string') return false;
    const years = args.constraints[0] === true ? value.split(',') : [value];
    return years.every((y) => /^\d{4}$/.test(y) && isPlausibleFiscalYear(Number(y)));
  }

  defaultMessage(args: ValidationArguments): string {
    return args.constraints[0] === true
      ? `${args.property} must be fiscal years (${YEARS}) written with 4 digits and separated by commas, such as 2023,2024`
      : `${args.property} must be a fiscal year written with 4 digits (${YEARS})`;
  }
}

/** A business date YYYY-MM-DD that is on the calendar, in a plausible year; `{ time: true }` also takes an instant. */
export const IsBusinessDate = (options: { time?: boolean } = {}) => Validate(BusinessDateConstraint, [options.time === true]);

/** A fiscal year (2000–2100) written with 4 digits; `{ list: true }` takes several separated by commas. */
export const IsFiscalYear = (options: { list?: boolean } = {}) => Validate(FiscalYearConstraint, [options.list === true]);
