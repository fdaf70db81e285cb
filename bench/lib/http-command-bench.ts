import Database from 'better-sqlite3';
import { once } from 'node:events';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { loadConfig } from '@app/config';
import { lineStreamId } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { SCHEMA_SQL } from '@app/event-store/sqlite/sqlite-schema';
import { createApp } from '../../src/create-app';
import { ensureRedis } from '../../src/redis-launcher';
import { businessToday, disbursementData, disbursementEvents, establishedEvent, nextVoucherNo } from './events';
import { collectGarbage, percentile } from './stats';
import { freePort } from './free-port';

/**
 * The HTTP command path, end to end: `POST /api/v1/lines/{id}/disbursements` over a keep-alive connection
 * to the all-in-one app from dist (listening on 127.0.0.1), bearer token, validation pipe, handler, state
 * cache, decider, append, answer; the projector follows in the same process, as in production. Once on the
 * embedded topology (events and read models in SQLite) and once on the production one (events in
 * PostgreSQL, read models in PostgreSQL). Beside each, a raw single-row insert into the same database at
 * the same durability, interleaved request by request: the ratio raw p50 ÷ command p50 is the share of a
 * bare durable write that a whole command reaches.
 */
export type Topology = 'sqlite' | 'postgres';

export interface HttpCommandSettings {
  readonly dir: string;
  readonly pgUrl: string;
  readonly priorEvents: readonly number[];
  readonly warmup: number;
  readonly measured: number;
  readonly seedBatch: number;
  readonly log: (line: string) => void;
}

export interface Latency { readonly p50Ms: number; readonly p95Ms: number; readonly p99Ms: number; readonly samples: number }

export interface HttpTopologyResult {
  readonly topology: Topology;
  readonly lines: (Latency & { readonly priorEvents: number; readonly coldFirstMs: number })[];
  readonly rawInsert: Latency & { readonly how: string };
  /** raw insert p50 ÷ command p50, per line */
  readonly rawOverCommandP50: number[];
}

export interface HttpCommandResults {
  readonly topologies: HttpTopologyResult[];
  readonly path: string;
  readonly settings: Omit<HttpCommandSettings, 'log' | 'dir' | 'pgUrl'>;
}

