import type { HttpConcurrencyResults } from './http-concurrency-bench';

/** Section 8's targets (issue 14) and its markdown, kept beside report.ts so the sections stay apart. */
export interface HttpPathTarget { readonly name: string; readonly value: number; readonly op: '>=' | '<='; readonly limit: number; readonly pass: boolean }

export const HTTP_RATIO_TARGET = 'HTTP record-disbursement c16 ours/bare Fastify route';
export const DASHBOARD_TARGET = 'dashboard first load on the wire (kB)';

export function httpPathTargets(h: HttpConcurrencyResults): HttpPathTarget[] {
  const t = (name: string, value: number, op: '>=' | '<=', limit: number) => ({ name, value, op, limit, pass: op === '>=' ? value >= limit : value <= limit });
  return [
    t(HTTP_RATIO_TARGET, h.oursOverBare, '>=', 0.5),
    ...(h.dashboard ? [t(DASHBOARD_TARGET, h.dashboard.onTheWireBytes / 1024, '<=', h.dashboard.budgetBytes / 1024)] : []),
  ];
}

export function httpPathSection(h: HttpConcurrencyResults | undefined, targets: readonly HttpPathTarget[]): string[] {
  if (!h) return [];
  const verdict = (name: string) => { const x = targets.find((t) => t.name === name); return x ? (x.pass ? 'PASS' : '**FAIL**') : ''; };
  const range = (xs: readonly number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
  const m = h.medians;
  const lines = [
    `## 8. The lean HTTP path (${h.settings.concurrency} clients at once, ${h.settings.rounds} rounds of ${h.settings.sliceMs} ms per variant after ${h.settings.warmupRounds} warm-up, interleaved)`, '',
    h.path, '',
    '| variant | req/s (median) | server CPU ms / request | ÷ bare route (median of rounds) | spread | target | |',
    '| --- | ---: | ---: | ---: | --- | ---: | --- |',
    `| ours | ${m.ours.rps.toFixed(0)} | ${m.ours.cpuMsPerRequest.toFixed(2)} | ${h.oursOverBare.toFixed(2)} | ${range(h.perRound.oursOverBare)} | ≥ 0.5 | ${verdict(HTTP_RATIO_TARGET)} |`,
    `| ours with Idempotency-Key | ${m.oursWithKey.rps.toFixed(0)} | ${m.oursWithKey.cpuMsPerRequest.toFixed(2)} | ${h.oursWithKeyOverBare.toFixed(2)} | ${range(h.perRound.oursWithKeyOverBare)} | | |`,
    `| bare Fastify route, same insert | ${m.bare.rps.toFixed(0)} | ${m.bare.cpuMsPerRequest.toFixed(2)} | 1 | | | |`, '',
  ];
  const d = h.dashboard;
  if (d) {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    lines.push('| dashboard first load (`npm run size:web` files, fetched from the app with Chromium\'s Accept-Encoding) | value | target | |', '| --- | ---: | ---: | --- |',
      `| files | ${d.files} (${Object.entries(d.encodings).map(([e, n]) => `${n} ${e}`).join(', ')}) | | |`,
      `| as built | ${kb(d.uncompressedBytes)} | | |`,
      `| largest chunk (${d.largestChunk.file}) | ${kb(d.largestChunk.bytes)}, ${kb(d.largestChunk.brotliBytes)} brotli | | |`,
      `| on the wire | ${kb(d.onTheWireBytes)} | ≤ ${kb(d.budgetBytes)} | ${verdict(DASHBOARD_TARGET)} |`, '');
  }
  return lines;
}
