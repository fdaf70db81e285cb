import { once } from 'node:events';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@app/config';
import { lineStreamId } from '@app/domain';
import { EVENT_STORE, type EventStore, SqliteSnapshotStore } from '@app/event-store';
import { AggregateStore } from '@app/kernel';
import { Projector } from '@app/read-models';
import { createApp } from '../../src/create-app';
import { ensureRedis } from '../../src/redis-launcher';
import { businessToday, disbursementData, disbursementEvents, establishedEvent, nextVoucherNo } from './events';
import { collectGarbage, median, percentile } from './stats';
import { findRepoRoot, makeWorkDir } from './workdir';

/**
 * Issue 14 / ADR 0020: the first record-disbursement on a line with 100,000 prior events after a restart, over HTTP
 * to the all-in-one app (embedded topology, SQLite). Each measurement is a fresh app on the same data directory
 * (nothing in memory): the line is folded from its snapshot and the events after it, or — the first start after an
 * upgrade or a fold version bump — from its first event, in pages. Measured: the command's latency, the peak RSS
 * growth while it runs, the event-loop delay (perf_hooks.monitorEventLoopDelay) and, in a second start of each
 * variant, the latency of /health requests sent one after the other while the command runs.
 */
export interface ColdLineSettings {
  readonly dir: string;
  readonly priorEvents: number;
  readonly seedBatch: number;
  /** starts measured with a snapshot (the median is reported) */
  readonly repeats: number;
  readonly log: (line: string) => void;
}

export interface ColdStart {
  readonly firstCommandMs: number;
  readonly rssPeakDeltaMiB: number;
  readonly loopDelayP99Ms: number;
  readonly loopDelayMaxMs: number;
  /** events the load read from the store (pages observed) */
  readonly eventsRead: number;
  /** the first command of the process, on a line of 10 events, before the measured one (null: the measured one was the first) */
  readonly warmUpMs: number | null;
}

export interface ColdVariant {
  readonly name: string;
  /** the measured command was not the process's first (a command on a small line came before it) */
  readonly warm: boolean;
  readonly settings: Record<string, string>;
  readonly starts: ColdStart[];
  /** a second start of the variant, probing /health while its first command runs */
  readonly health: { readonly requests: number; readonly p50Ms: number; readonly p99Ms: number; readonly maxMs: number; readonly commandMs: number };
}

export interface ColdLineResults {
  readonly priorEvents: number;
  readonly variants: ColdVariant[];
  readonly seedSeconds: number;
  readonly path: string;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

const MiB = 2 ** 20;
const PASSWORD = 'Budget-Bench-2023!';

interface Started { app: INestApplication; base: string; token: string }

async function startApp(dataDir: string, redisUrl: string, settings: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const env = {
    ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'error', REDIS_URL: redisUrl, REDIS_AUTOSTART: 'false', ALERTS_ENABLED: 'false',
    ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: PASSWORD, HOST: '127.0.0.1', PORT: String(port), ...settings,
  };
  const app = await createApp(loadConfig(env), false);
  await app.listen(port, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PASSWORD }) });
  const token = ((await login.json()) as { token: string }).token;
  // the read models caught up before the measurement: the projector must not fold 100k events during it
  const head = await app.get<EventStore>(EVENT_STORE).headPosition();
  if (!(await app.get(Projector).waitFor(head, 600_000))) throw new Error('the projector did not catch up');
  return { app, base, token };
}

async function recordOne(s: Started, lineId: string): Promise<number> {
  const { today, fiscalYear } = businessToday();
  const voucherNo = nextVoucherNo(fiscalYear);
  const d = disbursementData(lineId, voucherNo, fiscalYear, 7);
  const start = performance.now();
  const res = await fetch(`${s.base}/api/v1/lines/${encodeURIComponent(lineId)}/disbursements`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
    body: JSON.stringify({ amount: d.amount, effectiveDate: today, voucherNo, payee: d.payee, summary: d.summary }),
  });
  await res.arrayBuffer();
  if (res.status !== 201) throw new Error(`cold line: HTTP ${res.status}`);
  return performance.now() - start;
}

/**
 * One start: the first command on the line, alone or with /health asked again and again while it runs. With a
 * warm-up line, one command on that small line comes first: the process is warm (its code compiled, its statements
 * prepared, the accounts and the fiscal year folded) and only the 100k line is cold.
 */
