import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureRedis } from '../../src/redis-launcher';
import { SERVER_PROCESS_ENV } from '../../src/memory-policy';
import { dashboardOnTheWire, type DashboardBytes } from './dashboard-bytes';
import { businessToday, disbursementData, nextVoucherNo } from './events';
import type { ServerReady } from './http-server-child';
import { median } from './stats';
import { freePort } from './free-port';

/**
 * Section 8, the lean HTTP path (issue 14): `POST /api/v1/lines/{id}/disbursements` at concurrency 16 against
 * the all-in-one app on the embedded topology, without and with an Idempotency-Key, and against a bare Fastify
 * route doing the same durable insert (same SQLite durability) and nothing else. Each server runs in its own
 * process; this process only generates load. The variants take turns in slices, in rotating order, so the
 * machine's other load hits them alike; the ratio is the median over rounds of ours req/s ÷ bare req/s in
 * the round. CPU per request is the server process's CPU time over the slice ÷ requests answered.
 */
export type HttpVariant = 'ours' | 'oursWithKey' | 'bare' | 'baseline';
export const HTTP_VARIANTS: readonly HttpVariant[] = ['ours', 'oursWithKey', 'bare'];

export interface HttpConcurrencySettings {
  readonly dir: string;
  readonly repoRoot: string;
  readonly concurrency: number;
  readonly rounds: number;
  readonly warmupRounds: number;
  readonly sliceMs: number;
  readonly log: (line: string) => void;
}

export interface HttpConcurrencyResults {
  readonly settings: Omit<HttpConcurrencySettings, 'log' | 'dir' | 'repoRoot'>;
  /** per variant, per measured round: requests per second and server CPU ms per request */
  readonly rounds: Record<HttpVariant, { readonly rps: number; readonly cpuMsPerRequest: number }[]>;
  readonly medians: Record<HttpVariant, { readonly rps: number; readonly cpuMsPerRequest: number }>;
  /** median over rounds of ours ÷ bare (req/s), without and with an Idempotency-Key */
  readonly oursOverBare: number;
  readonly oursWithKeyOverBare: number;
  readonly perRound: { readonly oursOverBare: number[]; readonly oursWithKeyOverBare: number[]; readonly baselineOverBare: number[] };
  readonly path: string;
  /** the dashboard's first load as our server sends it; undefined when dist/web is not built */
  readonly dashboard?: DashboardBytes;
}

interface Server { readonly child: ChildProcess; readonly ready: ServerReady; cpuMicros(): Promise<number>; stop(): Promise<void> }