const stat = (samples: number[]): Latency => ({ p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95), p99Ms: percentile(samples, 99), samples: samples.length });
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A raw durable single-row insert into the topology's database: the floor of any acknowledged write. */
async function rawInserter(topology: Topology, dir: string, pgUrl: string): Promise<{ insert(): Promise<void>; close(): Promise<void>; how: string }> {
  const row = (i: number) => [`raw-${process.pid}-${i}-${performance.now()}`, `line-raw-${i % 10}`, i, 'DisbursementRecorded.v1', JSON.stringify(disbursementData('RAW', `R-${i}`, 2023, i)), '{}', new Date().toISOString()] as const;
  let i = 0;
  if (topology === 'sqlite') {
    const db = new Database(join(dir, 'raw-insert.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(SCHEMA_SQL);
    const stmt = db.prepare('INSERT INTO events (event_id, stream_id, revision, type, data, metadata, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const tx = db.transaction((values: readonly unknown[]) => stmt.run(...values));
    return { insert: async () => { tx.immediate(row(i++)); }, close: async () => { db.close(); }, how: 'better-sqlite3, WAL, synchronous=FULL, one BEGIN IMMEDIATE transaction' };
  }
  const schema = `bench_http_raw_${process.pid}`;
  const client = new Client({ connectionString: pgUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}";
    CREATE TABLE "${schema}".events (position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, event_id text NOT NULL UNIQUE, stream_id text NOT NULL,
      revision bigint NOT NULL, type text NOT NULL, data json NOT NULL, metadata json NOT NULL, stored_at timestamptz NOT NULL, UNIQUE (stream_id, revision))`);
  const sync = (await client.query<{ s: string }>(`SELECT current_setting('synchronous_commit') AS s`)).rows[0].s;
  return {
    insert: async () => { await client.query(`INSERT INTO "${schema}".events (event_id, stream_id, revision, type, data, metadata, stored_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [...row(i++)]); },
    close: async () => { await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`); await client.end(); },
    how: `node-postgres, one autocommit INSERT, synchronous_commit=${sync}`,
  };
}

async function measureTopology(topology: Topology, settings: HttpCommandSettings, redisUrl: string): Promise<HttpTopologyResult> {
  const dataDir = join(settings.dir, `http-${topology}`);
  const port = await freePort();
  const password = 'Budget-Bench-2023!';
  const schemas = { events: `bench_http_events_${process.pid}`, read: `bench_http_read_${process.pid}` };
  const env: Record<string, string> = {
    DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'error', REDIS_URL: redisUrl, REDIS_AUTOSTART: 'false', ALERTS_ENABLED: 'false',
    ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: password, HOST: '127.0.0.1', PORT: String(port),
    ...(topology === 'postgres' ? {
      EVENT_STORE: 'postgres', EVENT_STORE_URL: settings.pgUrl, EVENT_STORE_SCHEMA: schemas.events, READ_MODEL_URL: settings.pgUrl, READ_MODEL_SCHEMA: schemas.read,
    } : {}),
  };
  const admin = new Client({ connectionString: settings.pgUrl });
  await admin.connect();
  const dropSchemas = () => admin.query(`DROP SCHEMA IF EXISTS "${schemas.events}" CASCADE; DROP SCHEMA IF EXISTS "${schemas.read}" CASCADE`);
  await dropSchemas();
  let app: INestApplication | undefined;
  const raw = await rawInserter(topology, settings.dir, settings.pgUrl);
  try {
    app = await createApp(loadConfig({ ...process.env, ...env }), false);
    await app.listen(port, '127.0.0.1');
    const base = `http://127.0.0.1:${port}`;
    const store = app.get<EventStore>(EVENT_STORE);
    const lineIds = settings.priorEvents.map((n) => `HTTP-${topology}-${n}`);
    for (const [i, lineId] of lineIds.entries()) {
      const streamId = lineStreamId(lineId);
      let revision = (await store.append(streamId, establishedEvent(lineId, '900000000000.00'), 'no_stream')).nextExpectedRevision;
      for (let left = settings.priorEvents[i] - 1; left > 0; left -= settings.seedBatch) {
        revision = (await store.append(streamId, disbursementEvents(lineId, Math.min(left, settings.seedBatch)), revision)).nextExpectedRevision;
      }
    }
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
    const token = ((await login.json()) as { token: string }).token;
    const { today, fiscalYear } = businessToday();
    let seq = 0;
    const command = async (lineId: string): Promise<number> => {
      await tick();
      const voucherNo = nextVoucherNo(fiscalYear);
      const d = disbursementData(lineId, voucherNo, fiscalYear, ++seq);
      const body = JSON.stringify({ amount: d.amount, effectiveDate: today, voucherNo, payee: d.payee, summary: d.summary, subsidyCategory: d.subsidyCategory, beneficiaries: d.beneficiaries, economic: d.economic });
      const start = performance.now();
      const res = await fetch(`${base}/api/v1/lines/${encodeURIComponent(lineId)}/disbursements`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body,
      });
      await res.arrayBuffer();
      const ms = performance.now() - start;
      if (res.status !== 201) throw new Error(`${topology} ${lineId}: HTTP ${res.status}`);
      return ms;
    };
    const rawInsert = async () => {
      await tick();
      const start = performance.now();
      await raw.insert();
      return performance.now() - start;
    };
    const cold: number[] = [];
    for (const lineId of lineIds) cold.push(await command(lineId));
    for (let i = 0; i < settings.warmup; i++) { for (const lineId of lineIds) await command(lineId); await rawInsert(); }
    collectGarbage();
    const samples = lineIds.map(() => [] as number[]);
    const rawSamples: number[] = [];
    for (let i = 0; i < settings.measured; i++) {
      for (const [k, lineId] of lineIds.entries()) samples[k].push(await command(lineId));
      rawSamples.push(await rawInsert());
    }
    for (const [i, lineId] of lineIds.entries()) {
      const expected = settings.priorEvents[i] + settings.warmup + settings.measured;
      const actual = await store.streamRevision(lineStreamId(lineId));
      if (actual !== expected) throw new Error(`${lineId}: stream at revision ${actual}, expected ${expected}`);
    }
    const rawStat = stat(rawSamples);
    const lines = lineIds.map((_, k) => ({ priorEvents: settings.priorEvents[k], coldFirstMs: cold[k], ...stat(samples[k]) }));
    settings.log(`  ${topology}: ${lines.map((l) => `${l.priorEvents} prior p50 ${l.p50Ms.toFixed(2)} ms`).join(', ')}; raw insert p50 ${rawStat.p50Ms.toFixed(3)} ms`);
    return { topology, lines, rawInsert: { ...rawStat, how: raw.how }, rawOverCommandP50: lines.map((l) => rawStat.p50Ms / l.p50Ms) };
  } finally {
    await app?.close();
    await raw.close();
    await dropSchemas().catch(() => undefined);
    await admin.end();
  }
}

export async function runHttpCommandBench(settings: HttpCommandSettings): Promise<HttpCommandResults> {
  const redisUrl = `redis://127.0.0.1:${await freePort()}`;
  const redis = await ensureRedis(redisUrl, join(settings.dir, 'http-redis'), true);
  try {
    const topologies: HttpTopologyResult[] = [];
    for (const topology of ['sqlite', 'postgres'] as const) topologies.push(await measureTopology(topology, settings, redisUrl));
    const { priorEvents, warmup, measured, seedBatch } = settings;
    return {
      topologies, settings: { priorEvents, warmup, measured, seedBatch },
      path: 'POST /api/v1/lines/{id}/disbursements over HTTP keep-alive to the all-in-one app (listening on 127.0.0.1): auth, validation pipe, handler, state cache, decider, append with its durable commit, answer; the projector and the read models follow in the same process',
    };
  } finally {
    if (redis && redis.exitCode === null) {
      const exited = once(redis, 'exit');
      redis.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    }
  }
}