async function coldStart(dataDir: string, redisUrl: string, lineId: string, settings: Record<string, string>, probeHealth: boolean, warmUpLine?: string) {
  const s = await startApp(dataDir, redisUrl, settings);
  try {
    const warmUpMs = warmUpLine ? await recordOne(s, warmUpLine) : null;
    let eventsRead = 0;
    s.app.get(AggregateStore).observePages((p) => { if (p.streamId === lineStreamId(lineId)) eventsRead += p.events; });
    collectGarbage();
    await nextTurn();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => { rssPeak = Math.max(rssPeak, process.memoryUsage().rss); }, 5);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    let done = false;
    const healthMs: number[] = [];
    const command = recordOne(s, lineId).finally(() => { done = true; });
    const prober = probeHealth ? (async () => {
      while (!done) {
        const start = performance.now();
        const res = await fetch(`${s.base}/health`);
        await res.arrayBuffer();
        healthMs.push(performance.now() - start);
      }
    })() : Promise.resolve();
    const firstCommandMs = await command;
    await prober;
    delay.disable();
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    // the snapshot this load made due is written after the answer; shutdown writes it too
    await s.app.get(AggregateStore).flushSnapshots();
    const start: ColdStart = {
      firstCommandMs, rssPeakDeltaMiB: (rssPeak - rssBefore) / MiB, loopDelayP99Ms: delay.percentile(99) / 1e6, loopDelayMaxMs: delay.max / 1e6, eventsRead, warmUpMs,
    };
    return { start, healthMs };
  } finally {
    await s.app.close();
  }
}

export async function runColdLineBench(settings: ColdLineSettings): Promise<ColdLineResults> {
  const redisUrl = `redis://127.0.0.1:${await freePort()}`;
  const redis = await ensureRedis(redisUrl, join(settings.dir, 'cold-redis'), true);
  const dataDir = join(settings.dir, 'cold-line');
  const lineId = 'COLD-LINE-100K';
  const smallLine = 'COLD-LINE-10';
  const clearSnapshots = async () => {
    const snapshots = SqliteSnapshotStore.open({ filename: join(dataDir, 'events.sqlite') });
    await snapshots.clear();
    await snapshots.close();
  };
  try {
    // the line and its 100k events, appended straight to the store as committed imports would leave them, then projected
    const seedStarted = performance.now();
    const seeding = await startApp(dataDir, redisUrl, {});
    try {
      const store = seeding.app.get<EventStore>(EVENT_STORE);
      const stream = lineStreamId(lineId);
      let revision = (await store.append(stream, establishedEvent(lineId, '900000000000.00'), 'no_stream')).nextExpectedRevision;
      for (let left = settings.priorEvents - 1; left > 0; left -= settings.seedBatch) {
        revision = (await store.append(stream, disbursementEvents(lineId, Math.min(left, settings.seedBatch)), revision)).nextExpectedRevision;
      }
      revision = (await store.append(lineStreamId(smallLine), establishedEvent(smallLine, '900000000000.00'), 'no_stream')).nextExpectedRevision;
      await store.append(lineStreamId(smallLine), disbursementEvents(smallLine, 9), revision);
      const head = await store.headPosition();
      if (!(await seeding.app.get(Projector).waitFor(head, 600_000))) throw new Error('the projector did not catch up with the seed');
    } finally {
      await seeding.app.close();
    }
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    settings.log(`  cold line: ${settings.priorEvents} events seeded and projected in ${seedSeconds.toFixed(0)} s`);

    const variants: ColdVariant[] = [];
    const measure = async (name: string, env: Record<string, string>, repeats: number, before: () => Promise<void>, warm = true) => {
      const starts: ColdStart[] = [];
      for (let i = 0; i < repeats; i++) {
        await before();
        starts.push((await coldStart(dataDir, redisUrl, lineId, env, false, warm ? smallLine : undefined)).start);
      }
      await before();
      const probed = await coldStart(dataDir, redisUrl, lineId, env, true, warm ? smallLine : undefined);
      const h = probed.healthMs;
      variants.push({
        name, settings: env, starts, warm,
        health: { requests: h.length, p50Ms: percentile(h, 50), p99Ms: percentile(h, 99), maxMs: Math.max(...h), commandMs: probed.start.firstCommandMs },
      });
      const m = starts[0];
      settings.log(`  cold line, ${name}: first command ${median(starts.map((x) => x.firstCommandMs)).toFixed(1)} ms, RSS +${m.rssPeakDeltaMiB.toFixed(0)} MiB, `
        + `loop delay p99 ${m.loopDelayP99Ms.toFixed(1)} ms, /health max ${Math.max(...h).toFixed(1)} ms over ${h.length} requests`);
    };
    // the first start after an upgrade (no snapshot yet), read in one page of 100k events: what paging avoids
    await measure('no snapshot, one page of 100,000 events', { SNAPSHOT_EVERY: '0', STREAM_PAGE_SIZE: '100000' }, 1, clearSnapshots);
    // the same in pages of 1000 (STREAM_PAGE_SIZE default), no snapshot written
    await measure('no snapshot, pages of 1,000 (defaults)', { SNAPSHOT_EVERY: '0' }, 1, clearSnapshots);
    // one start with the defaults writes the snapshot; from then on, every start reads it and the events after it
    await clearSnapshots();
    await coldStart(dataDir, redisUrl, lineId, {}, false);
    await measure('from its snapshot (defaults)', {}, settings.repeats, async () => undefined);
    // the same, the measured command being the process's very first request: what a start costs any first command
    await measure('from its snapshot, as the first request of the process', {}, settings.repeats, async () => undefined, false);
    return {
      priorEvents: settings.priorEvents, variants, seedSeconds,
      path: 'POST /api/v1/lines/{id}/disbursements over HTTP to the all-in-one app from dist, started afresh on the same DATA_DIR before each measurement (SQLite events and read models, read models caught up, alerts off)',
    };
  } finally {
    if (redis && redis.exitCode === null) {
      const exited = once(redis, 'exit');
      redis.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    }
  }
}

