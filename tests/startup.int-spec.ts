import Database from 'better-sqlite3';
import { ChildProcess, execSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The product as `npm start` runs it: the built all-in-one entry in a child process, on a fresh DATA_DIR.
 * Proves the first start imports the demo budget and simulates its year, Ctrl-C loses nothing acknowledged, a restart does not
 * import twice, bad configuration exits with one clear line, and a private Redis is started when needed.
 */
const ROOT = join(__dirname, '..');
const MAIN = join(ROOT, 'dist/src/main.js');
jest.setTimeout(600_000); // each start is bounded by untilHealthy; the first imports and simulates the demo year

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Running { child: ChildProcess; base: string; output: () => string; exited: Promise<number | null> }

/** every child started, so that a failed test leaves no server running */
const children: ChildProcess[] = [];

function start(env: Record<string, string>): Running {
  let output = '';
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  child.stdout?.on('data', (d) => { output += String(d); });
  child.stderr?.on('data', (d) => { output += String(d); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, base: `http://127.0.0.1:${env.PORT}`, output: () => output, exited };
}

/** Until /health answers 200 (the first start imports and simulates the demo year first: slow on a busy machine). */
async function untilHealthy(app: Running, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`${app.base}/health`).then((r) => r.ok, () => false);
    if (ok) return;
    if (app.child.exitCode !== null) throw new Error(`exited early: ${app.output()}`);
    if (Date.now() > deadline) throw new Error(`never became healthy within ${timeoutMs} ms: ${app.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Until nothing accepts connections at the port any more (a positive answer: refused), or fails after `timeoutMs`. */
async function untilRefused(port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const accepted = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => { socket.destroy(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (!accepted) return;
    if (Date.now() > deadline) throw new Error(`port ${port} still accepts connections after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = async (response: Promise<Response>): Promise<any> => (await response).json();

const post = (base: string, path: string, body: unknown, token?: string) => fetch(`${base}${path}`, {
  method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body),
});
const get = (base: string, path: string, token: string) => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });

