import { execFileSync, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { loadConfig } from '@app/config';
import { lineStreamId } from '@app/domain';
import { EVENT_STORE, type EventStore, PostgresEventStore } from '@app/event-store';
import { createApp } from '../../src/create-app';
import { ensureRedis } from '../../src/redis-launcher';
import { businessToday, disbursementData, establishedEvent, nextVoucherNo } from './events';
import { runKeyedOps, type FsyncMode } from './idempotency-ops';
import { collectGarbage, percentile } from './stats';
import { freePort } from './free-port';

/**
 * Section 12 (ADR 0017): what an Idempotency-Key costs. (a) `POST /lines/{id}/disbursements` over HTTP with a fresh
 * key on every request beside the same request without one, interleaved pair by pair (alternating which goes first),
 * on the embedded (SQLite) and the production (PostgreSQL) topology; the ratio without ÷ with is the share of the
 * unkeyed speed a keyed request keeps. (b) fsyncs and commits per command at the store: N appends, then N keyed
 * commands as the service runs them (claim, append carrying the key, answer). SQLite: the fsync and fdatasync calls of
 * a child process, counted by strace; PostgreSQL: the server's WAL syncs and commits (pg_stat_wal, pg_stat_database),
 * shared with whatever else the server runs.
 */
export type Topology = 'sqlite' | 'postgres';

export interface IdempotencySettings {
  readonly dir: string;
  readonly pgUrl: string;
  readonly warmup: number;
  readonly measured: number;
  readonly storeOps: number;
  readonly log: (line: string) => void;
}

export interface Latency { readonly p50Ms: number; readonly p95Ms: number; readonly p99Ms: number; readonly samples: number }

export interface HttpKeyedResult {
  readonly topology: Topology;
  readonly unkeyed: Latency;
  readonly keyed: Latency;
  /** unkeyed p50 ÷ keyed p50: 1 means the key costs nothing */
  readonly unkeyedOverKeyedP50: number;
  /** this process's CPU time per request (the app, its projector and the client), mean ms: steadier than latency on a busy machine */
  readonly cpuMs: { readonly unkeyed: number; readonly keyed: number };
}

export interface StoreCost {
  readonly topology: Topology;
  readonly how: string;
  readonly ops: number;
  /** per command; null when it could not be counted (no strace) */
  readonly unkeyed: { readonly fsyncs: number | null; readonly commits: number | null };
  readonly keyed: { readonly fsyncs: number | null; readonly commits: number | null };
}

export interface IdempotencyResults {
  readonly http: HttpKeyedResult[];
  readonly store: StoreCost[];
  readonly skipped: string[];
  readonly settings: Omit<IdempotencySettings, 'log' | 'dir' | 'pgUrl'>;
}

const stat = (samples: number[]): Latency => ({ p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95), p99Ms: percentile(samples, 99), samples: samples.length });
const tick = () => new Promise((resolve) => setImmediate(resolve));

