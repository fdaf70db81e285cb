import { DomainError } from '@app/domain';

/** The `{year}` of a fiscal-year path: four digits (2000–2100, as budget documents allow). */
export function fiscalYearParam(year: string): number {
  if (!/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2100) {
    throw DomainError.invalid('INVALID_FISCAL_YEAR', 'year', 'year must be a fiscal year written with 4 digits (2000–2100)');
  }
  return Number(year);
}