/** The goals of issue 14 for this row: the first command from a snapshot ≤ 50 ms; event-loop delay p99 ≤ 100 ms whenever pages are read. */
export function coldLineTargets(r: ColdLineResults): { name: string; value: number; op: '<='; limit: number }[] {
  const snap = r.variants.find((v) => v.name.startsWith('from its snapshot'));
  const paged = r.variants.find((v) => v.name.startsWith('no snapshot, pages'));
  const targets: { name: string; value: number; op: '<='; limit: number }[] = [];
  if (snap) {
    targets.push({ name: 'cold line: first command from a snapshot, ms (median)', value: median(snap.starts.map((s) => s.firstCommandMs)), op: '<=', limit: 50 });
    targets.push({ name: 'cold line: event-loop delay p99 from a snapshot, ms', value: Math.max(...snap.starts.map((s) => s.loopDelayP99Ms)), op: '<=', limit: 100 });
  }
  if (paged) targets.push({ name: 'cold line: event-loop delay p99 with no snapshot (paged), ms', value: paged.starts[0].loopDelayP99Ms, op: '<=', limit: 100 });
  return targets;
}

export function coldLineMarkdown(r: ColdLineResults): string[] {
  const lines = [
    `### Cold line: the first command on a line with ${r.priorEvents.toLocaleString('en-US')} prior events after a restart (issue 14, ADR 0020)`, '',
    `${r.path}. Issue 14 measured 5.6–8.1 s, /health 5.1 s and +243 MB RSS on main before snapshots and paged reads.`, '',
    'Each row is a fresh start of the app. Except in the last row, one command on a line of 10 events comes first (the process warm, the 100k line cold); the last row shows what a start costs the first request on any line (that small line\'s first command is in the JSON).', '',
    '| variant | first command on the 100k line, ms | RSS peak Δ MiB | loop delay p99 / max ms | events read | /health during it: requests, p50 / p99 / max ms |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const v of r.variants) {
    const ms = v.starts.map((s) => s.firstCommandMs);
    const first = ms.length > 1 ? `${median(ms).toFixed(1)} (median of ${ms.length}, max ${Math.max(...ms).toFixed(1)})` : ms[0].toFixed(1);
    const s = v.starts[0];
    lines.push(`| ${v.name} | ${first} | ${Math.max(...v.starts.map((x) => x.rssPeakDeltaMiB)).toFixed(0)} | ${Math.max(...v.starts.map((x) => x.loopDelayP99Ms)).toFixed(1)} / ${Math.max(...v.starts.map((x) => x.loopDelayMaxMs)).toFixed(1)} | ${s.eventsRead.toLocaleString('en-US')} | ${v.health.requests}, ${v.health.p50Ms.toFixed(1)} / ${v.health.p99Ms.toFixed(1)} / ${v.health.maxMs.toFixed(1)} (command ${v.health.commandMs.toFixed(0)} ms) |`);
  }
  lines.push('');
  return lines;
}

/** `node --expose-gc dist/bench/lib/cold-line-bench.js`: this section alone (BENCH_COLD_EVENTS, BENCH_COLD_REPEATS). */
if (require.main === module) {
  void (async () => {
    const work = makeWorkDir(findRepoRoot(__dirname));
    try {
      const results = await runColdLineBench({
        dir: work.dir, priorEvents: Number(process.env.BENCH_COLD_EVENTS ?? 100_000), seedBatch: 1000, repeats: Number(process.env.BENCH_COLD_REPEATS ?? 3),
        log: (line) => process.stderr.write(`${line}\n`),
      });
      process.stdout.write(`${coldLineMarkdown(results).join('\n')}\n`);
      for (const t of coldLineTargets(results)) process.stdout.write(`${t.value <= t.limit ? 'PASS' : 'FAIL'} ${t.name}: ${t.value.toFixed(1)} (≤ ${t.limit})\n`);
      process.stdout.write(`${JSON.stringify(results)}\n`);
    } finally {
      work.remove();
    }
    process.exit(0);
  })().catch((error: unknown) => {
    process.stderr.write(`cold line bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
