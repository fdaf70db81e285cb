import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureRedis } from '../../src/redis-launcher';
import { SERVER_PROCESS_ENV } from '../../src/memory-policy';
import type { ProbeReport } from './loop-probe';
import { type ReadModelSettings, seed } from './read-model-bench';
import { freePort } from './free-port';

/**
 * Start-up on a large store whose read models must be rebuilt (issue 14): the all-in-one app from dist
 * (`node dist/src/main.js`, SQLite events and read models, a private Redis, alerts on) started on a DATA_DIR
 * holding only the section 4 store of about 1M events, i.e. no read models and no alert checkpoint yet.
 * Measured from the spawn: until `/health` answers (listening), until the read models include the head seen
 * then (caught up); meanwhile a query every 250 ms (503 READ_MODEL_BEHIND with progress, or its rows) and one
 * command (a 欠薪案件 reported, a new stream: not a cold fold). Inside the app a preloaded probe
 * (`loop-probe.ts`) measures the main thread's event-loop delay (monitorEventLoopDelay) from listening to
 * caught up, the main thread's CPU, and the process's peak RSS (VmHWM, all threads); then the main thread's
 * CPU in the 10 s after catching up (the alert trigger loop must not reread the history).
 */
export interface StartupSettings {
  readonly dir: string;
  readonly repoRoot: string;
  /** the store to start on (copied); seeded with `disbursements` when absent */
  readonly storeFile: string;
  readonly disbursements: number;
  readonly log: (line: string) => void;
  /** give up after this long (default 15 min) */
  readonly timeoutMs?: number;
}

export interface StartupResult {
  readonly events: number;
  /** spawn → first 200 from /health */
  readonly listeningMs: number;
  /** the same on an empty store, just before: what starting the process costs on this machine now */
  readonly emptyListeningMs: number;
  /** spawn → the read models include the head seen at listening */
  readonly caughtUpMs: number;
  /** the first query answered while catching up: status, code and progress */
  readonly queryWhileCatchingUp: { readonly status: number; readonly code?: string; readonly progress?: unknown; readonly atMs: number } | null;
  readonly queryStatuses: Record<string, number>;
  /** the command sent right after listening */
  readonly command: { readonly status: number; readonly ms: number; readonly atMs: number } | null;
  /** highest catch-up share seen in /health below 100 %, and how many readings were below 100 % */
  readonly progressSeen: { readonly below100: number; readonly max: number | null };
  /** listening → caught up, inside the app */
  readonly catchingUp: ProbeReport;
  /** the 10 s after catching up */
  readonly afterwards: ProbeReport;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function probe(child: ChildProcess, command: 'reset' | 'report'): Promise<ProbeReport | undefined> {
  child.send({ probe: command });
  if (command === 'reset') return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the probe did not answer')), 10_000);
    const on = (m: { probeReport?: ProbeReport }) => {
      if (!m?.probeReport) return;
      clearTimeout(timer);
      child.off('message', on);
      resolve(m.probeReport);
    };
    child.on('message', on);
  });
}

