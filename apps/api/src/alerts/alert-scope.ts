import { Forbidden, Principal } from '@app/kernel';

/**
 * May the caller see and act on an alert? Department scope sees all; a unit's people see the alerts of their
 * units and the alerts their units' records drive (欠薪处置率 of the department, for the units with cases).
 */
export const alertInScope = (p: Principal, alertUnits: readonly string[]): boolean =>
  p.units === 'all' || alertUnits.some((u) => (p.units as readonly string[]).includes(u));

export function assertAlertInScope(p: Principal, alertUnits: readonly string[], field = 'alertId'): void {
  if (!alertInScope(p, alertUnits)) {
    throw new Forbidden(alertUnits.length === 0 ? 'DEPARTMENT_SCOPE_REQUIRED' : 'UNIT_OUT_OF_SCOPE', `${p.username} has no access to this alert`, field);
  }
}
