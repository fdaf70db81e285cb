import { specification } from '../testing/specification';
import { accountsDecider } from '../deciders';
import { AccountEvent, UserRegistered } from './events';
import { AccountCommand, emptyDirectory, evolveDirectory } from './directory';

const given = specification(accountsDecider, { today: '2023-03-01' });

const registered = (username: string, role: UserRegistered['data']['role'] = 'admin', units: UserRegistered['data']['units'] = 'all'): UserRegistered => ({
  type: 'UserRegistered.v1', effectiveDate: '2023-01-01', data: { username, displayName: username, role, units, passwordHash: `hash-of-${username}` },
});
const register = (overrides: Partial<Extract<AccountCommand, { type: 'RegisterUser' }>> = {}): AccountCommand => ({
  type: 'RegisterUser', username: 'kuaiji426002', displayName: '张会计', role: 'accountant', units: ['426002'], passwordHash: 'h', ...overrides,
});

describe('用户与角色: the account directory', () => {
  describe('when registering', () => {
    it('records the user with role, sorted unit scope and the hash (never a clear password)', () => {
      given(registered('admin')).when(register({ units: ['426006', '426002', '426002'] })).then([{
        type: 'UserRegistered.v1', effectiveDate: '2023-03-01',
        data: { username: 'kuaiji426002', displayName: '张会计', role: 'accountant', units: ['426002', '426006'], passwordHash: 'h' },
      }]);
    });

    it('refuses a username already taken, ignoring case (USERNAME_TAKEN)', () => {
      given(registered('Admin')).when(register({ username: 'admin', role: 'manager', units: 'all' })).thenFails('USERNAME_TAKEN', 'username');
    });

    it.each([['a'], ['has space'], ['semi;colon'], ['x'.repeat(41)]])('refuses the username %p (INVALID_USERNAME)', (username) => {
      given().when(register({ username })).thenFails('INVALID_USERNAME', 'username');
    });

    it('accepts Chinese usernames', () => {
      given().when(register({ username: '张会计' })).thenEvents();
    });

    it('requires an accountant to name units (ACCOUNTANT_NEEDS_UNITS, UNITS_REQUIRED) with valid codes (INVALID_UNIT_CODE)', () => {
      given().when(register({ units: 'all' })).thenFails('ACCOUNTANT_NEEDS_UNITS', 'units');
      given().when(register({ units: [] })).thenFails('UNITS_REQUIRED', 'units');
      given().when(register({ units: ['42600X'] })).thenFails('INVALID_UNIT_CODE', 'units');
    });

    it('lets a manager be department-wide or scoped, but an admin or auditor only department-wide (SCOPE_NOT_APPLICABLE)', () => {
      given().when(register({ role: 'manager', units: 'all' })).thenEvents();
      given().when(register({ role: 'manager', units: ['426003'] })).thenEvents();
      given().when(register({ role: 'auditor', units: ['426003'] })).thenFails('SCOPE_NOT_APPLICABLE', 'units');
    });

    it('refuses an unknown role (INVALID_ROLE)', () => {
      given().when(register({ role: 'superuser' as never })).thenFails('INVALID_ROLE', 'role');
    });
  });

  describe('when changing roles and closing accounts', () => {
    const history: AccountEvent[] = [registered('admin'), registered('kuaiji426002', 'accountant', ['426002'])];

    it('changes a role and scope, which ends open sessions (the session version moves)', () => {
      const events = given(...history).when({ type: 'ChangeRole', username: 'KUAIJI426002', role: 'manager', units: 'all', by: 'admin' }).thenEvents();
      expect(events).toEqual([{ type: 'UserRoleChanged.v1', effectiveDate: '2023-03-01', data: { username: 'kuaiji426002', role: 'manager', units: 'all' } }]);
      const state = [...history, ...events].reduce(evolveDirectory, emptyDirectory());
      expect(state.accounts.get('kuaiji426002')).toMatchObject({ role: 'manager', units: 'all', sessionVersion: 1 });
    });

    it('refuses to change one\'s own role (CANNOT_CHANGE_OWN_ROLE) or to leave the department without an active admin (LAST_ADMIN)', () => {
      given(...history).when({ type: 'ChangeRole', username: 'admin', role: 'manager', units: 'all', by: 'admin' }).thenFails('CANNOT_CHANGE_OWN_ROLE');
      given(...history).when({ type: 'ChangeRole', username: 'admin', role: 'manager', units: 'all', by: 'kuaiji426002' }).thenFails('LAST_ADMIN');
      given(...history).when({ type: 'DeactivateUser', username: 'admin', reason: null, by: 'kuaiji426002' }).thenFails('LAST_ADMIN');
      given(...history, registered('admin2')).when({ type: 'DeactivateUser', username: 'admin', reason: null, by: 'admin2' }).thenEvents();
    });

    it('deactivates once (USER_ALREADY_DEACTIVATED), never oneself (CANNOT_DEACTIVATE_SELF), and reactivates', () => {
      const closed: AccountEvent = { type: 'UserDeactivated.v1', effectiveDate: '2023-02-01', data: { username: 'kuaiji426002', reason: '调离' } };
      given(...history, closed).when({ type: 'DeactivateUser', username: 'kuaiji426002', reason: null, by: 'admin' }).thenFails('USER_ALREADY_DEACTIVATED');
      given(...history).when({ type: 'DeactivateUser', username: 'admin', reason: null, by: 'admin' }).thenFails('CANNOT_DEACTIVATE_SELF');
      given(...history, closed).when({ type: 'ReactivateUser', username: 'kuaiji426002' }).thenEvents();
      given(...history).when({ type: 'ReactivateUser', username: 'kuaiji426002' }).thenFails('USER_ALREADY_ACTIVE');
    });

    it('a password change ends open sessions; an unknown user is USER_NOT_FOUND', () => {
      const events = given(...history).when({ type: 'ChangePassword', username: 'kuaiji426002', passwordHash: 'h2', reset: true }).thenEvents();
      const state = [...history, ...events].reduce(evolveDirectory, emptyDirectory());
      expect(state.accounts.get('kuaiji426002')).toMatchObject({ passwordHash: 'h2', sessionVersion: 1 });
      given(...history).when({ type: 'ChangePassword', username: 'nobody', passwordHash: 'h', reset: false }).thenFails('USER_NOT_FOUND', 'username');
    });
  });
});
