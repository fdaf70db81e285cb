import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { loadConfig } from '@app/config';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { createApp } from '../../src/create-app';
import { applyServerMemoryPolicy } from '../../src/memory-policy';

/**
 * Bench section 9, the server's side (a process of its own, started as `npm start` starts the server: its memory
 * policy applied): the all-in-one app on a fresh store with the demo budget. The parent (import-bench.ts) sends the
 * file and follows the job over HTTP, so that no client buffer or parser is counted here. Between the parent's
 * `measure` and `stop` this process samples its RSS (every 20 ms) and its event-loop delay (monitorEventLoopDelay,
 * 10 ms resolution), per phase as the parent names them.
 */
export type ImportBenchRequest = { readonly measure: true } | { readonly phase: string } | { readonly stop: true };
export interface ImportBenchReady { readonly base: string; readonly token: string; readonly lineIds: readonly string[] }
export interface ImportBenchMeasured {
  readonly rssBeforeMB: number; readonly peakRssMB: number; readonly peakHeapMB: number;
  readonly loopDelayP99Ms: number; readonly loopDelayMaxMs: number; readonly loopDelayMeanMs: number;
  /** what the RSS was made of at its peak: anonymous and file pages, the heap spaces, external memory (MiB) */
  readonly atPeak: Readonly<Record<string, number>>;
  readonly byPhase: Readonly<Record<string, { p99Ms: number; maxMs: number }>>;
}

const MIB = 2 ** 20;
const PASSWORD = 'Imp0rt-Pass-2023-xyz';
const send = (message: unknown) => process.send?.(message);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const config = loadConfig({
    ...process.env, DATA_DIR: dir, DEMO_DATA: 'false', LOG_LEVEL: 'error', ALERTS_ENABLED: 'false', ADMIN_USERNAME: 'bench', ADMIN_PASSWORD: PASSWORD,
    QUEUE_PREFIX: `bench-${process.pid}`, REDIS_AUTOSTART: 'false',
  });
  applyServerMemoryPolicy(config);
  const app = await createApp(config, false);
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const close = async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const login = await (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench', password: PASSWORD }) })).json() as { token: string };
    const budget = readFileSync(join(__dirname, '..', '..', '..', 'demo', 'budget-2023-426.json'));
    const imported = await fetch(`${base}/api/v1/budget-imports?dryRun=false`, { method: 'POST', headers: { authorization: `Bearer ${login.token}`, 'content-type': 'application/json' }, body: budget });
    if (imported.status !== 200) throw new Error(`budget import: ${imported.status} ${await imported.text()}`);
    // the two largest lines take the rows (1.00 元 each)
    const store = app.get<EventStore>(EVENT_STORE);
    const lineIds = (await store.readAll({ maxCount: 100_000 })).filter((e) => e.type === 'AppropriationEstablished.v1')
      .map((e) => e.data as { lineId: string; amount: string }).sort((a, b) => Number(b.amount) - Number(a.amount)).slice(0, 2).map((l) => l.lineId);
    const ready: ImportBenchReady = { base, token: login.token, lineIds };
    process.on('message', (request: ImportBenchRequest) => {
      if ('measure' in request) send({ measuring: startMeasuring() });
      else if ('phase' in request) measuring?.enter(request.phase);
      else if ('stop' in request) {
        const results = measuring!.stop();
        void close().then(() => { send({ results }); process.exit(0); });
      }
    });
    send(ready);
  } catch (e) {
    await close();
    throw e;
  }
}

let measuring: ReturnType<typeof measure> | undefined;
function startMeasuring(): true {
  measuring = measure();
  return true;
}

function measure() {
  if (typeof global.gc === 'function') global.gc();
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  let peakHeap = 0;
  let atPeak: Record<string, number> = {};
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    if (m.rss <= peakRss) return;
    peakRss = m.rss;
    const spaces = Object.fromEntries(getHeapSpaceStatistics().filter((sp) => sp.space_size > 0).map((sp) => [`${sp.space_name}MB`, sp.space_size / MIB]));
    atPeak = { ...rssParts(), ...spaces, heapUsedMB: m.heapUsed / MIB, heapTotalMB: m.heapTotal / MIB, externalMB: m.external / MIB };
  }, 20);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const phases = new Map<string, ReturnType<typeof monitorEventLoopDelay>>();
  let current: ReturnType<typeof monitorEventLoopDelay> | undefined;
  return {
    enter(phase: string) {
      if (phases.has(phase)) return;
      current?.disable();
      current = monitorEventLoopDelay({ resolution: 10 });
      current.enable();
      phases.set(phase, current);
    },
    stop(): ImportBenchMeasured {
      delay.disable();
      current?.disable();
      clearInterval(sampler);
      return {
        rssBeforeMB: rssBefore / MIB, peakRssMB: peakRss / MIB, peakHeapMB: peakHeap / MIB,
        loopDelayP99Ms: delay.percentile(99) / 1e6, loopDelayMaxMs: delay.max / 1e6, loopDelayMeanMs: delay.mean / 1e6, atPeak,
        byPhase: Object.fromEntries([...phases].map(([k, h]) => [k, { p99Ms: h.percentile(99) / 1e6, maxMs: h.max / 1e6 }])),
      };
    },
  };
}

/** RssAnon, RssFile and RssShmem of this process in MiB (Linux; empty elsewhere). */
function rssParts(): Record<string, number> {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    return Object.fromEntries([...status.matchAll(/^(RssAnon|RssFile|RssShmem):\s+(\d+) kB/gm)].map((m) => [`${m[1]}MB`, Number(m[2]) / 1024]));
  } catch {
    return {};
  }
}

main().catch((e) => { process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`); process.exit(1); });
