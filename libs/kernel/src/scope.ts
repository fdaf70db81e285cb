import { Forbidden } from './access-errors';
import { Principal, can, inScope, Permission } from './principal';

/** Throws 403 unless the caller may act on (or read) this budget unit. */
export function assertUnitInScope(p: Principal, unit: string, field = 'unit'): void {
  if (!inScope(p, unit)) throw new Forbidden('UNIT_OUT_OF_SCOPE', `${p.username} has no access to budget unit ${unit}`, field);
}

export function assertCan(p: Principal, permission: Permission): void {
  if (!can(p, permission)) throw new Forbidden('ROLE_NOT_PERMITTED', `role ${p.role} may not ${permission}`);
}

/**
 * The units a read is restricted to: undefined means no restriction (department scope and no filter asked).
 * A requested unit outside the scope is refused rather than silently emptied.
 */
export function unitsForRead(p: Principal, requestedUnit?: string): readonly string[] | undefined {
  if (requestedUnit !== undefined) {
    assertUnitInScope(p, requestedUnit);
    return [requestedUnit];
  }
  return p.units === 'all' ? undefined : p.units;
}

/** True when the caller sees the whole department (department-level rows, department indicators). */
export const seesDepartment = (p: Principal): boolean => p.units === 'all';

/** A project's indicator belongs to its unit; a department indicator (no unit) needs department scope. */
export function assertIndicatorInScope(p: Principal, unit: string | null): void {
  if (unit === null || unit === '') {
    if (!seesDepartment(p)) throw new Forbidden('DEPARTMENT_SCOPE_REQUIRED', `${p.username} is scoped to units and cannot report department indicators`, 'indicatorId');
    return;
  }
  assertUnitInScope(p, unit, 'indicatorId');
}
