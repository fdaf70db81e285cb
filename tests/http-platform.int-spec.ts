import { gzipSync } from 'node:zlib';
import { ACCOUNTS_STREAM, accountsDecider } from '@app/domain';
import { AggregateStore, systemContext } from '@app/kernel';
import { lineIds } from './support/budget-document';
import { TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';

/**
 * The HTTP platform under every route (docs/adr/0021-http-platform.md): bodies the parser cannot take are 4xx
 * problems before authentication, API answers are never stored by a cache, JSON answers are compressed.
 */
describe('the HTTP platform (e2e)', () => {
  let t: TestApp;
  let ids: ReturnType<typeof lineIds>;

  beforeAll(async () => {
    t = await startTestApp();
    await t.importBudget();
    ids = lineIds(2023);
  });
  afterAll(async () => { await t?.close(); });

  const login = JSON.stringify({ username: 'admin', password: 'not-the-password' });
  /** The bytes as given: superagent would JSON-encode a Buffer sent as application/json. */
  const raw = (path: string, headers: Record<string, string>, body: string | Buffer) =>
    t.anonymous.post(path).set({ 'Content-Type': 'application/json', ...headers }).serialize((b: unknown) => b as string).send(body as string);
  const deep = (levels: number) => `{"username": ${'['.repeat(levels)}${']'.repeat(levels)}, "password": "x"}`;

  describe('given a body the parser cannot take, when it is sent without a session, then a 4xx problem (never 500) and nothing recorded', () => {
    for (const path of ['/api/v1/auth/login', '/api/v1/lines/426002-2023-P01/disbursements']) {
      describe(`to ${path}`, () => {
        it('JSON in charset latin1 → 415 UNSUPPORTED_CHARSET', async () => {
          const head = await t.headPosition();
          expectProblem(await raw(path, { 'Content-Type': 'application/json; charset=latin1' }, login), 415, 'UNSUPPORTED_CHARSET');
          expect(await t.headPosition()).toBe(head);
        });

        it('Content-Encoding br that is not brotli → 400 MALFORMED_BODY', async () => {
          expectProblem(await raw(path, { 'Content-Encoding': 'br' }, Buffer.from(login)), 400, 'MALFORMED_BODY');
        });

        it('a corrupt gzip body → 400 MALFORMED_BODY', async () => {
          const gz = gzipSync(login);
          gz.fill(0x41, 12, 20);
          expectProblem(await raw(path, { 'Content-Encoding': 'gzip' }, gz), 400, 'MALFORMED_BODY');
        });

        it('a Content-Encoding nobody supports → 415 UNSUPPORTED_CONTENT_ENCODING', async () => {
          expectProblem(await raw(path, { 'Content-Encoding': 'compress' }, Buffer.from(login)), 415, 'UNSUPPORTED_CONTENT_ENCODING');
        });

        it('JSON nested 2,000 levels deep → 400 JSON_TOO_DEEP', async () => {
          expectProblem(await raw(path, {}, deep(2000)), 400, 'JSON_TOO_DEEP');
        });
      });
    }

    it('a well-formed gzip body is read like a plain one (the login is refused for its password, not its encoding)', async () => {
      expectProblem(await raw('/api/v1/auth/login', { 'Content-Encoding': 'gzip' }, gzipSync(login)), 401, 'INVALID_CREDENTIALS');
    });

    it('nesting a DTO can need (a few levels) is not refused as too deep: the validation pipe names the field', async () => {
      expectProblem(await raw('/api/v1/auth/login', {}, deep(5)), 400, 'VALIDATION_FAILED', 'username');
    });
  });

  it('given a logged-in user, when a command body nests 2,000 levels deep, then 400 JSON_TOO_DEEP and nothing recorded', async () => {
    const head = await t.headPosition();
    const res = await t.http.post(`/api/v1/lines/${ids.operating}/disbursements`).set('Content-Type', 'application/json')
      .send(`{"amount": "1.00", "effectiveDate": "2023-03-05", "voucherNo": "记-deep", "payee": "张三", "summary": ${'['.repeat(2000)}${']'.repeat(2000)}}`);
    expectProblem(res, 400, 'JSON_TOO_DEEP');
    expect(await t.headPosition()).toBe(head);
  });

  describe('sessions, resolved from memory until the account changes', () => {
    it('given a session, when this instance changes the account, then the very next request sees it', async () => {
      const user = await t.httpAs({ role: 'manager', units: ['426002'] });
      expectStatus(await user.get('/api/v1/auth/me'), 200);

      expectStatus(await t.http.put(`/api/v1/users/${user.username}/role`).send({ role: 'auditor', units: 'all' }), 200);

      expectProblem(await user.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    });

    it('given a session, when another instance deactivates the account (written straight to the store), then this instance refuses the session soon after', async () => {
      const user = await t.httpAs({ role: 'auditor' });
      expectStatus(await user.get('/api/v1/auth/me'), 200);
      const elsewhere = new AggregateStore(t.store, { retries: 3, cacheSize: 0 });
      const ctx = systemContext('admin');
      await elsewhere.handle(ACCOUNTS_STREAM, accountsDecider, (state) => ({
        events: accountsDecider.decide({ type: 'DeactivateUser', username: user.username, reason: '调离本单位', by: 'admin' }, state, ctx), unit: null,
      }), ctx);

      // within DIRECTORY_FRESH_MS (1 s) on a quiet machine; the bound here only keeps a broken cache from hanging the test
      const deadline = Date.now() + 30_000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        status = (await user.get('/api/v1/auth/me')).status;
        if (status === 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status).toBe(401);
    });
  });

  describe('compression', () => {
    it('a JSON answer over 1 kB goes compressed to a client that accepts it; a small answer goes as is', async () => {
      const large = await t.http.get('/api/docs-json').set('Accept-Encoding', 'gzip');
      expectStatus(large, 200);
      expect(large.headers['content-encoding']).toBe('gzip');
      expect(large.body.openapi).toMatch(/^3\./);
      const small = await t.http.get('/api/v1/auth/me').set('Accept-Encoding', 'gzip');
      expectStatus(small, 200);
      expect(small.headers['content-encoding']).toBeUndefined();
    });
  });

  describe('caching', () => {
    it('authenticated API answers carry Cache-Control: no-store (reads, commands and problems alike)', async () => {
      const read = await t.http.get(`/api/v1/lines/${ids.operating}`);
      expectStatus(read, 200);
      expect(read.headers['cache-control']).toBe('no-store');
      const refused = await t.http.post(`/api/v1/lines/${ids.operating}/disbursements`).send({});
      expectProblem(refused, 400, 'VALIDATION_FAILED');
      expect(refused.headers['cache-control']).toBe('no-store');
      const users = await t.http.get('/api/v1/users');
      expectStatus(users, 200);
      expect(users.headers['cache-control']).toBe('no-store');
    });

    it('an API path sent percent-encoded is no-store too, by the route it reaches', async () => {
      const read = await t.http.get(`/api/v1/%6cines/${ids.operating}`);
      expect(read.headers['cache-control']).toBe('no-store');
    });
  });

  it('the server cuts a request still arriving after 5 minutes (Node\'s default, which Fastify would turn off)', () => {
    expect((t.app.getHttpServer() as { requestTimeout: number }).requestTimeout).toBe(300_000);
  });
});
