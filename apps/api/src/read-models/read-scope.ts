import { fiscalYearOf, shanghaiDate } from '@app/domain';
import { LineFilters } from '@app/read-models';
import { LineFilterRequest, ReadQueryRequest } from './read-query.request';
import { Principal, unitsForRead } from '@app/kernel';

export interface ReadScope {
  readonly asOf: string;
  readonly fiscalYear: number;
  readonly minPosition: number | undefined;
  readonly basis: 'month' | 'day' | undefined;
}

/**
 * Resolves the date of a read: asOf defaults to today (Asia/Shanghai), the fiscal year to asOf's. An asOf
 * after the fiscal year reads the year's final figures as of 31 December.
 */
export function readScope(q: ReadQueryRequest, now = new Date()): ReadScope {
  const requested = q.asOf ?? shanghaiDate(now);
  const fiscalYear = q.fiscalYear !== undefined ? Number(q.fiscalYear) : fiscalYearOf(requested);
  const yearEnd = `${fiscalYear}-12-31`;
  const asOf = requested > yearEnd ? yearEnd : requested;
  return { asOf, fiscalYear, minPosition: q.minPosition !== undefined ? Number(q.minPosition) : undefined, basis: q.basis };
}

export function lineFilters(q: LineFilterRequest): LineFilters {
  return {
    ...(q.unit ? { unit: q.unit } : {}), ...(q.project ? { project: q.project } : {}), ...(q.type ? { type: q.type } : {}),
    ...(q.functional ? { functional: q.functional } : {}), ...(q.economic ? { economic: q.economic } : {}),
  };
}

/** The drill-down filters restricted to the caller's units (403 for a requested unit outside them). */
export function scopedLineFilters(q: LineFilterRequest, principal: Principal): LineFilters {
  const units = unitsForRead(principal, q.unit);
  return { ...lineFilters(q), ...(units ? { units } : {}) };
}
