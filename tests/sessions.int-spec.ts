import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@app/config';
import { SessionRevocations } from '../apps/api/src/auth/session-revocations';
import { TEST_ADMIN, TEST_PASSWORD, TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/**
 * Issue 12 §3: a logout did not end a bearer token (it only cleared the cookie), and authenticated answers carried
 * no Cache-Control, so a browser or proxy could keep figures, exports and tokens.
 */
describe('logout and caching of signed-in answers', () => {
  let t: TestApp;
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true });

  beforeAll(async () => {
    t = await startTestApp();
    await t.importBudget();
    await Promise.all([redis.connect(), t.redisReady()]);
  }, 120_000);
  afterAll(async () => {
    redis.disconnect();
    await t?.close();
  });

  const me = (token: string) => t.anonymous.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);

  it('given two sessions of one user, when one logs out with its bearer token, then that token is refused (401) and the other session goes on', async () => {
    const user = await t.httpAs({ role: 'manager', units: 'all' });
    const [first, second] = [await t.login(user.username), await t.login(user.username, TEST_PASSWORD)];
    expectStatus(await me(first), 200);

    expectStatus(await t.anonymous.post('/api/v1/auth/logout').set('Authorization', `Bearer ${first}`), 204);

    expectProblem(await me(first), 401, 'UNAUTHENTICATED');
    expectProblem(await t.anonymous.get('/api/v1/execution?groupBy=unit').set('Authorization', `Bearer ${first}`), 401, 'UNAUTHENTICATED');
    expect(second).not.toBe(first); // each login its own token, even within one second
    expectStatus(await me(second), 200);
  });

  it('given a browser session, when it logs out with its cookie, then the cookie is cleared and the token behind it is refused, also as a bearer token', async () => {
    const login = await t.anonymous.post('/api/v1/auth/login').send(TEST_ADMIN);
    expectStatus(login, 200);
    const cookie = String(login.headers['set-cookie']).split(';')[0];

    const out = await t.anonymous.post('/api/v1/auth/logout').set('Cookie', cookie);

    expectStatus(out, 204);
    expect(String(out.headers['set-cookie'])).toMatch(/^budget_session=;/);
    expectProblem(await t.anonymous.get('/api/v1/auth/me').set('Cookie', cookie), 401, 'UNAUTHENTICATED');
    expectProblem(await me(login.body.token), 401, 'UNAUTHENTICATED');
  });

  it('given a logout, then another instance sharing Redis refuses the token too, and Redis holds its hash, never the token', async () => {
    const user = await t.httpAs({ role: 'auditor' });
    const token = await t.login(user.username);
    expectStatus(await t.anonymous.post('/api/v1/auth/logout').set('Authorization', `Bearer ${token}`), 204);

    const config = t.app.get<AppConfig>(APP_CONFIG);
    // the instance that recorded it also has it in memory; a fresh one can only have it from Redis
    const otherInstance = new SessionRevocations(config, redis);
    expect(await otherInstance.isRevoked(token)).toBe(true);
    expect(await otherInstance.isRevoked(await t.login(TEST_ADMIN.username, TEST_ADMIN.password))).toBe(false);
    const stored = await redis.keys(`${config.QUEUE_PREFIX}:auth:revoked:*`);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.join('\n')).not.toContain(token);
  });

  it('given no or a bad token, then logout answers 204 and changes nothing', async () => {
    expectStatus(await t.anonymous.post('/api/v1/auth/logout'), 204);
    expectStatus(await t.anonymous.post('/api/v1/auth/logout').set('Authorization', 'Bearer not.a.token'), 204);
    expectStatus(await t.http.get('/api/v1/auth/me'), 200);
  });

  it('given a login or a password change, then the answer with the token is Cache-Control: no-store', async () => {
    const login = await t.anonymous.post('/api/v1/auth/login').send(TEST_ADMIN);
    expect(login.headers['cache-control']).toBe('no-store');
    const user = await t.httpAs({ role: 'accountant', units: ['426002'] });
    const changed = await user.post('/api/v1/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'Another-Secret-42' });
    expectStatus(changed, 200);
    expect(changed.headers['cache-control']).toBe('no-store');
  });

  it('given a signed-in caller, then every GET answer of the API, JSON or export, success or problem, is Cache-Control: no-store', async () => {
    const doc = (await t.anonymous.get('/api/docs-json')).body as { paths: Record<string, { get?: unknown }> };
    const PUBLIC_OR_STREAM = ['/health', '/metrics', '/api/v1/live'];
    const paths = Object.keys(doc.paths).filter((p) => doc.paths[p].get && !PUBLIC_OR_STREAM.includes(p));
    expect(paths.length).toBeGreaterThan(40);
    const lineId = '426001-2023-B-2080101-30101';
    const seen: { path: string; status: number; cacheControl: unknown }[] = [];
    for (const path of paths) {
      const url = path.replace('{lineId}', lineId).replace('{year}', '2023').replace('{dept}', '426').replace('{code}', '426').replace(/\{[^}]+\}/g, 'x1');
      const res = await t.http.get(path.startsWith('/api/v1/exports/') ? `${url}?fiscalYear=2023&format=csv` : url);
      seen.push({ path, status: res.status, cacheControl: res.headers['cache-control'] });
    }
    expect(seen.filter((s) => s.cacheControl !== 'no-store')).toEqual([]);
    // among them answers that carry data: a line, the execution table, an export file
    expect(seen.filter((s) => s.status === 200).map((s) => s.path)).toEqual(expect.arrayContaining(['/api/v1/lines/{lineId}', '/api/v1/execution', '/api/v1/exports/table8']));
  });

  it('given a command, then its answer is no-store too; public answers are not marked', async () => {
    const paid = await t.http.post('/api/v1/lines/426001-2023-B-2080101-30101/disbursements').send({ amount: '10.00', effectiveDate: '2023-03-05', voucherNo: 'cc-1' });
    expectStatus(paid, 201);
    expect(paid.headers['cache-control']).toBe('no-store');
    expect((await t.anonymous.get('/health')).headers['cache-control']).not.toBe('no-store');
  });
});
