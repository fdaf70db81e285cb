import { specification } from '../testing/specification';
import { accountsDecider } from '../deciders';
import { AccountEvent, UserRegistered } from './events';
import { AccountCommand, emptyDirectory, evolveDirectory } from './directory';
import { actorDisplayName } from './actor-names';

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
        data: { username: 'kuaiji426002', displayName: '张会计', role: 'accountant', units: ['426002', '426006'], passwordHash: 'h', mustChangePassword: true },
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

  describe('when a password was set by someone else (首次登录须修改密码)', () => {
    const fold = (...events: AccountEvent[]) => events.reduce(evolveDirectory, emptyDirectory());
    const kuaiji = registered('kuaiji426002', 'accountant', ['426002']);

    it('a registration records that the user must change the admin\'s password at first login', () => {
      const [event] = given(registered('admin')).when(register()).thenEvents();
      expect(event).toMatchObject({ type: 'UserRegistered.v1', data: { mustChangePassword: true } });
      expect(fold(registered('admin'), event).accounts.get('kuaiji426002')?.passwordChangeRequired).toBe(true);
    });

    it('an account registered before this was recorded is not asked to change its password', () => {
      expect(fold(kuaiji).accounts.get('kuaiji426002')?.passwordChangeRequired).toBe(false);
    });

    it('the user\'s own change clears it, and an admin\'s reset asks for a change again', () => {
      const required = { ...kuaiji, data: { ...kuaiji.data, mustChangePassword: true } };
      const own = given(required).when({ type: 'ChangePassword', username: 'kuaiji426002', passwordHash: 'mine', reset: false }).thenEvents();
      expect(fold(required, ...own).accounts.get('kuaiji426002')?.passwordChangeRequired).toBe(false);
      const reset = given(required, ...own).when({ type: 'ChangePassword', username: 'kuaiji426002', passwordHash: 'tmp', reset: true }).thenEvents();
      expect(fold(required, ...own, ...reset).accounts.get('kuaiji426002')?.passwordChangeRequired).toBe(true);
    });

    it('a role change leaves it as it was', () => {
      const required = { ...kuaiji, data: { ...kuaiji.data, mustChangePassword: true } };
      const events = given(registered('admin'), required).when({ type: 'ChangeRole', username: 'kuaiji426002', role: 'manager', units: 'all', by: 'admin' }).thenEvents();
      expect(fold(registered('admin'), required, ...events).accounts.get('kuaiji426002')?.passwordChangeRequired).toBe(true);
    });
  });

  describe('actors as people read them', () => {
    const directory = [registered('zhang.fz')].map((e) => ({ ...e, data: { ...e.data, displayName: '张副主任' } })).reduce(evolveDirectory, emptyDirectory());

    it('shows an account\'s display name (usernames compared ignoring case), a system actor in Chinese, an unknown name as recorded', () => {
      expect(actorDisplayName(directory, 'Zhang.FZ')).toBe('张副主任');
      expect(actorDisplayName(directory, 'system:demo')).toBe('演示数据（模拟）');
      expect(actorDisplayName(directory, 'system:alerts')).toBe('系统预警');
      expect(actorDisplayName(directory, 'system:demo-import')).toBe('演示数据导入');
      expect(actorDisplayName(directory, 'system:something-new')).toBe('系统');
      expect(actorDisplayName(directory, 'left.long.ago')).toBe('left.long.ago');
      expect(actorDisplayName(directory, null)).toBeNull();
    });
  });
});
