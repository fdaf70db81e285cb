/**
 * Who is calling and what they may do. Roles follow the budget office's division of duties:
 * - admin (预算科 budget office): budgets, appropriations, indicator targets, users; may also act in every unit;
 * - accountant (单位会计): records what was paid and reported, only for the budget units in scope;
 * - manager (负责人): reads everything in scope, acknowledges alerts, manages own alert subscriptions;
 * - auditor (审计): reads everything, including the raw event history; writes nothing.
 */
export const ROLES = ['admin', 'accountant', 'manager', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'budget:manage' // import budgets, adjust and transfer appropriations, revise indicator targets
  | 'users:manage'
  | 'records:write' // disbursements, reversals, spreadsheet imports, progress reports, wage-arrears cases, fund advances
  | 'read' // dashboards, execution, indicators, exports (filtered to scope)
  | 'audit:read' // event history of lines, disbursements, indicators, cases (filtered to scope)
  | 'events:read' // the raw event log
  | 'alerts:acknowledge'
  | 'subscriptions:own'
  | 'session'; // one's own session: who am I, change my password

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ['session', 'budget:manage', 'users:manage', 'records:write', 'read', 'audit:read', 'events:read', 'alerts:acknowledge', 'subscriptions:own'],
  accountant: ['session', 'records:write', 'read'],
  manager: ['session', 'read', 'audit:read', 'alerts:acknowledge', 'subscriptions:own'],
  auditor: ['session', 'read', 'audit:read', 'events:read'],
};

/** `units: 'all'` is the whole department (部门); otherwise the budget unit codes (e.g. 426002) in scope. */
export interface Principal {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly units: 'all' | readonly string[];
}

/** The product acting on its own (demo import, scheduled jobs): every permission, every unit. */
export const systemPrincipal = (username = 'system'): Principal => ({ username, displayName: username, role: 'admin', units: 'all' });

export const can = (p: Principal, permission: Permission): boolean => GRANTS[p.role].includes(permission);

export const inScope = (p: Principal, unit: string): boolean => p.units === 'all' || p.units.includes(unit);