/** The first start prints the generated admin password once; a session token for it. */
async function loginAsPrintedAdmin(app: Running): Promise<string> {
  const password = /密码 password:\s+(\S+)/.exec(app.output())?.[1];
  expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
  const res = await post(app.base, '/api/v1/auth/login', { username: 'admin', password });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

describe('npm start (the built all-in-one entry)', () => {
  const dirs: string[] = [];
  const dataDir = () => { const d = mkdtempSync(join(tmpdir(), 'budget-start-')); dirs.push(d); return d; };

  beforeAll(() => { execSync('npm run build', { cwd: ROOT, stdio: 'ignore' }); });
  afterEach(async () => {
    await Promise.all(children.splice(0).filter((c) => c.exitCode === null && c.signalCode === null)
      .map((c) => new Promise((resolve) => { c.once('exit', resolve); c.kill('SIGKILL'); })));
  });
  afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

  it('given bad configuration, exits with code 2 and one line naming the variable', async () => {
    const app = start({ PORT: 'eighty', DATA_DIR: dataDir() });
    expect(await app.exited).toBe(2);
    expect(app.output().trim().split('\n')).toHaveLength(1);
    expect(app.output()).toContain('PORT');
  });

  it('given EVENT_STORE=postgres without EVENT_STORE_URL, exits with code 2 and one line naming EVENT_STORE_URL', async () => {
    const app = start({ PORT: String(await freePort()), DATA_DIR: dataDir(), EVENT_STORE: 'postgres' });
    expect(await app.exited).toBe(2);
    expect(app.output().trim().split('\n')).toHaveLength(1);
    expect(app.output()).toMatch(/^invalid configuration: EVENT_STORE_URL: EVENT_STORE=postgres needs EVENT_STORE_URL/);
  });

  it('given an unknown DEMO_DATA, exits with code 2 and one line naming the variable and its values', async () => {
    const app = start({ PORT: String(await freePort()), DATA_DIR: dataDir(), DEMO_DATA: 'yes' });
    expect(await app.exited).toBe(2);
    expect(app.output().trim().split('\n')).toHaveLength(1);
    expect(app.output()).toMatch(/DEMO_DATA: must be true .* budget .* or false \(got "yes"\)/);
  });

  it('given an ADMIN_PASSWORD that breaks the password policy, the first start exits with code 2 and one line naming it, no stack trace, the password not shown', async () => {
    const app = start({ PORT: String(await freePort()), DATA_DIR: dataDir(), DEMO_DATA: 'false', ADMIN_USERNAME: 'caiwuke', ADMIN_PASSWORD: 'caiwuke-Ledger-2023' });
    expect(await app.exited).toBe(2);
    expect(app.output().trim().split('\n')).toEqual(['invalid configuration: ADMIN_PASSWORD: the password must not contain the username']);
    expect(app.output()).not.toContain('caiwuke-Ledger-2023');
  });

  it('given rejected secrets (a short SESSION_SECRET, an SMTP_URL with credentials), exits with code 2 naming both on one line and quoting neither secret', async () => {
    const app = start({ PORT: String(await freePort()), DATA_DIR: dataDir(), SESSION_SECRET: 'short-Session-Secret-77', SMTP_URL: 'http://alerts:Sm7p-Pa55word@mail.example:587' });
    expect(await app.exited).toBe(2);
    const lines = app.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/SESSION_SECRET: .*SMTP_URL: /);
    expect(app.output()).not.toMatch(/short-Session-Secret-77|Sm7p-Pa55word/);
  });

  it('given NODE_ENV=production with the secrets docker-compose.yml once defaulted to, exits with code 2 and one line naming each (ADR 16)', async () => {
    const app = start({
      PORT: String(await freePort()), DATA_DIR: dataDir(), NODE_ENV: 'production', ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'change-me-please',
      SESSION_SECRET: 'development-only-session-secret-change-me-0123456789',
    });
    expect(await app.exited).toBe(2);
    const lines = app.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^invalid configuration: SESSION_SECRET: .*ADMIN_PASSWORD: /);
    expect(app.output()).not.toMatch(/change-me-please|development-only-session-secret/);
  });

  it('given no Redis and autostart off, exits with code 2 saying what to install', async () => {
    const app = start({ PORT: String(await freePort()), DATA_DIR: dataDir(), REDIS_URL: `redis://127.0.0.1:${await freePort()}`, REDIS_AUTOSTART: 'false' });
    expect(await app.exited).toBe(2);
    expect(app.output()).toMatch(/Redis is not answering.*install Redis/);
  });

  it('given a fresh data dir, prints a generated admin password once, imports the demo budget once, keeps every acknowledged command across Ctrl-C and restart', async () => {
    const env = { PORT: String(await freePort()), DATA_DIR: dataDir() };
    const first = start(env);
    await untilHealthy(first);
    const token = await loginAsPrintedAdmin(first);
    const budget = await json(get(first.base, '/api/v1/budgets/426/2023', token));
    expect(budget.documents).toHaveLength(1);
    expect(budget.documents[0].totals.total).toBe('92097300.00');
    // DEMO_DATA defaults to true: the first page already shows a simulated year, and says so
    expect(await json(get(first.base, '/api/v1/demo-data', token))).toEqual({ label: '演示数据（模拟）', fiscalYears: [{ fiscalYear: 2023, budget: true, simulated: true }] });

    const line = budget.documents[0].projects.find((p: { code: string }) => p.code === 'P09');
    const lineId = `${line.unit}-2023-P09`;
    // four clients paying in a loop until the server goes away; Ctrl-C once the first payment is acknowledged,
    // so that it lands with payments in flight however slow the machine is
    const statuses: number[] = [];
    let sent = 0;
    let firstAcknowledged!: () => void;
    const acknowledgedOnce = new Promise<void>((resolve) => { firstAcknowledged = resolve; });
    const clients = Array.from({ length: 4 }, async () => {
      for (;;) {
        const status = await post(first.base, `/api/v1/lines/${lineId}/disbursements`, { amount: '100.01', effectiveDate: '2023-05-06', voucherNo: `startup-${sent++}` }, token)
          .then((r) => r.status, () => 0);
        statuses.push(status);
        if (status === 201) firstAcknowledged();
        if (status !== 201 || sent >= 2000) return;
      }
    });
    await acknowledgedOnce;
    first.child.kill('SIGINT');
    await Promise.all(clients);
    expect(await first.exited).toBe(0);
    const acknowledged = statuses.filter((s) => s === 201).length;
    expect(acknowledged).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 201 || s === 0 || s === 503)).toBe(true);

    const second = start(env);
    await untilHealthy(second);
    // the session outlives the restart (its key is kept in DATA_DIR); the password is not printed again
    expect(second.output()).not.toContain('首个管理员');
    const again = await json(get(second.base, '/api/v1/budgets/426/2023', token));
    expect(again.documents).toHaveLength(1);
    const state = await json(get(second.base, `/api/v1/lines/${lineId}`, token));
    expect(state.disbursements).toBeGreaterThanOrEqual(acknowledged);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('given read models that must be rebuilt, listens and is healthy at once; queries answer 503 READ_MODEL_BEHIND with the progress and commands are accepted until the rebuild is done; then the read models answer', async () => {
    const env = { PORT: String(await freePort()), DATA_DIR: dataDir(), DEMO_DATA: 'budget', ALERTS_ENABLED: 'false', ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'Budget-Office-2023!' };
    const first = start(env);
    await untilHealthy(first);
    const token = ((await json(post(first.base, '/api/v1/auth/login', { username: 'admin', password: env.ADMIN_PASSWORD }))) as { token: string }).token;
    const lineId = '426006-2023-P09';
    for (let i = 0; i < 30; i++) expect((await post(first.base, `/api/v1/lines/${lineId}/disbursements`, { amount: '100.01', effectiveDate: '2023-05-06', voucherNo: `rebuild-${i}` }, token)).status).toBe(201);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    // an upgrade changed a read model's shape: every read model must be rebuilt from the events at the next start …
    const readModels = new Database(join(env.DATA_DIR, 'read-models.sqlite'));
    readModels.exec('alter table rm_lines add column retired_column text');
    // … and the test holds the read models' write lock meanwhile, so that the rebuild stays in progress until it lets go
    readModels.exec('begin immediate');
    const second = start(env);
    try {
      await untilHealthy(second);
      const health = await json(fetch(`${second.base}/health`));
      expect(health.checks.readModels).toMatchObject({ status: 'catching-up', catchUp: { phase: 'rebuilding', target: expect.any(Number) } });
      expect(health.checks.readModels.catchUp.percent).toBeLessThan(100);

      const query = await get(second.base, '/api/v1/execution?groupBy=department&fiscalYear=2023&asOf=2023-12-31', token);
      expect(query.status).toBe(503);
      expect(query.headers.get('retry-after')).toMatch(/^\d+$/);
      const problem = await json(Promise.resolve(query));
      expect(problem).toMatchObject({ code: 'READ_MODEL_BEHIND', progress: { phase: 'rebuilding', target: health.checks.readModels.catchUp.target } });
      expect(problem.progress.percent).toBeLessThan(100);

      const command = await post(second.base, `/api/v1/lines/${lineId}/disbursements`, { amount: '100.01', effectiveDate: '2023-05-07', voucherNo: 'during-rebuild' }, token);
      expect(command.status).toBe(201);
      const { position } = (await command.json()) as { position: number };

      readModels.exec('rollback'); // the rebuild may go on
      readModels.close();
      let answered: Response | undefined;
      for (let i = 0; i < 600 && answered?.status !== 200; i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 100));
        answered = await get(second.base, `/api/v1/execution?groupBy=department&fiscalYear=2023&asOf=2023-12-31&minPosition=${position}`, token);
        if (answered.status !== 200) expect((await json(Promise.resolve(answered))).code).toBe('READ_MODEL_BEHIND');
      }
      expect(answered?.status).toBe(200);
      expect((await json(Promise.resolve(answered!))).rows[0]).toMatchObject({ disbursementCount: 31, disbursed: '3100.31' });
      // /health's head may already hold an event the read models reach a moment later: wait for it to say caught up
      let readModelsHealth: { status?: string; behind?: number } = {};
      for (let i = 0; i < 300 && !(readModelsHealth.status === 'up' && readModelsHealth.behind === 0); i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 100));
        readModelsHealth = (await json(fetch(`${second.base}/health`))).checks.readModels;
      }
      expect(readModelsHealth).toMatchObject({ status: 'up', behind: 0 });
    } finally {
      if (readModels.open) readModels.close();
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });

  it('given no Redis at a local URL, starts a private redis-server and stops it on SIGTERM', async () => {
    const redisPort = await freePort();
    const app = start({ PORT: String(await freePort()), DATA_DIR: dataDir(), DEMO_DATA: 'false', REDIS_URL: `redis://127.0.0.1:${redisPort}` });
    await untilHealthy(app);
    const health = await json(fetch(`${app.base}/health`));
    expect(health.checks.redis.status).toBe('up');
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    await untilRefused(redisPort); // the private redis-server was told to stop: it does, without a sleep to guess how long
  });
});
