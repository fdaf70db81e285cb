import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { TEST_PASSWORD, TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/**
 * Issue 12 §3: the login limiter keyed on the load balancer's address (so 100 failures by anyone locked everyone
 * out), its Redis keys were shared by every deployment on a Redis, and changing one's own password had no limit.
 * Two apps on one Redis: `proxied` trusts the loopback proxy (TRUSTED_PROXIES) and so sees X-Forwarded-For;
 * `direct` trusts no proxy. Each has its own QUEUE_PREFIX, as two deployments would.
 */
jest.setTimeout(60_000); // the spraying test makes 60 failed logins, each an argon2id verification

describe('login and password-change limits', () => {
  let proxied: TestApp;
  let direct: TestApp;
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true });

  beforeAll(async () => {
    [proxied, direct] = await Promise.all([
      startTestApp({ LOGIN_MAX_FAILURES: '3', TRUSTED_PROXIES: 'loopback' }),
      startTestApp({ LOGIN_MAX_FAILURES: '3' }),
    ]);
    await redis.connect();
  }, 120_000);
  afterAll(async () => {
    redis.disconnect();
    await Promise.all([proxied?.close(), direct?.close()]);
  });

  const login = (t: TestApp, username: string, password: string, client?: string) => {
    const req = t.anonymous.post('/api/v1/auth/login');
    return (client ? req.set('X-Forwarded-For', client) : req).send({ username, password });
  };
  const failThrice = async (t: TestApp, username: string, client?: string) => {
    for (let i = 0; i < 3; i++) expectProblem(await login(t, username, `wrong-guess-${i}`, client), 401, 'INVALID_CREDENTIALS');
  };
  const fresh = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

  it('given a trusted proxy, when one client fails three times, then that name is locked from that client only: the user logs in from their own address', async () => {
    const user = await proxied.httpAs({ role: 'manager', units: 'all', username: fresh('victim') });

    await failThrice(proxied, user.username, '198.51.100.66');

    const locked = await login(proxied, user.username, TEST_PASSWORD, '198.51.100.66');
    expectProblem(locked, 429, 'TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expectStatus(await login(proxied, user.username, TEST_PASSWORD, '203.0.113.10'), 200);
    // a proxy that appends: the client is the last address the trusted proxy saw
    expectStatus(await login(proxied, user.username, TEST_PASSWORD, '198.51.100.66, 203.0.113.11'), 200);
  });

  it('given a trusted proxy, when one client sprays many names, then only that client is refused, not everyone behind the proxy', async () => {
    const spray = '198.51.100.99';
    for (let i = 0; i < 60; i++) {
      const res = await login(proxied, fresh('nobody'), 'wrong-password', spray);
      expect([401, 429]).toContain(res.status);
    }
    expectProblem(await login(proxied, fresh('nobody'), 'wrong-password', spray), 429, 'TOO_MANY_LOGIN_ATTEMPTS');
    expectProblem(await login(proxied, fresh('nobody'), 'wrong-password', '203.0.113.12'), 401, 'INVALID_CREDENTIALS');
  });

  it('given no trusted proxy, then a client\'s X-Forwarded-For is ignored: it cannot escape its lock by claiming another address', async () => {
    const user = await direct.httpAs({ role: 'manager', units: 'all', username: fresh('target') });
    await failThrice(direct, user.username, '198.51.100.1');

    expectProblem(await login(direct, user.username, TEST_PASSWORD, '203.0.113.77'), 429, 'TOO_MANY_LOGIN_ATTEMPTS');
  });

  it('given two deployments on one Redis, then a lockout in one is not a lockout in the other (keys under each QUEUE_PREFIX)', async () => {
    const username = fresh('shared');
    const [inProxied, inDirect] = [await proxied.httpAs({ role: 'auditor', username }), await direct.httpAs({ role: 'auditor', username })];
    expect(inProxied.username).toBe(inDirect.username);

    await failThrice(direct, username); // both see the test's loopback address: without namespaces these were the same key
    expectProblem(await login(direct, username, TEST_PASSWORD), 429, 'TOO_MANY_LOGIN_ATTEMPTS');

    expectStatus(await login(proxied, username, TEST_PASSWORD), 200);
    const keys = await redis.keys(`*:auth:login-user:${username}|*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^budget-test-[0-9a-f]{8}:auth:login-user:/);
  });

  it('given wrong current passwords, then after LOGIN_MAX_FAILURES the password change is refused 429 even with the right one; other accounts are not affected', async () => {
    const user = await direct.httpAs({ role: 'accountant', units: ['426001'] });
    const other = await direct.httpAs({ role: 'accountant', units: ['426001'] });
    for (let i = 0; i < 3; i++) {
      expectProblem(await user.post('/api/v1/auth/password').send({ currentPassword: `not-it-${i}`, newPassword: 'Another-Secret-42' }), 422, 'WRONG_CURRENT_PASSWORD', 'currentPassword');
    }
    const head = await direct.headPosition();

    const locked = await user.post('/api/v1/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'Another-Secret-42' });

    expectProblem(locked, 429, 'TOO_MANY_PASSWORD_ATTEMPTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(await direct.headPosition()).toBe(head);
    expectStatus(await other.post('/api/v1/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'Another-Secret-42' }), 200);
  });
});
