// npm run size:web — what the dashboard's first load costs on the wire: index.html's entry with its static imports,
// the overview page's chunk with its own, and the ECharts chunk the curve loads right after. On the wire means as
// the API process sends them to a browser (apps/api/src/live/web-assets.ts): the build's own .br files (brotli,
// quality 11), or .gz for a browser without brotli; a file the build left uncompressed, as is. Reads
// dist/web/.vite/manifest.json (npm run build:web first). `--json` prints the figures for the bench.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 350;
const dist = fileURLToPath(new URL('../../dist/web', import.meta.url));
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const size = (file) => statSync(join(dist, file)).size;
const sent = (file, suffix) => (existsSync(join(dist, file + suffix)) ? size(file + suffix) : size(file));

/** a chunk and everything it imports statically, with their CSS */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) closure(next, seen);
  return seen;
}
function files(keys) {
  const out = new Set();
  for (const k of keys) { out.add(manifest[k].file); for (const css of manifest[k].css ?? []) out.add(css); }
  return out;
}
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const overview = Object.keys(manifest).find((k) => k.endsWith('views/OverviewView.vue'));
const charts = Object.keys(manifest).find((k) => k.endsWith('src/charts.ts'));
const dashboard = new Set(['index.html', ...files(new Set([...closure(entry), ...closure(overview), ...closure(charts)]))]);
const total = (measure) => [...dashboard].reduce((sum, f) => sum + measure(f), 0);
const figures = {
  files: dashboard.size,
  paths: [...dashboard].sort().map((f) => `/${f}`),
  uncompressedBytes: total(size),
  brotliBytes: total((f) => sent(f, '.br')),
  gzipBytes: total((f) => sent(f, '.gz')),
  largestChunk: [...dashboard].map((f) => ({ file: f, bytes: size(f), brotliBytes: sent(f, '.br') })).sort((a, b) => b.bytes - a.bytes)[0],
  budgetBytes: BUDGET_KB * 1024,
};

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`${'as built'.padStart(10)} ${'brotli'.padStart(10)} ${'gzip'.padStart(10)}  file`);
  for (const f of [...dashboard].sort()) console.log(`${kb(size(f)).padStart(10)} ${kb(sent(f, '.br')).padStart(10)} ${kb(sent(f, '.gz')).padStart(10)}  ${f}`);
  console.log(`dashboard first load, ${figures.files} files: ${kb(figures.uncompressedBytes)} as built, on the wire ${kb(figures.brotliBytes)} brotli / ${kb(figures.gzipBytes)} gzip (budget ${BUDGET_KB} kB on the wire): ${figures.brotliBytes <= figures.budgetBytes ? 'PASS' : 'FAIL'}`);
}
