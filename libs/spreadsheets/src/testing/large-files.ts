import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type ReadProgress, readDisbursementRows } from '../disbursement-rows';

/**
 * Helpers for the 100,000-row tests (one file per format, so jest's two workers run them side by side).
 * Retained heap is sampled after a forced GC at each progress report: it must stay far below what the rows
 * would take as objects all at once.
 */
setFlagsFromString('--expose-gc');
export const gc = runInNewContext('gc') as () => void;
export const ROWS = 100_000;
export const HEADER = ['项目编码', '金额', '支付日期', '凭证号', '收款人', '摘要'];
export const row = (i: number) => [`426002-${i % 49}`, `${(i % 5000) + 1}.${String(i % 100).padStart(2, '0')}`,
  `2023-${String((i % 12) + 1).padStart(2, '0')}-15`, `记-2023-${String(i).padStart(6, '0')}`, `收款人${i}`, '公益性岗位补贴发放'];

export const EXPECTED_CENTS = (() => {
  let c = 0n;
  for (let i = 1; i <= ROWS; i++) c += BigInt(row(i)[1].replace('.', ''));
  return c.toString();
})();

export async function writeChunks(path: string, chunks: Iterable<string | Buffer>): Promise<void> {
  const out = createWriteStream(path);
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

export async function streamAll(path: string, format: 'csv' | 'xlsx') {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  const progress: ReadProgress[] = [];
  let ok = 0;
  let cents = 0n;
  for await (const r of readDisbursementRows({ path, format }, {
    progressEvery: 10_000,
    onProgress: (p) => { progress.push(p); gc(); peak = Math.max(peak, process.memoryUsage().heapUsed - base); },
  })) {
    if (!r.ok) throw new Error(JSON.stringify(r));
    ok++;
    cents += BigInt(r.value.amount.replace('.', ''));
  }
  return { ok, total: cents.toString(), progress, peak };
}

/** What the rows would take if all were held at once: the budget the reader must stay well under. */
export function heapOfAllRows(): number {
  gc();
  const base = process.memoryUsage().heapUsed;
  const all = Array.from({ length: ROWS }, (_, i) => {
    const r = row(i);
    return Object.fromEntries(HEADER.map((h, j) => [h, r[j]]));
  });
  gc();
  const size = process.memoryUsage().heapUsed - base;
  if (all.length !== ROWS) throw new Error('unreachable');
  return size;
}
