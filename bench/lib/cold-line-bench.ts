import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { lineStreamId } from '@app/domain';
import { EVENT_STORE, type EventStore, SqliteSnapshotStore } from '@app/event-store';
import { LiveProjector } from '@app/read-models';
import { ensureRedis } from '../../src/redis-launcher';
import { type AuditExport, type ColdStart, startApp } from './cold-line-app';
import { freePort } from './free-port';
import { disbursementEvents, establishedEvent } from './events';
import { median, percentile } from './stats';
import { findRepoRoot, makeWorkDir } from './workdir';

const run = promisify(execFile);

/**
 * Issue 14 / ADR 0020: the first record-disbursement on a line with 100,000 prior events after a restart, over HTTP
 * to the all-in-one app (embedded topology, SQLite). Each measurement is a fresh process running the app on the same
 * data directory (cold-line-child.ts: nothing compiled, nothing in memory): the line is folded from its snapshot and the events after it, or — the first start after an
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

export type { ColdStart };

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
  /** the 100k line's audit trail as CSV, streamed while /health is asked (issue 14) */
  readonly audit: AuditExport;
}

export async function runColdLineBench(settings: ColdLineSettings): Promise<ColdLineResults> {
  const redisUrl = `redis://127.0.0.1:${await freePort()}`;
  const redis = await ensureRedis(redisUrl, join(settings.dir, 'cold-redis'), true);
  const dataDir = join(settings.dir, 'cold-line');
  const lineId = 'COLD-LINE-100K';
  const smallLine = 'COLD-LINE-10';
  const smallColdLine = 'COLD-LINE-10B';
  const clearSnapshots = async () => {
    const snapshots = SqliteSnapshotStore.open({ filename: join(dataDir, 'events.sqlite') });
    await snapshots.clear();
    await snapshots.close();
  };
  /** One measured start, in a child process: `node --expose-gc dist/bench/lib/cold-line-child.js`. */
  const coldStart = async (env: Record<string, string>, probeHealth: boolean, warm: boolean): Promise<{ start: ColdStart; healthMs: number[] }> => {
    const job = { dataDir, redisUrl, lineId, settings: env, probeHealth, ...(warm ? { warmUpLine: smallLine, smallColdLine } : {}) };
    // BENCH_COLD_CPU_PROFILE=<dir>: a V8 CPU profile of each start, to see where a first command's time goes
    const profile = process.env.BENCH_COLD_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_COLD_CPU_PROFILE}`] : [];
    const { stdout } = await run(process.execPath, ['--expose-gc', ...profile, join(__dirname, 'cold-line-child.js')], {
      env: { ...process.env, COLD_LINE_JOB: JSON.stringify(job) }, maxBuffer: 16 * 2 ** 20,
    });
    return JSON.parse(stdout.trim().split('\n').pop()!) as { start: ColdStart; healthMs: number[] };
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
      for (const small of [smallLine, smallColdLine]) {
        revision = (await store.append(lineStreamId(small), establishedEvent(small, '900000000000.00'), 'no_stream')).nextExpectedRevision;
        await store.append(lineStreamId(small), disbursementEvents(small, 9), revision);
      }
      const head = await store.headPosition();
      if (!(await seeding.app.get(LiveProjector).waitFor(head, 600_000))) throw new Error('the projector did not catch up with the seed');
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
        starts.push((await coldStart(env, false, warm)).start);
      }
      await before();
      const probed = await coldStart(env, true, warm);
      const h = probed.healthMs;
      variants.push({
        name, settings: env, starts, warm,
        health: { requests: h.length, p50Ms: percentile(h, 50), p99Ms: percentile(h, 99), maxMs: Math.max(...h), commandMs: probed.start.firstCommandMs },
      });
      const m = starts[0];
      settings.log(`  cold line, ${name}: first command ${median(starts.map((x) => x.firstCommandMs)).toFixed(1)} ms, RSS +${m.rssPeakDeltaMiB.toFixed(0)} MiB, heap +${m.heapPeakDeltaMiB.toFixed(0)} MiB, `
        + `loop delay p99 ${m.loopDelayP99Ms.toFixed(1)} ms, /health max ${Math.max(...h).toFixed(1)} ms over ${h.length} requests`);
    };
    // the first start after an upgrade (no snapshot yet), read in one page of 100k events: what paging avoids
    await measure('no snapshot, one page of 100,000 events', { SNAPSHOT_EVERY: '0', STREAM_PAGE_SIZE: '100000' }, 1, clearSnapshots);
    // the same in pages of 1000 (STREAM_PAGE_SIZE default), no snapshot written
    await measure('no snapshot, pages of 1,000 (defaults)', { SNAPSHOT_EVERY: '0' }, 1, clearSnapshots);
    // one start with the defaults writes the snapshot; from then on, every start reads it and the events after it
    await clearSnapshots();
    await coldStart({}, false, false);
    await measure('from its snapshot (defaults)', {}, settings.repeats, async () => undefined);
    // the same, the measured command being the process's very first request: what a start costs any first command
    await measure('from its snapshot, as the first request of the process', {}, settings.repeats, async () => undefined, false);
    const { stdout } = await run(process.execPath, ['--expose-gc', join(__dirname, 'cold-line-child.js')], {
      env: { ...process.env, COLD_LINE_JOB: JSON.stringify({ dataDir, redisUrl, lineId, settings: {}, probeHealth: true, audit: true }) }, maxBuffer: 16 * 2 ** 20,
    });
    const audit = JSON.parse(stdout.trim().split('\n').pop()!) as AuditExport;
    settings.log(`  audit CSV of the 100k line: ${(audit.bytes / 1e6).toFixed(1)} MB in ${audit.seconds.toFixed(1)} s, loop delay p99 ${audit.loopDelayP99Ms.toFixed(1)} ms, /health max ${audit.health.maxMs.toFixed(1)} ms`);
    return {
      priorEvents: settings.priorEvents, variants, seedSeconds, audit,
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

/** Median over a variant's starts of the 100k line's first command ÷ a 10-event line's first command in the same process. */
const overSmall = (v: ColdVariant) => median(v.starts.filter((s) => s.smallLine).map((s) => s.firstCommandMs / s.smallLine!.firstCommandMs));

/**
 * The goals of issue 14 for this row: the first command on the 100k line from its snapshot ≤ 50 ms, and no slower than
 * the first command on a line of 10 events in the same process (≤ 1.5×); event-loop delay p99 ≤ 100 ms whenever
 * pages are read (no snapshot yet).
 */
export function coldLineTargets(r: ColdLineResults): { name: string; value: number; op: '<='; limit: number }[] {
  const snap = r.variants.find((v) => v.name.startsWith('from its snapshot') && v.warm);
  const paged = r.variants.find((v) => v.name.startsWith('no snapshot, pages'));
  const targets: { name: string; value: number; op: '<='; limit: number }[] = [];
  if (snap) {
    targets.push({ name: 'cold line: first command from a snapshot, ms (median)', value: median(snap.starts.map((s) => s.firstCommandMs)), op: '<=', limit: 50 });
    targets.push({ name: 'cold line: first command from a snapshot ÷ on a 10-event line (median)', value: overSmall(snap), op: '<=', limit: 1.5 });
  }
  if (paged) targets.push({ name: 'cold line: event-loop delay p99 with no snapshot (paged), ms', value: paged.starts[0].loopDelayP99Ms, op: '<=', limit: 100 });
  if (r.audit) targets.push({ name: `audit CSV of the 100k line (${(r.audit.bytes / 1e6).toFixed(0)} MB): event-loop delay p99, ms`, value: r.audit.loopDelayP99Ms, op: '<=', limit: 100 });
  return targets;
}

export function coldLineMarkdown(r: ColdLineResults): string[] {
  const f1 = (n: number) => n.toFixed(1);
  const lines = [
    `### Cold line: the first command on a line with ${r.priorEvents.toLocaleString('en-US')} prior events after a restart (issue 14, ADR 0020)`, '',
    `${r.path}. Issue 14 measured 5.6–8.1 s, /health 5.1 s and +243 MB RSS on main before snapshots and paged reads.`, '',
    'Each start is a fresh process running the app on the same data directory. In it, one command on a line of 10 events comes first '
      + '(the process\'s first request), then the first command on another line of 10 events (as cold as the 100k line: the reference), then the '
      + 'measured first command on the 100k line. The last row measures the 100k line as the process\'s very first request. /health is probed '
      + 'in one more start of each variant, one request after the other while the 100k command runs.', '',
    '| variant | 100k line: first command ms | 10-event line: first command ms | ratio | loop delay p99 / max ms (100k; 10-event) | RSS / heap peak Δ MiB | events read | /health during it: n, p50 / p99 / max ms |',
    '| --- | ---: | ---: | ---: | --- | ---: | ---: | --- |',
  ];
  for (const v of r.variants) {
    const ms = v.starts.map((s) => s.firstCommandMs);
    const small = v.starts.filter((s) => s.smallLine).map((s) => s.smallLine!.firstCommandMs);
    const first = ms.length > 1 ? `${f1(median(ms))} (median of ${ms.length}, ${f1(Math.min(...ms))}–${f1(Math.max(...ms))})` : f1(ms[0]);
    const ref = small.length > 0 ? (small.length > 1 ? `${f1(median(small))} (${f1(Math.min(...small))}–${f1(Math.max(...small))})` : f1(small[0])) : '—';
    const ratio = small.length > 0 ? overSmall(v).toFixed(2) : '—';
    const delay = `${f1(Math.max(...v.starts.map((x) => x.loopDelayP99Ms)))} / ${f1(Math.max(...v.starts.map((x) => x.loopDelayMaxMs)))}`
      + (small.length > 0 ? `; ${f1(Math.max(...v.starts.map((x) => x.smallLine!.loopDelayP99Ms)))}` : '');
    const mem = `${Math.max(...v.starts.map((x) => x.rssPeakDeltaMiB)).toFixed(0)} / ${Math.max(...v.starts.map((x) => x.heapPeakDeltaMiB)).toFixed(0)}`;
    const h = v.health;
    lines.push(`| ${v.name} | ${first} | ${ref} | ${ratio} | ${delay} | ${mem} | ${v.starts[0].eventsRead.toLocaleString('en-US')} | ${h.requests}, ${f1(h.p50Ms)} / ${f1(h.p99Ms)} / ${f1(h.maxMs)} (command ${h.commandMs.toFixed(0)} ms) |`);
  }
  lines.push('');
  if (r.audit) {
    const a = r.audit;
    lines.push(`**The 100k line's 审计轨迹 as CSV** (GET /api/v1/audit/lines/{id}?format=csv, streamed from the event store, in a fresh process): `
      + `${(a.bytes / 1e6).toFixed(1)} MB, ${a.rows.toLocaleString('en-US')} rows in ${a.seconds.toFixed(1)} s; event-loop delay p99 ${f1(a.loopDelayP99Ms)} ms, max ${f1(a.loopDelayMaxMs)} ms `
      + `(goal p99 ≤ 100 ms); RSS +${a.rssPeakDeltaMiB.toFixed(0)} MiB; /health meanwhile ${a.health.requests} requests, p99 ${f1(a.health.p99Ms)} ms, max ${f1(a.health.maxMs)} ms.`, '');
  }
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
