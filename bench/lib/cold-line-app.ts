import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@app/config';
import { lineStreamId } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { AggregateStore } from '@app/kernel';
import { LiveProjector } from '@app/read-models';
import { createApp } from '../../src/create-app';
import { applyServerMemoryPolicy } from '../../src/memory-policy';
import { businessToday, disbursementData } from './events';
import { collectGarbage } from './stats';
import { freePort } from './free-port';

/** The cold-line bench's app (ADR 0020): started on a data directory, a command over HTTP, one measured start. */

export interface ColdStart {
  readonly firstCommandMs: number;
  /** peak RSS while the command ran, minus RSS before it (the process started just before: a real restart) */
  readonly rssPeakDeltaMiB: number;
  readonly heapPeakDeltaMiB: number;
  readonly loopDelayP99Ms: number;
  readonly loopDelayMaxMs: number;
  /** events the load read from the store (pages observed) */
  readonly eventsRead: number;
  /** the first command of the process, on a line of 10 events, before the measured one (null: the measured one was the first) */
  readonly warmUpMs: number | null;
  /** right before the measured command, in the same process: the first command on another line of 10 events (null: none) */
  readonly smallLine: { readonly firstCommandMs: number; readonly loopDelayP99Ms: number; readonly loopDelayMaxMs: number } | null;
}

/** A command and the event-loop delay while it ran. */
async function timed(run: () => Promise<number>): Promise<{ ms: number; loopDelayP99Ms: number; loopDelayMaxMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const ms = await run();
  delay.disable();
  return { ms, loopDelayP99Ms: delay.percentile(99) / 1e6, loopDelayMaxMs: delay.max / 1e6 };
}

const MiB = 2 ** 20;
const PASSWORD = 'Budget-Bench-2023!';

export interface Started { app: INestApplication; base: string; token: string }

export async function startApp(dataDir: string, redisUrl: string, settings: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const env = {
    ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'error', REDIS_URL: redisUrl, REDIS_AUTOSTART: 'false', ALERTS_ENABLED: 'false',
    ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: PASSWORD, HOST: '127.0.0.1', PORT: String(port), ...settings,
  };
  const config = loadConfig(env);
  applyServerMemoryPolicy(config); // as npm start runs the server
  const app = await createApp(config, false);
  await app.listen(port, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PASSWORD }) });
  const token = ((await login.json()) as { token: string }).token;
  // the read models caught up before the measurement: the projector must not fold 100k events during it
  const head = await app.get<EventStore>(EVENT_STORE).headPosition();
  if (!(await app.get(LiveProjector).waitFor(head, 600_000))) throw new Error('the projector did not catch up');
  return { app, base, token };
}

let commands = 0;