async function measureHttp(topology: Topology, settings: IdempotencySettings, redisUrl: string): Promise<HttpKeyedResult> {
  const dataDir = join(settings.dir, `idempotency-${topology}`);
  const port = await freePort();
  const password = 'Budget-Bench-2023!';
  const schemas = { events: `bench_idem_events_${process.pid}`, read: `bench_idem_read_${process.pid}` };
  const env: Record<string, string> = {
    DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'error', REDIS_URL: redisUrl, REDIS_AUTOSTART: 'false', ALERTS_ENABLED: 'false',
    ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: password, HOST: '127.0.0.1', PORT: String(port), QUEUE_PREFIX: `bench-idem-${process.pid}`,
    ...(topology === 'postgres' ? {
      EVENT_STORE: 'postgres', EVENT_STORE_URL: settings.pgUrl, EVENT_STORE_SCHEMA: schemas.events, READ_MODEL_URL: settings.pgUrl, READ_MODEL_SCHEMA: schemas.read,
    } : {}),
  };
  const admin = new Client({ connectionString: settings.pgUrl });
  await admin.connect();
  const dropSchemas = () => admin.query(`DROP SCHEMA IF EXISTS "${schemas.events}" CASCADE; DROP SCHEMA IF EXISTS "${schemas.read}" CASCADE`);
  await dropSchemas();
  let app: INestApplication | undefined;
  try {
    app = await createApp(loadConfig({ ...process.env, ...env }), false);
    await app.listen(port, '127.0.0.1');
    const base = `http://127.0.0.1:${port}`;
    const store = app.get<EventStore>(EVENT_STORE);
    const lineId = `IDEM-${topology}`;
    await store.append(lineStreamId(lineId), establishedEvent(lineId, '900000000000.00'), 'no_stream');
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
    const token = ((await login.json()) as { token: string }).token;
    const { today, fiscalYear } = businessToday();
    let seq = 0;
    const cpu = { unkeyed: 0, keyed: 0 };
    const command = async (keyed: boolean, counted = false): Promise<number> => {
      await tick();
      const cpuBefore = process.cpuUsage();
      const voucherNo = nextVoucherNo(fiscalYear);
      const d = disbursementData(lineId, voucherNo, fiscalYear, ++seq);
      const body = JSON.stringify({ amount: d.amount, effectiveDate: today, voucherNo, payee: d.payee, summary: d.summary, subsidyCategory: d.subsidyCategory, beneficiaries: d.beneficiaries, economic: d.economic });
      const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      if (keyed) headers['idempotency-key'] = `bench-${process.pid}-${seq}`;
      const start = performance.now();
      const res = await fetch(`${base}/api/v1/lines/${encodeURIComponent(lineId)}/disbursements`, { method: 'POST', headers, body });
      await res.arrayBuffer();
      const ms = performance.now() - start;
      if (res.status !== 201) throw new Error(`${topology}: HTTP ${res.status}`);
      const used = process.cpuUsage(cpuBefore);
      if (counted) cpu[keyed ? 'keyed' : 'unkeyed'] += (used.user + used.system) / 1000;
      return ms;
    };
    for (let i = 0; i < settings.warmup; i++) { await command(false); await command(true); }
    collectGarbage();
    const unkeyed: number[] = [];
    const keyed: number[] = [];
    for (let i = 0; i < settings.measured; i++) {
      // which goes first alternates, so neither always follows the other's projector work
      if (i % 2 === 0) { unkeyed.push(await command(false, true)); keyed.push(await command(true, true)); } else { keyed.push(await command(true, true)); unkeyed.push(await command(false, true)); }
    }
    const expected = 2 * (settings.warmup + settings.measured);
    const actual = await store.streamRevision(lineStreamId(lineId));
    if (actual !== expected) throw new Error(`${lineId}: stream at revision ${actual}, expected ${expected}`);
    const result = {
      topology, unkeyed: stat(unkeyed), keyed: stat(keyed), unkeyedOverKeyedP50: percentile(unkeyed, 50) / percentile(keyed, 50),
      cpuMs: { unkeyed: cpu.unkeyed / settings.measured, keyed: cpu.keyed / settings.measured },
    };
    settings.log(`  ${topology}: p50 without a key ${result.unkeyed.p50Ms.toFixed(2)} ms, with ${result.keyed.p50Ms.toFixed(2)} ms, ratio ${result.unkeyedOverKeyedP50.toFixed(2)}; ` +
      `CPU per request ${result.cpuMs.unkeyed.toFixed(2)} / ${result.cpuMs.keyed.toFixed(2)} ms`);
    return result;
  } finally {
    await app?.close();
    await dropSchemas().catch(() => undefined);
    await admin.end();
  }
}