export async function runStartupBench(settings: StartupSettings): Promise<StartupResult> {
  const seedSettings = { repoRoot: settings.repoRoot, reverseEvery: 40 } as ReadModelSettings;
  let events: number;
  if (!existsSync(settings.storeFile)) {
    settings.log(`  seeding ${settings.disbursements} disbursements into ${settings.storeFile}`);
    events = (await seed(settings.storeFile, settings.disbursements, seedSettings)).info.events;
  } else {
    events = Number.NaN; // read from /health below
  }
  const dataDir = join(settings.dir, 'startup');
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(settings.storeFile, join(dataDir, 'events.sqlite'));
  const redisUrl = `redis://127.0.0.1:${await freePort()}`;
  const redis = await ensureRedis(redisUrl, join(settings.dir, 'startup-redis'), true);
  const password = 'Budget-Bench-2023!';
  const launch = async (dataDir: string) => {
    const port = await freePort();
    const child = spawn(process.execPath, ['-r', join(__dirname, 'loop-probe.js'), join(settings.repoRoot, 'dist', 'src', 'main.js')], {
      env: {
        ...process.env, ...SERVER_PROCESS_ENV, DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'warn', REDIS_URL: redisUrl, REDIS_AUTOSTART: 'false', ALERTS_ENABLED: 'true',
        ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: password, HOST: '127.0.0.1', PORT: String(port), QUEUE_PREFIX: `bench-startup-${port}`,
      },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    return { child, base: `http://127.0.0.1:${port}`, started: performance.now() };
  };
  const stop = async (child: ChildProcess) => {
    if (child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(20_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  const untilListening = async (app: { child: ChildProcess; base: string }, output: () => string) => {
    const deadline = Date.now() + (settings.timeoutMs ?? 15 * 60_000);
    for (;;) {
      if (app.child.exitCode !== null) throw new Error(`the app exited: ${output()}`);
      if (Date.now() > deadline) throw new Error('the app never listened');
      const health = await fetch(`${app.base}/health`, { signal: AbortSignal.timeout(60_000) }).then(async (r) => ({ status: r.status, body: await r.json() as Json }), () => undefined);
      if (health?.status === 200) return health;
      await sleep(50);
    }
  };

  // the floor: the same process on an empty store
  const empty = await launch(join(settings.dir, 'startup-empty'));
  await untilListening(empty, () => '');
  const emptyListeningMs = performance.now() - empty.started;
  await stop(empty.child);
  settings.log(`  empty store: listening after ${(emptyListeningMs / 1000).toFixed(1)} s`);

  const app = await launch(dataDir);
  const { child, base, started } = app;
  const at = () => performance.now() - started;
  let output = '';
  child.stderr?.on('data', (d) => { output = (output + String(d)).slice(-4000); });
  const deadline = Date.now() + (settings.timeoutMs ?? 15 * 60_000);
  const get = async (path: string, token?: string): Promise<{ status: number; body: Json }> => {
    const res = await fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(60_000) });
    return { status: res.status, body: await res.json().catch(() => null) };
  };
  try {
    const health = await untilListening(app, () => output);
    const listeningMs = at();
    await probe(child, 'reset');
    const head = health.body.checks.eventStore.headPosition as number;
    if (Number.isNaN(events)) events = head;
    settings.log(`  listening after ${(listeningMs / 1000).toFixed(1)} s, head ${head}`);
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
    const token = ((await login.json()) as { token: string }).token;
    const commandStart = performance.now();
    const commandAt = at();
    const commandDone = fetch(`${base}/api/v1/wage-arrears-cases`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ unit: '426006', employer: '某劳务公司（启动测量）', workersAffected: 2, amountOwed: '6000.00', effectiveDate: '2023-06-01' }),
    }).then(async (r) => { await r.arrayBuffer(); return { status: r.status, ms: performance.now() - commandStart, atMs: commandAt }; }, () => ({ status: 0, ms: performance.now() - commandStart, atMs: commandAt }));
    let queryWhileCatchingUp: StartupResult['queryWhileCatchingUp'] = null;
    const queryStatuses: Record<string, number> = {};
    const progressSeen = { below100: 0, max: null as number | null };
    let caughtUpMs: number;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the app exited: ${output}`);
      if (Date.now() > deadline) throw new Error('the read models never caught up');
      const [h, q] = await Promise.all([get('/health'), get('/api/v1/execution?groupBy=department&fiscalYear=2023&asOf=2023-12-31', token)]);
      const key = q.body?.code ? `${q.status} ${q.body.code}` : String(q.status);
      queryStatuses[key] = (queryStatuses[key] ?? 0) + 1;
      if (q.status !== 200 && !queryWhileCatchingUp) queryWhileCatchingUp = { status: q.status, code: q.body?.code, progress: q.body?.progress, atMs: at() };
      const percent = h.body?.checks?.readModels?.catchUp?.percent;
      if (typeof percent === 'number' && percent < 100) { progressSeen.below100++; progressSeen.max = Math.max(progressSeen.max ?? 0, percent); }
      if (h.body?.checks?.readModels?.position >= head && !h.body?.checks?.readModels?.catchUp) { caughtUpMs = at(); break; }
      await sleep(250);
    }
    const catchingUp = (await probe(child, 'report'))!;
    settings.log(`  caught up after ${(caughtUpMs / 1000).toFixed(1)} s; loop delay p99 ${catchingUp.loopDelay.p99Ms.toFixed(1)} ms, peak RSS ${(catchingUp.peakRssBytes / 2 ** 20).toFixed(0)} MiB`);
    const command = await commandDone;
    await probe(child, 'reset');
    await sleep(10_000);
    const afterwards = (await probe(child, 'report'))!;
    return { events, listeningMs, emptyListeningMs, caughtUpMs, queryWhileCatchingUp, queryStatuses, command, progressSeen, catchingUp, afterwards };
  } finally {
    await stop(child);
    if (redis && redis.exitCode === null) {
      const exited = once(redis, 'exit');
      redis.kill('SIGTERM');
      await Promise.race([exited, sleep(3000)]);
    }
  }
}

/** `node dist/bench/lib/startup-bench.js [disbursements]`: this section alone, on a store kept in bench/.startup-store/ between runs. */
if (require.main === module) {
  const repoRoot = join(__dirname, '..', '..', '..');
  const disbursements = Number(process.argv[2] ?? 1_000_000);
  const keep = join(repoRoot, 'bench', '.startup-store');
  mkdirSync(keep, { recursive: true });
  const dir = join(keep, `run-${process.pid}`);
  mkdirSync(dir);
  runStartupBench({ dir, repoRoot, storeFile: join(keep, `events-${disbursements}.sqlite`), disbursements, log: (l) => process.stderr.write(`${l}\n`) })
    .then((r) => { process.stdout.write(`${JSON.stringify(r, null, 2)}\n`); })
    .catch((e: unknown) => { process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`); process.exitCode = 1; })
    .finally(() => { require('node:fs').rmSync(dir, { recursive: true, force: true }); });
}