export async function recordOne(s: Started, lineId: string): Promise<number> {
  const { today, fiscalYear } = businessToday();
  // unique across the bench's processes (nextVoucherNo counts per process, and the seed used its first 100,000)
  const voucherNo = `COLD-${process.pid}-${Date.now()}-${++commands}`;
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
export async function coldStart(dataDir: string, redisUrl: string, lineId: string, settings: Record<string, string>, probeHealth: boolean,
  warmUpLine?: string, smallColdLine?: string) {
  const s = await startApp(dataDir, redisUrl, settings);
  try {
    // each command's events projected before the next is measured: the projector thread shares this process's CPU
    const settle = async () => { await s.app.get(LiveProjector).waitFor(await s.app.get<EventStore>(EVENT_STORE).headPosition(), 60_000); };
    const warmUpMs = warmUpLine ? await recordOne(s, warmUpLine) : null;
    await settle();
    // the reference: a line of 10 events, as cold as the 100k line (never loaded in this process), just before it
    let smallLine: ColdStart['smallLine'] = null;
    if (smallColdLine) {
      collectGarbage();
      await nextTurn();
      const small = await timed(() => recordOne(s, smallColdLine));
      smallLine = { firstCommandMs: small.ms, loopDelayP99Ms: small.loopDelayP99Ms, loopDelayMaxMs: small.loopDelayMaxMs };
      await settle();
    }
    let eventsRead = 0;
    s.app.get(AggregateStore).observePages((p) => { if (p.streamId === lineStreamId(lineId)) eventsRead += p.events; });
    collectGarbage();
    await nextTurn();
    const before = process.memoryUsage();
    let rssPeak = before.rss;
    let heapPeak = before.heapUsed;
    const sample = () => { const m = process.memoryUsage(); rssPeak = Math.max(rssPeak, m.rss); heapPeak = Math.max(heapPeak, m.heapUsed); };
    const sampler = setInterval(sample, 5);
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
    sample();
    // the snapshot this load made due is written after the answer; shutdown writes it too
    await s.app.get(AggregateStore).flushSnapshots();
    const start: ColdStart = {
      firstCommandMs, rssPeakDeltaMiB: (rssPeak - before.rss) / MiB, heapPeakDeltaMiB: (heapPeak - before.heapUsed) / MiB, loopDelayP99Ms: delay.percentile(99) / 1e6, loopDelayMaxMs: delay.max / 1e6, eventsRead, warmUpMs, smallLine,
    };
    return { start, healthMs };
  } finally {
    await s.app.close();
  }
}


export interface AuditExport {
  readonly bytes: number; readonly rows: number; readonly seconds: number;
  readonly loopDelayP99Ms: number; readonly loopDelayMaxMs: number; readonly rssPeakDeltaMiB: number;
  readonly health: { readonly requests: number; readonly p99Ms: number; readonly maxMs: number };
}

/**
 * The 审计轨迹 of the 100k line exported as CSV (GET /api/v1/audit/lines/{id}?format=csv, read from the event store
 * as it is written out) in a fresh process: its size and time, the event-loop delay while it streams, the RSS growth,
 * and /health asked one request after the other meanwhile (issue 14: "a 39 MB audit CSV").
 */
export async function auditExport(dataDir: string, redisUrl: string, lineId: string): Promise<AuditExport> {
  const s = await startApp(dataDir, redisUrl, {});
  try {
    collectGarbage();
    await nextTurn();
    const before = process.memoryUsage().rss;
    let rssPeak = before;
    const sampler = setInterval(() => { rssPeak = Math.max(rssPeak, process.memoryUsage().rss); }, 5);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    let done = false;
    const healthMs: number[] = [];
    const started = performance.now();
    const exported = (async () => {
      const res = await fetch(`${s.base}/api/v1/audit/lines/${encodeURIComponent(lineId)}?format=csv`, { headers: { authorization: `Bearer ${s.token}` } });
      if (res.status !== 200 || !res.body) throw new Error(`audit export: HTTP ${res.status}`);
      let bytes = 0;
      let newlines = 0;
      for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
        bytes += chunk.byteLength;
        for (let i = 0; i < chunk.byteLength; i++) if (chunk[i] === 10) newlines++;
      }
      return { bytes, rows: newlines - 3 }; // title, filter line, header
    })().finally(() => { done = true; });
    const prober = (async () => {
      while (!done) {
        const t = performance.now();
        await (await fetch(`${s.base}/health`)).arrayBuffer();
        healthMs.push(performance.now() - t);
      }
    })();
    const { bytes, rows } = await exported;
    const seconds = (performance.now() - started) / 1000;
    await prober;
    delay.disable();
    clearInterval(sampler);
    healthMs.sort((a, b) => a - b);
    return {
      bytes, rows, seconds, loopDelayP99Ms: delay.percentile(99) / 1e6, loopDelayMaxMs: delay.max / 1e6, rssPeakDeltaMiB: (rssPeak - before) / MiB,
      health: { requests: healthMs.length, p99Ms: healthMs[Math.min(healthMs.length - 1, Math.floor(healthMs.length * 0.99))] ?? 0, maxMs: healthMs[healthMs.length - 1] ?? 0 },
    };
  } finally {
    await s.app.close();
  }
}