/** fsync + fdatasync calls of a child doing `ops` commands of `mode` on a fresh SQLite store, as strace counts them. */
function straceFsyncs(dir: string, mode: FsyncMode, ops: number): number {
  const file = join(dir, `fsync-${mode}-${ops}.sqlite`);
  const out = join(dir, `fsync-${mode}-${ops}.strace`);
  const child = spawnSync('strace', ['-f', '-c', '-e', 'trace=fsync,fdatasync', '-o', out, process.execPath, join(__dirname, 'idempotency-ops.js'), file, mode, String(ops)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`the fsync child failed: ${child.stderr}`);
  const calls = readFileSync(out, 'utf8').split('\n').flatMap((line) => {
    const m = /^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(fsync|fdatasync)\s*$/.exec(line);
    return m ? [Number(m[1])] : [];
  });
  return calls.reduce((a, b) => a + b, 0);
}

function sqliteStoreCost(settings: IdempotencySettings, skipped: string[]): StoreCost {
  const dir = join(settings.dir, 'idempotency-fsyncs');
  mkdirSync(dir, { recursive: true });
  const n = settings.storeOps;
  const how = 'a child process on a fresh events.sqlite (WAL, synchronous=FULL): fsync + fdatasync calls counted by strace -f -c, less those of opening and closing it (0 commands); commits by construction: the append, plus the claim and the answer for a keyed command';
  try {
    execFileSync('strace', ['-V'], { stdio: 'ignore' });
  } catch {
    skipped.push('strace not found: SQLite fsyncs per command not counted');
    return { topology: 'sqlite', how, ops: n, unkeyed: { fsyncs: null, commits: 1 }, keyed: { fsyncs: null, commits: 3 } };
  }
  try {
    const per = (mode: FsyncMode) => (straceFsyncs(dir, mode, n) - straceFsyncs(dir, mode, 0)) / n;
    return { topology: 'sqlite', how, ops: n, unkeyed: { fsyncs: per('unkeyed'), commits: 1 }, keyed: { fsyncs: per('keyed'), commits: 3 } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresStoreCost(settings: IdempotencySettings): Promise<StoreCost> {
  // a database of its own, so that its commit counter holds only these commands (WAL syncs are the server's)
  const database = `bench_idem_${process.pid}`;
  const url = new URL(settings.pgUrl);
  url.pathname = `/${database}`;
  const admin = new Client({ connectionString: settings.pgUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  const counters = async () => {
    // a backend reports its statistics when it goes idle or exits: the store's pool is closed before each reading
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await admin.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await admin.query<{ syncs: string; commits: string }>(
      'SELECT (SELECT wal_sync FROM pg_stat_wal) AS syncs, (SELECT xact_commit FROM pg_stat_database WHERE datname = $1) AS commits', [database]);
    return { syncs: Number(rows[0].syncs), commits: Number(rows[0].commits) };
  };
  const n = settings.storeOps;
  const phase = async (mode: FsyncMode) => {
    const store = await PostgresEventStore.connect({ connectionString: url.toString(), schema: 'budget_events' });
    const before = await counters();
    await runKeyedOps(store, mode, n);
    await store.close();
    const after = await counters();
    return { fsyncs: (after.syncs - before.syncs) / n, commits: (after.commits - before.commits) / n };
  };
  try {
    return {
      topology: 'postgres', ops: n, unkeyed: await phase('unkeyed'), keyed: await phase('keyed'),
      how: 'PostgresEventStore in a database of its own on this server: its commits (pg_stat_database.xact_commit), and the server-wide WAL syncs (pg_stat_wal.wal_sync: the WAL writer\'s for the unflushed commits of claims and answers, and other sessions\' on the server, included)',
    };
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

export async function runIdempotencyBench(settings: IdempotencySettings): Promise<IdempotencyResults> {
  const skipped: string[] = [];
  const store = [sqliteStoreCost(settings, skipped), await postgresStoreCost(settings)];
  for (const s of store) settings.log(`  ${s.topology} store: fsyncs per command ${s.unkeyed.fsyncs?.toFixed(2) ?? 'n/a'} without a key, ${s.keyed.fsyncs?.toFixed(2) ?? 'n/a'} with`);
  const redisUrl = `redis://127.0.0.1:${await freePort()}`;
  const redis = await ensureRedis(redisUrl, join(settings.dir, 'idempotency-redis'), true);
  try {
    const http: HttpKeyedResult[] = [];
    for (const topology of ['sqlite', 'postgres'] as const) http.push(await measureHttp(topology, settings, redisUrl));
    const { warmup, measured, storeOps } = settings;
    return { http, store, skipped, settings: { warmup, measured, storeOps } };
  } finally {
    if (redis && redis.exitCode === null) {
      const exited = once(redis, 'exit');
      redis.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    }
  }
}

const fmt = (n: number | null, digits = 2) => (n === null ? 'n/a' : n.toFixed(digits));

/** Section 12 of the report. */
export function idempotencyMarkdown(r: IdempotencyResults): string[] {
  const lines = [`## 12. What an Idempotency-Key costs (ADR 0017; ${r.settings.measured} pairs per topology after ${r.settings.warmup} warm-up, interleaved)`, ''];
  lines.push('`POST /api/v1/lines/{id}/disbursements` over HTTP keep-alive, the same command with a fresh `Idempotency-Key` and without one, ' +
    'alternating which goes first. without ÷ with is the share of the unkeyed speed a keyed request keeps (goal ≥ 0.9).', '');
  lines.push('| topology | p50 without ms | p95 without ms | p50 with key ms | p95 with key ms | without ÷ with (p50) | CPU ms/request without | with | without ÷ with (CPU) |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const h of r.http) {
    lines.push(`| ${h.topology === 'sqlite' ? 'embedded (SQLite)' : 'production (PostgreSQL)'} | ${h.unkeyed.p50Ms.toFixed(3)} | ${h.unkeyed.p95Ms.toFixed(3)} | ` +
      `${h.keyed.p50Ms.toFixed(3)} | ${h.keyed.p95Ms.toFixed(3)} | ${h.unkeyedOverKeyedP50.toFixed(2)} | ${h.cpuMs.unkeyed.toFixed(2)} | ${h.cpuMs.keyed.toFixed(2)} | ${(h.cpuMs.unkeyed / h.cpuMs.keyed).toFixed(2)} |`);
  }
  lines.push('', 'CPU: this process\'s user + system time over each request (the app, the projector following it, the HTTP client), a steadier measure than latency when the machine is busy.');
  lines.push('', `Per command at the store (${r.settings.storeOps} commands each):`, '');
  lines.push('| store | fsyncs without a key | fsyncs with a key | commits without | commits with |');
  lines.push('| --- | ---: | ---: | ---: | ---: |');
  for (const s of r.store) lines.push(`| ${s.topology} | ${fmt(s.unkeyed.fsyncs)} | ${fmt(s.keyed.fsyncs)} | ${fmt(s.unkeyed.commits)} | ${fmt(s.keyed.commits)} |`);
  lines.push('', ...r.store.map((s) => `- ${s.topology}: ${s.how}`), '');
  for (const note of r.skipped) lines.push(`Skipped: ${note}`, '');
  return lines;
}
