import { Map as IMap } from 'immutable';
import { DecisionContext, assertNever } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { ACCOUNT_ROLES, AccountEvent, AccountRole, UnitScope } from './events';

export interface Account {
  readonly username: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly units: UnitScope;
  readonly passwordHash: string;
  readonly active: boolean;
  /** bumped by every change that must end open sessions (password, role, deactivation) */
  readonly sessionVersion: number;
  /** 首次登录须修改密码: the password was set by someone else and the user has not changed it since */
  readonly passwordChangeRequired: boolean;
}

export interface AccountDirectory { readonly accounts: IMap<string, Account> }

export type AccountCommand =
  | { readonly type: 'RegisterUser'; readonly username: string; readonly displayName: string; readonly role: AccountRole; readonly units: UnitScope; readonly passwordHash: string }
  | { readonly type: 'ChangeRole'; readonly username: string; readonly role: AccountRole; readonly units: UnitScope; readonly by: string }
  | { readonly type: 'ChangePassword'; readonly username: string; readonly passwordHash: string; readonly reset: boolean }
  | { readonly type: 'DeactivateUser'; readonly username: string; readonly reason: string | null; readonly by: string }
  | { readonly type: 'ReactivateUser'; readonly username: string };

export const emptyDirectory = (): AccountDirectory => ({ accounts: IMap() });

/** Usernames are compared case-insensitively: 张会计 and ZhangKJ are fine, Admin and admin are the same. */
export const normaliseUsername = (username: string) => username.trim().toLowerCase();

export function evolveDirectory(state: AccountDirectory, event: AccountEvent): AccountDirectory {
  const key = normaliseUsername(event.data.username);
  const update = (f: (a: Account) => Account) => {
    const a = state.accounts.get(key);
    return a ? { accounts: state.accounts.set(key, f(a)) } : state;
  };
  switch (event.type) {
    case 'UserRegistered.v1': {
      const { mustChangePassword, ...data } = event.data;
      return { accounts: state.accounts.set(key, { ...data, active: true, sessionVersion: 0, passwordChangeRequired: mustChangePassword ?? false }) };
    }
    case 'UserRoleChanged.v1': return update((a) => ({ ...a, role: event.data.role, units: event.data.units, sessionVersion: a.sessionVersion + 1 }));
    case 'UserPasswordChanged.v1':
      return update((a) => ({ ...a, passwordHash: event.data.passwordHash, sessionVersion: a.sessionVersion + 1, passwordChangeRequired: event.data.reset }));
    case 'UserDeactivated.v1': return update((a) => ({ ...a, active: false, sessionVersion: a.sessionVersion + 1 }));
    case 'UserReactivated.v1': return update((a) => ({ ...a, active: true }));
    default: return assertNever(event);
  }
}

export function decideAccounts(command: AccountCommand, state: AccountDirectory, context: DecisionContext): AccountEvent[] {
  const effectiveDate = context.today;
  const username = command.username.trim();
  const existing = state.accounts.get(normaliseUsername(username));
  switch (command.type) {
    case 'RegisterUser': {
      if (!/^[\p{L}\p{N}._-]{2,40}$/u.test(username)) {
        throw DomainError.invalid('INVALID_USERNAME', 'username', 'username: 2–40 letters, digits, dot, dash or underscore (Chinese characters are fine)');
      }
      if (existing) throw DomainError.conflict('USERNAME_TAKEN', 'username', `username ${username} is already taken`);
      const displayName = command.displayName.trim() || username;
      if (displayName.length > 60) throw DomainError.invalid('INVALID_DISPLAY_NAME', 'displayName', 'displayName is longer than 60 characters');
      const units = checkScope(command.role, command.units);
      // nobody registers themselves: the password was chosen by the admin (or the first start), so it is changed at first login
      return [{ type: 'UserRegistered.v1', effectiveDate, data: { username, displayName, role: command.role, units, passwordHash: command.passwordHash, mustChangePassword: true } }];
    }
    case 'ChangeRole': {
      const account = requireAccount(existing);
      if (normaliseUsername(command.by) === normaliseUsername(account.username)) {
        throw DomainError.conflict('CANNOT_CHANGE_OWN_ROLE', 'username', 'ask another admin to change your own role');
      }
      const units = checkScope(command.role, command.units);
      if (account.role === 'admin' && command.role !== 'admin') assertAnotherActiveAdmin(state, account.username);
      return [{ type: 'UserRoleChanged.v1', effectiveDate, data: { username: account.username, role: command.role, units } }];
    }
    case 'ChangePassword': {
      const account = requireAccount(existing);
      return [{ type: 'UserPasswordChanged.v1', effectiveDate, data: { username: account.username, passwordHash: command.passwordHash, reset: command.reset } }];
    }
    case 'DeactivateUser': {
      const account = requireAccount(existing);
      if (!account.active) throw DomainError.conflict('USER_ALREADY_DEACTIVATED', 'username', `${account.username} is already deactivated`);
      if (normaliseUsername(command.by) === normaliseUsername(account.username)) {
        throw DomainError.conflict('CANNOT_DEACTIVATE_SELF', 'username', 'ask another admin to deactivate your own account');
      }
      if (account.role === 'admin') assertAnotherActiveAdmin(state, account.username);
      return [{ type: 'UserDeactivated.v1', effectiveDate, data: { username: account.username, reason: command.reason } }];
    }
    case 'ReactivateUser': {
      const account = requireAccount(existing);
      if (account.active) throw DomainError.conflict('USER_ALREADY_ACTIVE', 'username', `${account.username} is active`);
      return [{ type: 'UserReactivated.v1', effectiveDate, data: { username: account.username } }];
    }
    default: return assertNever(command);
  }
}

function requireAccount(account: Account | undefined): Account {
  if (!account) throw DomainError.notFound('USER_NOT_FOUND', 'username', 'no such user');
  return account;
}

/** Accountants act for named units only; other roles may be department-wide ('all') or scoped. */
function checkScope(role: AccountRole, units: UnitScope): UnitScope {
  if (!ACCOUNT_ROLES.includes(role)) throw DomainError.invalid('INVALID_ROLE', 'role', `role must be one of ${ACCOUNT_ROLES.join(', ')}`);
  if (role === 'admin' || role === 'auditor') {
    if (units !== 'all') throw DomainError.invalid('SCOPE_NOT_APPLICABLE', 'units', `${role} works department-wide: units must be "all"`);
    return 'all';
  }
  if (units === 'all') {
    if (role === 'accountant') throw DomainError.invalid('ACCOUNTANT_NEEDS_UNITS', 'units', 'an accountant records for named budget units: list their codes');
    return 'all';
  }
  const codes = [...new Set(units.map((u) => u.trim()))];
  if (codes.length === 0) throw DomainError.invalid('UNITS_REQUIRED', 'units', 'name at least one budget unit, or "all"');
  const bad = codes.find((u) => !/^\d{6,12}$/.test(u));
  if (bad !== undefined) throw DomainError.invalid('INVALID_UNIT_CODE', 'units', `"${bad}" is not a budget unit code (6–12 digits, e.g. 426002)`);
  return codes.sort();
}

function assertAnotherActiveAdmin(state: AccountDirectory, username: string): void {
  const others = state.accounts.valueSeq().filter((a) => a.active && a.role === 'admin' && normaliseUsername(a.username) !== normaliseUsername(username));
  if (others.count() === 0) throw DomainError.conflict('LAST_ADMIN', 'username', 'the department needs at least one active admin');
}
