import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { SERVER_PROCESS_ENV } from '../../src/memory-policy';
import type { ImportBenchMeasured, ImportBenchReady, ImportBenchRequest } from './import-bench-child';

export interface ImportBenchResult extends ImportBenchMeasured {
  readonly rows: number; readonly committedSeconds: number; readonly visibleSeconds: number;
}

/** Issue 14's goals for a 100,000-row import commit. */
export const IMPORT_TARGETS = { loopDelayP99Ms: 100, peakRssMB: 300 } as const;

/**
 * Bench 9: a 100,000-row disbursement import committed over HTTP to the all-in-one app, which runs in a process of its
 * own (import-bench-child.ts) so that the RSS and event-loop delay measured are the server's alone; this process
 * writes the CSV, sends it and follows the job until the read models show the import.
 */
export async function runImportBench(options: { rows?: number; log: (line: string) => void }): Promise<ImportBenchResult> {
  const rows = options.rows ?? 100_000;
  const child = fork(join(__dirname, 'import-bench-child.js'), [], { execArgv: ['--expose-gc'], env: { ...process.env, ...SERVER_PROCESS_ENV }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = once(child, 'exit').then(([code]) => { throw new Error(`import bench server exited with ${code}`); });
  const next = async <T>(): Promise<T> => ((await Promise.race([once(child, 'message'), exited])) as [T])[0];
  try {
    const { base, token, lineIds } = await next<ImportBenchReady>();
    const auth = { authorization: `Bearer ${token}` };
    const file = Buffer.from(csv(rows, lineIds));
    const tell = (request: ImportBenchRequest) => child.send(request);
    tell({ measure: true });
    await next<{ measuring: true }>();
    const t0 = performance.now();
    const started = await fetch(`${base}/api/v1/disbursement-imports?dryRun=false`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: file });
    const location = started.headers.get('location');
    if (started.status !== 202 || !location) throw new Error(`import: ${started.status} ${await started.text()}`);
    let body: { phase: string; report: { position: number | null; rows: { ok: number } } | null; problem: unknown };
    for (;;) {
      body = await (await fetch(`${base}${location}`, { headers: auth })).json() as typeof body;
      if (body.phase === 'done' || body.phase === 'failed') break;
      tell({ phase: body.phase });
      await new Promise((r) => setTimeout(r, 200));
    }
    if (body.phase !== 'done') throw new Error(`import failed: ${JSON.stringify(body.problem)}`);
    const committedMs = performance.now() - t0;
    tell({ phase: 'projecting' });
    // until the read models show it: the held rows are applied with the import's last event
    for (;;) {
      const res = await fetch(`${base}/api/v1/execution?groupBy=line&asOf=2023-12-31&fiscalYear=2023&minPosition=${body.report!.position}`, { headers: auth });
      await res.arrayBuffer();
      if (res.status === 200) break;
    }
    const visibleMs = performance.now() - t0;
    tell({ stop: true });
    const { results } = await next<{ results: ImportBenchMeasured }>();
    return { ...results, rows: body.report!.rows.ok, committedSeconds: committedMs / 1000, visibleSeconds: visibleMs / 1000 };
  } finally {
    stopChild(child);
  }
}

/** The file an accountant would send: 1.00 元 per row, alternating between the two lines, a month each. */
function csv(rows: number, lineIds: readonly string[]): string {
  const out = ['预算指标,金额,支付日期,凭证号,收款人'];
  for (let i = 0; i < rows; i++) out.push(`${lineIds[i % 2]},1.00,2023-${String((i % 12) + 1).padStart(2, '0')}-15,B-${i},收款人${i}`);
  return `${out.join('\n')}\n`;
}

function stopChild(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export function importMarkdown(r: ImportBenchResult): string {
  const pass = (ok: boolean) => (ok ? 'PASS' : '**FAIL**');
  const phases = Object.entries(r.byPhase).map(([k, v]) => `${k} ${v.p99Ms.toFixed(0)}/${v.maxMs.toFixed(0)} ms`).join(', ');
  const parts = Object.entries(r.atPeak).map(([k, v]) => `${k.replace(/MB$/, '')} ${v.toFixed(0)}`).join(', ');
  return [
    '', '## 9. Disbursement import of 100,000 rows, committed in chunks (ADR 0022)', '',
    '| figure | value | goal | |', '|---|---|---|---|',
    `| event-loop delay p99 during a ${r.rows.toLocaleString('en')}-row import commit (upload → read models show it) | ${r.loopDelayP99Ms.toFixed(0)} ms (max ${r.loopDelayMaxMs.toFixed(0)} ms) | ≤ ${IMPORT_TARGETS.loopDelayP99Ms} ms | ${pass(r.loopDelayP99Ms <= IMPORT_TARGETS.loopDelayP99Ms)} |`,
    `| peak RSS of the server during a ${r.rows.toLocaleString('en')}-row import | ${r.peakRssMB.toFixed(0)} MiB (${r.rssBeforeMB.toFixed(0)} MiB before) | ≤ ${IMPORT_TARGETS.peakRssMB} MB | ${pass(r.peakRssMB <= IMPORT_TARGETS.peakRssMB)} |`,
    '', `Committed in ${r.committedSeconds.toFixed(1)} s, shown by the read models after ${r.visibleSeconds.toFixed(1)} s. Delay p99/max by phase: ${phases}.`,
    `At the peak (MiB): ${parts}.`, '',
  ].join('\n');
}

// alone: node --expose-gc dist/bench/lib/import-bench.js (BENCH_IMPORT_ROWS), prints the section and one JSON line
if (require.main === module) {
  runImportBench({ rows: Number(process.env.BENCH_IMPORT_ROWS ?? 100_000), log: (line) => process.stderr.write(`${line}\n`) }).then((r) => {
    process.stdout.write(`${importMarkdown(r)}\n${JSON.stringify(r)}\n`);
  }, (e: unknown) => { process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`); process.exit(1); });
}
