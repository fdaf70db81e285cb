/**
 * Section 8's route, two builds side by side (issue 14, branch http-lean): `node dist/bench/experiments/http-ab.js
 * <distA> <distB> [rounds]` starts each build's bench server (`ours`: the all-in-one app) in its own process, then
 * gives each the same 2 s slices of 16 clients without an Idempotency-Key, the order alternating every round, and
 * prints server CPU per request and req/s per round, B ÷ A, and each server's CPU per thread (Linux /proc) at the end.
 * Why beside `BENCH_BASELINE_DIST`: there our server also serves the with-key variant, two slices a round to the
 * baseline's one, so it is warmer; the same build in both roles measured 0.84–0.87 of the baseline's CPU per request.
 * Here both servers get the same traffic. AB_ENV_A / AB_ENV_B (JSON) and AB_ARGV_A / AB_ARGV_B (node flags) give a side its
 * own settings, to compare them on one build. After `npm run build` and the bench's swc step.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureRedis } from '../../src/redis-launcher';
import { businessToday, disbursementData, nextVoucherNo } from '../lib/events';
import { freePort } from '../lib/free-port';
import type { ServerReady } from '../lib/http-server-child';
import { median } from '../lib/stats';

interface Server { readonly child: ChildProcess; readonly ready: ServerReady; cpuMicros(): Promise<number> }
interface Slice { readonly rps: number; readonly cpuMs: number }

const lineIds = Array.from({ length: 16 }, (_, i) => `HTTP8-${i}`);

/** A side's own environment and node flags, for comparing settings on one build: AB_ENV_A='{"X":"1"}', AB_ARGV_B='--flag'. */
function sideOptions(side: 'A' | 'B'): { env: NodeJS.ProcessEnv; execArgv: string[] } {
  const env = process.env[`AB_ENV_${side}`];
  const argv = process.env[`AB_ARGV_${side}`];
  return { env: { ...process.env, ...(env ? (JSON.parse(env) as Record<string, string>) : {}) }, execArgv: argv ? argv.split(' ') : [] };
}

async function start(dist: string, dir: string, redisUrl: string, side: 'A' | 'B'): Promise<Server> {
  mkdirSync(dir, { recursive: true });
  const child = fork(join(dist, 'bench', 'lib', 'http-server-child.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], ...sideOptions(side) });
  child.send({ kind: 'ours', dir, port: await freePort(), redisUrl, lineIds });
  const [ready] = (await once(child, 'message')) as [ServerReady];
  const cpuMicros = async () => {
    child.send({ cpu: true });
    const [answer] = (await once(child, 'message')) as [{ cpuMicros: number }];
    return answer.cpuMicros;
  };
  return { child, ready, cpuMicros };
}

async function slice(server: Server, ms: number): Promise<Slice> {
  const base = `http://127.0.0.1:${server.ready.port}`;
  const { today, fiscalYear } = businessToday();
  let done = 0;
  let seq = 0;
  const cpuBefore = await server.cpuMicros();
  const started = performance.now();
  await Promise.all(lineIds.map(async (lineId) => {
    while (performance.now() < started + ms) {
      const voucherNo = nextVoucherNo(fiscalYear);
      const d = disbursementData(lineId, voucherNo, fiscalYear, ++seq);
      const body = JSON.stringify({ amount: d.amount, effectiveDate: today, voucherNo, payee: d.payee, summary: d.summary, subsidyCategory: d.subsidyCategory, beneficiaries: d.beneficiaries, economic: d.economic });
      const res = await fetch(`${base}/api/v1/lines/${encodeURIComponent(lineId)}/disbursements`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${server.ready.token}` }, body,
      });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`${lineId}: HTTP ${res.status}`);
      done++;
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  return { rps: done / seconds, cpuMs: ((await server.cpuMicros()) - cpuBefore) / 1000 / done };
}

/** CPU seconds of each thread of a process, largest first (the main thread, the projector thread, V8's helpers). */
function threadsCpu(pid: number): string {
  const tick = 100; // USER_HZ
  return readdirSync(`/proc/${pid}/task`).map((tid) => {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { tid: `${tid} ${readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim()}`, seconds: (Number(fields[11]) + Number(fields[12])) / tick };
  }).filter((t) => t.seconds >= 0.05).sort((a, b) => b.seconds - a.seconds).map((t) => `${t.tid} ${t.seconds.toFixed(2)} s`).join(', ');
}

async function main(distA: string, distB: string, rounds: number): Promise<void> {
  const work = join(process.cwd(), `.http-ab-${process.pid}`);
  const redisUrl = `redis://127.0.0.1:${await freePort()}`;
  const redis = await ensureRedis(redisUrl, join(work, 'redis'), true);
  const servers = { A: await start(distA, join(work, 'a'), redisUrl, 'A'), B: await start(distB, join(work, 'b'), redisUrl, 'B') };
  const results: { A: Slice[]; B: Slice[] } = { A: [], B: [] };
  try {
    for (let round = 0; round <= rounds; round++) {
      const order = round % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const);
      const out: Partial<Record<'A' | 'B', Slice>> = {};
      for (const name of order) out[name] = await slice(servers[name], 2000);
      if (round === 0) continue; // warm-up
      results.A.push(out.A!);
      results.B.push(out.B!);
      console.log(`round ${round}: A ${out.A!.rps.toFixed(0)} req/s ${out.A!.cpuMs.toFixed(2)} ms, B ${out.B!.rps.toFixed(0)} req/s ${out.B!.cpuMs.toFixed(2)} ms, B/A CPU ${(out.B!.cpuMs / out.A!.cpuMs).toFixed(3)}`);
    }
    const ratios = results.B.map((b, i) => b.cpuMs / results.A[i].cpuMs);
    const m = (s: Slice[], f: (x: Slice) => number) => median(s.map(f));
    console.log(`A median ${m(results.A, (x) => x.rps).toFixed(0)} req/s ${m(results.A, (x) => x.cpuMs).toFixed(2)} ms; B median ${m(results.B, (x) => x.rps).toFixed(0)} req/s ${m(results.B, (x) => x.cpuMs).toFixed(2)} ms; B/A CPU per request median ${median(ratios).toFixed(3)} [${ratios.map((r) => r.toFixed(2)).join(' ')}]`);
    for (const name of ['A', 'B'] as const) console.log(`${name} threads (CPU): ${threadsCpu(servers[name].child.pid!)}`);
  } finally {
    for (const server of Object.values(servers)) {
      server.child.send({ stop: true });
      await Promise.race([once(server.child, 'exit'), new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
    if (redis && redis.exitCode === null) {
      const exited = once(redis, 'exit');
      redis.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    }
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [distA, distB, rounds = '8'] = process.argv.slice(2);
  if (!distA || !distB) {
    process.stderr.write('usage: node dist/bench/experiments/http-ab.js <distA> <distB> [rounds]\n');
    process.exit(2);
  }
  main(distA, distB, Number(rounds)).then(() => process.exit(0), (error: unknown) => { process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`); process.exit(1); });
}
