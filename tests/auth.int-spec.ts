import { MetadataScanner, Reflector } from '@nestjs/core';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ApiModule } from '../apps/api/src/api.module';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { ACCOUNTS_STREAM } from '@app/domain';
import { IS_PUBLIC, PERMISSIONS } from '../apps/api/src/auth/authorize';
import { SessionTokens } from '../apps/api/src/auth/session-tokens';
import { TEST_ADMIN, TEST_PASSWORD, TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/** Logging in, sessions and the account directory, against the real app, Redis and event store. */
describe('accounts and sessions (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => { t = await startTestApp({ LOGIN_MAX_FAILURES: '3' }); });
  afterAll(async () => { await t?.close(); });

  /** Login limits live in Redis across test runs: every test that fails logins uses a fresh name. */
  const freshName = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

  it('given the first admin, when logging in, then a token usable as a bearer token and an HTTP-only, same-site session cookie', async () => {
    const res = await t.anonymous.post('/api/v1/auth/login').send(TEST_ADMIN);

    expectStatus(res, 200);
    expect(res.body).toMatchObject({ token: expect.any(String), expiresAt: expect.any(String), user: { username: 'admin', role: 'admin', units: 'all' } });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^budget_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const me = await t.anonymous.get('/api/v1/auth/me').set('Authorization', `Bearer ${res.body.token}`);
    expect(me.body).toMatchObject({ username: 'admin', role: 'admin' });
    const byCookie = await t.anonymous.get('/api/v1/auth/me').set('Cookie', cookie.split(';')[0]);
    expect(byCookie.body).toMatchObject({ username: 'admin' });
  });

  it('given a wrong password or an unknown name, then the same 401 INVALID_CREDENTIALS, and nothing recorded', async () => {
    const head = await t.headPosition();
    expectProblem(await t.anonymous.post('/api/v1/auth/login').send({ username: 'admin', password: 'not-the-password' }), 401, 'INVALID_CREDENTIALS');
    expectProblem(await t.anonymous.post('/api/v1/auth/login').send({ username: freshName('nobody'), password: 'whatever-it-is' }), 401, 'INVALID_CREDENTIALS');
    expectProblem(await t.anonymous.post('/api/v1/auth/login').send({ username: 'admin' }), 400, 'VALIDATION_FAILED', 'password');
    expect(await t.headPosition()).toBe(head);
  });

  it('given LOGIN_MAX_FAILURES failures for a name, then even the right password gets 429 with Retry-After, while other names still log in', async () => {
    const user = await t.httpAs({ role: 'manager', units: 'all', username: freshName('target') });
    for (let i = 0; i < 3; i++) {
      expectProblem(await t.anonymous.post('/api/v1/auth/login').send({ username: user.username, password: `wrong-guess-${i}` }), 401, 'INVALID_CREDENTIALS');
    }

    const locked = await t.anonymous.post('/api/v1/auth/login').send({ username: user.username, password: TEST_PASSWORD });

    expectProblem(locked, 429, 'TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    expectStatus(await t.anonymous.post('/api/v1/auth/login').send(TEST_ADMIN), 200);
  });

  it('given an expired, forged or tampered token, then 401', async () => {
    const tokens = t.app.get(SessionTokens);
    const expired = await tokens.issue({ username: 'admin', sessionVersion: 0 }, new Date(Date.now() - 9 * 3600_000));
    const forged = await new SignJWT({ ver: 0 }).setProtectedHeader({ alg: 'HS256' }).setSubject('admin').setIssuer('budget-tracker')
      .setExpirationTime('1h').sign(new TextEncoder().encode('x'.repeat(48)));
    const good = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const [h, p, s] = good.split('.');
    const tampered = [h, Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), sub: 'auditor1' })).toString('base64url'), s].join('.');

    for (const token of [expired.token, forged, tampered]) {
      expectProblem(await t.anonymous.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`), 401, 'UNAUTHENTICATED');
    }
    expectStatus(await t.anonymous.get('/api/v1/auth/me').set('Authorization', `Bearer ${good}`), 200);
  });

  it('given a password change, then every earlier session ends and only the new password logs in', async () => {
    const user = await t.httpAs({ role: 'accountant', units: ['426001'] });

    expectProblem(await user.post('/api/v1/auth/password').send({ currentPassword: 'wrong-current', newPassword: 'Another-Secret-42' }), 422, 'WRONG_CURRENT_PASSWORD', 'currentPassword');
    expectProblem(await user.post('/api/v1/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'short' }), 422, 'PASSWORD_TOO_SHORT', 'newPassword');
    expectProblem(await user.post('/api/v1/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }), 422, 'PASSWORD_UNCHANGED', 'newPassword');
    const changed = await user.post('/api/v1/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'Another-Secret-42' });
    expectStatus(changed, 200);

    expectProblem(await user.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    // the session that changed it goes on with the new token (and cookie) it was answered
    expect(String(changed.headers['set-cookie'])).toMatch(/^budget_session=[^;]+;/);
    expectStatus(await t.anonymous.get('/api/v1/auth/me').set('Authorization', `Bearer ${changed.body.token}`), 200);
    expectProblem(await t.anonymous.post('/api/v1/auth/login').send({ username: user.username, password: TEST_PASSWORD }), 401, 'INVALID_CREDENTIALS');
    expectStatus(await t.anonymous.post('/api/v1/auth/login').send({ username: user.username, password: 'Another-Secret-42' }), 200);
  });

  it('given a password set by someone else (the first admin\'s, an admin\'s at registration, a reset), then /auth/me asks for a change until the user makes one', async () => {
    expect((await t.http.get('/api/v1/auth/me')).body).toMatchObject({ username: 'admin', passwordChangeRequired: true });
    const res = await t.http.post('/api/v1/users').send({ username: 'fuzeren-new', displayName: '王负责人', role: 'manager', units: 'all', password: 'Given-By-Admin-7' });
    expectStatus(res, 201);
    const login = await t.anonymous.post('/api/v1/auth/login').send({ username: 'fuzeren-new', password: 'Given-By-Admin-7' });
    expect(login.body.user).toMatchObject({ displayName: '王负责人', passwordChangeRequired: true });
    const changed = await t.anonymous.post('/api/v1/auth/password').set('Authorization', `Bearer ${login.body.token}`)
      .send({ currentPassword: 'Given-By-Admin-7', newPassword: 'Chosen-By-Me-2023' });
    expectStatus(changed, 200);
    expect(changed.body.user).toMatchObject({ passwordChangeRequired: false });
    expect((await t.anonymous.get('/api/v1/auth/me').set('Authorization', `Bearer ${changed.body.token}`)).body).toMatchObject({ passwordChangeRequired: false });
    expectStatus(await t.http.post('/api/v1/users/fuzeren-new/password-reset'), 200);
    expect((await t.http.get('/api/v1/users')).body.users.find((u: { username: string }) => u.username === 'fuzeren-new')).toMatchObject({ passwordChangeRequired: true });
  });

  it('given an admin registering a user without a password, then one is generated, shown once, and works; the account is an event by the admin with an argon2id hash', async () => {
    const res = await t.http.post('/api/v1/users').send({ username: 'kuaiji426003', displayName: '李会计', role: 'accountant', units: ['426003'] });

    expectStatus(res, 201);
    expect(res.body).toMatchObject({ username: 'kuaiji426003', role: 'accountant', units: ['426003'], generatedPassword: expect.stringMatching(/^\S{20}$/) });
    expectStatus(await t.anonymous.post('/api/v1/auth/login').send({ username: 'kuaiji426003', password: res.body.generatedPassword }), 200);
    const event = (await t.store.readStream(ACCOUNTS_STREAM)).find((e) => (e.data as { username: string }).username === 'kuaiji426003');
    expect(event).toMatchObject({ type: 'UserRegistered.v1', metadata: { actor: 'admin' }, data: { role: 'accountant', units: ['426003'] } });
    expect((event?.data as { passwordHash: string }).passwordHash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(event)).not.toContain(res.body.generatedPassword);
    const list = await t.http.get('/api/v1/users');
    expect(list.body.users.find((u: { username: string }) => u.username === 'kuaiji426003')).toEqual({ username: 'kuaiji426003', displayName: '李会计', role: 'accountant', units: ['426003'], active: true, passwordChangeRequired: true });
  });

  it.each([
    [{ username: 'x y', role: 'manager', units: 'all' }, 422, 'INVALID_USERNAME', 'username'],
    [{ username: 'kj-1', role: 'accountant', units: 'all' }, 422, 'ACCOUNTANT_NEEDS_UNITS', 'units'],
    [{ username: 'kj-2', role: 'accountant', units: 426002 }, 400, 'VALIDATION_FAILED', 'units'],
    [{ username: 'kj-3', role: 'root', units: 'all' }, 400, 'VALIDATION_FAILED', 'role'],
    [{ username: 'kj-4', role: 'manager', units: 'all', password: 'kj-4-kj-4-kj-4' }, 422, 'PASSWORD_CONTAINS_USERNAME', 'password'],
    [{ username: 'admin', role: 'manager', units: 'all' }, 409, 'USERNAME_TAKEN', 'username'],
  ])('given a bad registration %j, then %i %s and nothing recorded', async (body, status, code, field) => {
    const head = await t.headPosition();
    expectProblem(await t.http.post('/api/v1/users').send(body), status, code, field);
    expect(await t.headPosition()).toBe(head);
  });

  it('given a deactivated account, then its sessions end and it cannot log in; reactivated, it can again', async () => {
    const user = await t.httpAs({ role: 'auditor' });
    expectStatus(await t.http.post(`/api/v1/users/${user.username}/deactivation`).send({ reason: '调离本单位' }), 200);

    expectProblem(await user.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    expectProblem(await t.anonymous.post('/api/v1/auth/login').send({ username: user.username, password: TEST_PASSWORD }), 401, 'INVALID_CREDENTIALS');
    expectProblem(await t.http.post('/api/v1/users/admin/deactivation').send({}), 409, 'CANNOT_DEACTIVATE_SELF');

    expectStatus(await t.http.post(`/api/v1/users/${user.username}/reactivation`), 200);
    expectStatus(await t.anonymous.post('/api/v1/auth/login').send({ username: user.username, password: TEST_PASSWORD }), 200);
  });

  it('given an admin reset, then the generated password logs in and the old one does not', async () => {
    const user = await t.httpAs({ role: 'manager', units: ['426005'] });
    const res = await t.http.post(`/api/v1/users/${user.username}/password-reset`);
    expectStatus(res, 200);
    expectProblem(await user.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    expectStatus(await t.anonymous.post('/api/v1/auth/login').send({ username: user.username, password: res.body.generatedPassword }), 200);
  });

  it('given any response, then helmet\'s security headers are set', async () => {
    const res = await t.anonymous.get('/health');
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'strict-transport-security': expect.any(String),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
    });
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('every route of the API declares a permission or is explicitly public (the guard refuses the rest)', () => {
    const reflector = new Reflector();
    const scanner = new MetadataScanner();
    const undeclared: string[] = [];
    let routes = 0;
    for (const type of controllersOf(ApiModule)) {
      for (const name of scanner.getAllMethodNames(type.prototype)) {
        const handler = (type.prototype as Record<string, () => unknown>)[name];
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        routes++;
        const declared = reflector.getAllAndOverride(IS_PUBLIC, [handler, type]) || reflector.getAllAndOverride(PERMISSIONS, [handler, type]);
        if (!declared) undeclared.push(`${type.name}.${name}`);
      }
    }
    expect(routes).toBeGreaterThan(25);
    expect(undeclared).toEqual([]);
  });
});

/** Every controller of a module and of the modules it imports (static ones: the API's are). */
function controllersOf(module: object, seen = new Set<object>()): (new (...args: never[]) => object)[] {
  if (seen.has(module)) return [];
  seen.add(module);
  const imports = (Reflect.getMetadata('imports', module) ?? []) as object[];
  return [...(Reflect.getMetadata('controllers', module) ?? []), ...imports.flatMap((m) => (typeof m === 'function' ? controllersOf(m, seen) : []))];
}
