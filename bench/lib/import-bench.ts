import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ImportBenchResult {
  readonly rows: number; readonly committedSeconds: number; readonly visibleSeconds: number;
  readonly loopDelayP99Ms: number; readonly loopDelayMaxMs: number; readonly peakRssMB: number; readonly rssBeforeMB: number;
  readonly byPhase: Readonly<Record<string, { p99Ms: number; maxMs: number }>>;
}

/** Issue 14's goals for a 100,000-row import commit. */
export const IMPORT_TARGETS = { loopDelayP99Ms: 100, peakRssMB: 300 } as const;

/**
 * Bench 9: a 100,000-row disbursement import committed over HTTP in the all-in-one app, in a child process of its
 * own (import-bench-child.ts) so that the RSS measured is the app's alone.
 */
export function runImportBench(options: { rows?: number; log: (line: string) => void }): Promise<ImportBenchResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', join(__dirname, 'import-bench-child.js')], {
      env: { ...process.env, BENCH_IMPORT_ROWS: String(options.rows ?? 100_000) }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`import bench child exited ${code}`));
      try { resolve(JSON.parse(out.trim().split('\n').pop()!) as ImportBenchResult); } catch (e) { reject(e); }
    });
  });
}

export function importMarkdown(r: ImportBenchResult): string {
  const pass = (ok: boolean) => (ok ? 'PASS' : '**FAIL**');
  const phases = Object.entries(r.byPhase).map(([k, v]) => `${k} ${v.p99Ms.toFixed(0)}/${v.maxMs.toFixed(0)} ms`).join(', ');
  return [
    '', '## 9. Disbursement import of 100,000 rows, committed in chunks (ADR 0022)', '',
    '| figure | value | goal | |', '|---|---|---|---|',
    `| event-loop delay p99 during a ${r.rows.toLocaleString('en')}-row import commit (upload → read models show it) | ${r.loopDelayP99Ms.toFixed(0)} ms (max ${r.loopDelayMaxMs.toFixed(0)} ms) | ≤ ${IMPORT_TARGETS.loopDelayP99Ms} ms | ${pass(r.loopDelayP99Ms <= IMPORT_TARGETS.loopDelayP99Ms)} |`,
    `| peak RSS during a ${r.rows.toLocaleString('en')}-row import | ${r.peakRssMB.toFixed(0)} MB (${r.rssBeforeMB.toFixed(0)} MB before) | ≤ ${IMPORT_TARGETS.peakRssMB} MB | ${pass(r.peakRssMB <= IMPORT_TARGETS.peakRssMB)} |`,
    '', `Committed in ${r.committedSeconds.toFixed(1)} s, shown by the read models after ${r.visibleSeconds.toFixed(1)} s. Delay p99/max by phase: ${phases}.`, '',
  ].join('\n');
}
