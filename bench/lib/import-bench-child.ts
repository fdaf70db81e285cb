import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { loadConfig } from '@app/config';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { createApp } from '../../src/create-app';

/**
 * Bench section 9 (child process, so that its RSS is the app's own): the all-in-one app on a fresh store with the
 * demo budget; a 100,000-row CSV committed over HTTP. Measures the event-loop delay (monitorEventLoopDelay, 10 ms
 * resolution) from the upload until the read models show the import, and the process's peak RSS over that time.
 * Prints one JSON line.
 */
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const config = loadConfig({
    ...process.env, DATA_DIR: dir, DEMO_DATA: 'false', LOG_LEVEL: 'error', ALERTS_ENABLED: 'false', ADMIN_USERNAME: 'bench', ADMIN_PASSWORD: 'Imp0rt-Pass-2023-xyz',
    QUEUE_PREFIX: `bench-${process.pid}`, REDIS_AUTOSTART: 'false',
  });
  const app = await createApp(config, false);
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  try {
    const login = await (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench', password: 'Imp0rt-Pass-2023-xyz' }) })).json() as { token: string };
    const auth = { authorization: `Bearer ${login.token}` };
    const budget = readFileSync(join(__dirname, '..', '..', '..', 'demo', 'budget-2023-426.json'));
    const imported = await fetch(`${base}/api/v1/budget-imports?dryRun=false`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: budget });
    if (imported.status !== 200) throw new Error(`budget import: ${imported.status} ${await imported.text()}`);
    // the two largest lines take the rows (1.00 元 each)
    const store = app.get<EventStore>(EVENT_STORE);
    const lines = (await store.readAll({ maxCount: 100_000 })).filter((e) => e.type === 'AppropriationEstablished.v1')
      .map((e) => e.data as { lineId: string; amount: string }).sort((a, b) => Number(b.amount) - Number(a.amount)).slice(0, 2);
    const path = join(dir, 'big.csv');
    const out = createWriteStream(path);
    out.write('预算指标,金额,支付日期,凭证号,收款人\n');
    for (let i = 0; i < ROWS; i++) {
      if (!out.write(`${lines[i % 2].lineId},1.00,2023-${String((i % 12) + 1).padStart(2, '0')}-15,B-${i},收款人${i}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
    const file = readFileSync(path);

    if (typeof global.gc === 'function') global.gc();
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    let peakHeap = 0;
    // at the peak, what the RSS is made of (/proc/self/status: anonymous memory, file pages, shared memory) and the main heap
    let atPeak: Record<string, number> = {};
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      if (m.rss <= peakRss) return;
      peakRss = m.rss;
      atPeak = { ...rssParts(), heapUsedMB: m.heapUsed / 2 ** 20, heapTotalMB: m.heapTotal / 2 ** 20, externalMB: m.external / 2 ** 20, arrayBuffersMB: m.arrayBuffers / 2 ** 20 };
    }, 20);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    // the same delay, per phase of the import (checking, recording, then until the read models show it)
    const phases = new Map<string, ReturnType<typeof monitorEventLoopDelay>>();
    let current: ReturnType<typeof monitorEventLoopDelay> | undefined;
    const enter = (phase: string) => {
      if (phases.has(phase)) return;
      current?.disable();
      current = monitorEventLoopDelay({ resolution: 10 });
      current.enable();
      phases.set(phase, current);
    };
    const t0 = performance.now();
    const started = await fetch(`${base}/api/v1/disbursement-imports?dryRun=false`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: file });
    const location = started.headers.get('location');
    if (started.status !== 202 || !location) throw new Error(`import: ${started.status} ${await started.text()}`);
    let body: { phase: string; report: { position: number | null; rows: { ok: number } } | null; problem: unknown };
    for (;;) {
      body = await (await fetch(`${base}${location}`, { headers: auth })).json() as typeof body;
      if (body.phase === 'done' || body.phase === 'failed') break;
      enter(body.phase);
      await new Promise((r) => setTimeout(r, 200));
    }
    if (body.phase !== 'done') throw new Error(`import failed: ${JSON.stringify(body.problem)}`);
    const committedMs = performance.now() - t0;
    enter('projecting');
    // until the read models show it: the held rows are applied with the import's last event
    for (;;) {
      const res = await fetch(`${base}/api/v1/execution?groupBy=line&asOf=2023-12-31&fiscalYear=2023&minPosition=${body.report!.position}`, { headers: auth });
      if (res.status === 200) break;
    }
    const visibleMs = performance.now() - t0;
    delay.disable();
    current?.disable();
    clearInterval(sampler);
    const byPhase = Object.fromEntries([...phases].map(([k, h]) => [k, { p99Ms: h.percentile(99) / 1e6, maxMs: h.max / 1e6 }]));
    process.stdout.write(`${JSON.stringify({
      rows: body.report!.rows.ok, committedSeconds: committedMs / 1000, visibleSeconds: visibleMs / 1000,
      loopDelayP99Ms: delay.percentile(99) / 1e6, loopDelayMaxMs: delay.max / 1e6, loopDelayMeanMs: delay.mean / 1e6,
      rssBeforeMB: rssBefore / 2 ** 20, peakRssMB: peakRss / 2 ** 20, peakHeapMB: peakHeap / 2 ** 20, atPeak, byPhase,
    })}\n`);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
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

main().then(() => process.exit(0), (e) => { process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`); process.exit(1); });