async function startServer(kind: 'ours' | 'bare', dir: string, redisUrl: string, lineIds: readonly string[], build = join(__dirname, '..', '..')): Promise<Server> {
  mkdirSync(dir, { recursive: true });
  // BENCH_CPU_PROF=dir writes a V8 CPU profile of our server (where a request's CPU goes) when it stops
  const profile = kind === 'ours' && process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = fork(join(build, 'bench', 'lib', 'http-server-child.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: profile, env: kind === 'bare' ? process.env : { ...process.env, ...SERVER_PROCESS_ENV } });
  const exited = once(child, 'exit');
  child.send({ kind, dir, port: await freePort(), redisUrl, lineIds });
  const [ready] = (await Promise.race([once(child, 'message'), exited.then(([code]) => { throw new Error(`bench server ${kind} exited with ${code}`); })])) as [ServerReady];
  const ask = async () => {
    child.send({ cpu: true });
    const [answer] = (await once(child, 'message')) as [{ cpuMicros: number }];
    return answer.cpuMicros;
  };
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.send({ stop: true });
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  return { child, ready, cpuMicros: ask, stop };
}

/** `concurrency` clients, each on its own line, posting disbursements back to back for `ms`; answers req/s and CPU ms per request. */
async function slice(server: Server, variant: HttpVariant, lineIds: readonly string[], ms: number): Promise<{ rps: number; cpuMsPerRequest: number }> {
  const base = `http://127.0.0.1:${server.ready.port}`;
  const { today, fiscalYear } = businessToday();
  const headers = (key: boolean): Record<string, string> => ({
    'content-type': 'application/json',
    ...(server.ready.token ? { authorization: `Bearer ${server.ready.token}` } : {}),
    ...(key ? { 'idempotency-key': randomUUID() } : {}),
  });
  let done = 0;
  let seq = 0;
  const cpuBefore = await server.cpuMicros();
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(lineIds.map(async (lineId) => {
    while (performance.now() < deadline) {
      const voucherNo = nextVoucherNo(fiscalYear);
      const d = disbursementData(lineId, voucherNo, fiscalYear, ++seq);
      const body = JSON.stringify({ amount: d.amount, effectiveDate: today, voucherNo, payee: d.payee, summary: d.summary, subsidyCategory: d.subsidyCategory, beneficiaries: d.beneficiaries, economic: d.economic });
      const res = await fetch(`${base}/api/v1/lines/${encodeURIComponent(lineId)}/disbursements`, { method: 'POST', headers: headers(variant === 'oursWithKey'), body });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`${variant} ${lineId}: HTTP ${res.status}`);
      done++;
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = ((await server.cpuMicros()) - cpuBefore) / 1000;
  return { rps: done / seconds, cpuMsPerRequest: cpuMs / done };
}

export async function runHttpConcurrencyBench(settings: HttpConcurrencySettings): Promise<HttpConcurrencyResults> {
  const redisUrl = `redis://127.0.0.1:${await freePort()}`;
  const redis = await ensureRedis(redisUrl, join(settings.dir, 'http8-redis'), true);
  const lineIds = Array.from({ length: settings.concurrency }, (_, i) => `HTTP8-${i}`);
  const servers: Partial<Record<'ours' | 'bare' | 'baseline', Server>> = {};
  try {
    servers.ours = await startServer('ours', join(settings.dir, 'http8-ours'), redisUrl, lineIds);
    servers.bare = await startServer('bare', join(settings.dir, 'http8-bare'), redisUrl, lineIds);
    // BENCH_BASELINE_DIST=<another build's dist>: its app as one more variant, for a before/after of a change under the same load
    const baseline = process.env.BENCH_BASELINE_DIST ? await startServer('ours', join(settings.dir, 'http8-baseline'), redisUrl, lineIds, process.env.BENCH_BASELINE_DIST) : undefined;
    servers.baseline = baseline;
    const variants: readonly HttpVariant[] = baseline ? [...HTTP_VARIANTS, 'baseline'] : HTTP_VARIANTS;
    const serverOf = (v: HttpVariant) => (v === 'bare' ? servers.bare! : v === 'baseline' ? servers.baseline! : servers.ours!);
    const rounds: HttpConcurrencyResults['rounds'] = { ours: [], oursWithKey: [], bare: [], baseline: [] };
    for (let round = 0; round < settings.warmupRounds + settings.rounds; round++) {
      const order = variants.map((_, i) => variants[(i + round) % variants.length]);
      const results: Partial<Record<HttpVariant, { rps: number; cpuMsPerRequest: number }>> = {};
      for (const variant of order) results[variant] = await slice(serverOf(variant), variant, lineIds, settings.sliceMs);
      if (round < settings.warmupRounds) continue;
      for (const variant of variants) rounds[variant].push(results[variant]!);
      settings.log(`  round ${round - settings.warmupRounds + 1}: ${variants.map((v) => `${v} ${results[v]!.rps.toFixed(0)} req/s (${results[v]!.cpuMsPerRequest.toFixed(2)} ms CPU)`).join(', ')}`);
    }
    const dashboard = await dashboardOnTheWire(settings.repoRoot, servers.ours.ready.port);
    if (dashboard) settings.log(`  dashboard first load: ${dashboard.files} files, ${(dashboard.uncompressedBytes / 1024).toFixed(1)} kB as built, ${(dashboard.onTheWireBytes / 1024).toFixed(1)} kB on the wire (${JSON.stringify(dashboard.encodings)})`);
    const perRound = {
      oursOverBare: rounds.ours.map((r, i) => r.rps / rounds.bare[i].rps),
      oursWithKeyOverBare: rounds.oursWithKey.map((r, i) => r.rps / rounds.bare[i].rps),
      baselineOverBare: rounds.baseline.map((r, i) => r.rps / rounds.bare[i].rps),
    };
    const medianOf = (v: HttpVariant) => ({ rps: median(rounds[v].map((r) => r.rps)), cpuMsPerRequest: median(rounds[v].map((r) => r.cpuMsPerRequest)) });
    const { concurrency, rounds: n, warmupRounds, sliceMs } = settings;
    return {
      settings: { concurrency, rounds: n, warmupRounds, sliceMs }, rounds,
      medians: { ours: medianOf('ours'), oursWithKey: medianOf('oursWithKey'), bare: medianOf('bare'), baseline: medianOf('baseline') },
      oursOverBare: median(perRound.oursOverBare), oursWithKeyOverBare: median(perRound.oursWithKeyOverBare), perRound, dashboard,
      path: `POST /api/v1/lines/{id}/disbursements, ${concurrency} clients at once (one line each, keep-alive fetch from another process): the all-in-one app from dist on the embedded topology (auth, validation, handler, append with its durable commit, the projector in the same process) against a bare Fastify route inserting the same row with the same durability (better-sqlite3, WAL, synchronous=FULL, BEGIN IMMEDIATE)`,
    };
  } finally {
    await Promise.all([servers.ours?.stop(), servers.bare?.stop(), servers.baseline?.stop()]);
    if (redis && redis.exitCode === null) {
      const exited = once(redis, 'exit');
      redis.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    }
  }
}

/** `node dist/bench/lib/http-concurrency-bench.js`: this section alone (after `npm run build` and the bench's swc step). */
if (require.main === module) {
  const { makeWorkDir, findRepoRoot } = require('./workdir') as typeof import('./workdir');
  const repoRoot = findRepoRoot(__dirname);
  const work = makeWorkDir(repoRoot);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const envInt = (name: string, fallback: number) => (/^\d+$/.test(process.env[name] ?? '') ? Number(process.env[name]) : fallback);
  runHttpConcurrencyBench({ dir: work.dir, repoRoot, concurrency: 16, rounds: envInt('BENCH_ROUNDS', 7), warmupRounds: 1, sliceMs: envInt('BENCH_HTTP_SLICE_MS', 2000), log })
    .then((r) => { process.stdout.write(`${JSON.stringify({ medians: r.medians, oursOverBare: r.oursOverBare, oursWithKeyOverBare: r.oursWithKeyOverBare, perRound: r.perRound, dashboard: r.dashboard }, null, 2)}\n`); })
    .finally(() => work.remove())
    .then(() => process.exit(0), (error: unknown) => { process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`); process.exit(1); });
}
