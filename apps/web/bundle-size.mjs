// npm run size:web — what the dashboard's first load costs on the wire, gzip-compressed (zlib level 6, as a
// server compresses): index.html's entry with its static imports, plus the overview page's chunk with its own,
// then the ECharts chunk the curve loads right after. Reads dist/web/.vite/manifest.json (npm run build:web first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../../dist/web', import.meta.url));
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;

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
const first = files(new Set([...closure(entry), ...closure(overview)]));
const withCharts = new Set([...first, ...files(closure(charts))]);
const total = (set) => [...set].reduce((sum, f) => sum + gz(f), 0);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
for (const f of [...withCharts].sort()) console.log(`${first.has(f) ? ' ' : '+'} ${kb(gz(f)).padStart(9)}  ${f}`);
console.log(`first load (entry + overview): ${kb(total(first))} gzip`);
console.log(`with the curve's ECharts:      ${kb(total(withCharts))} gzip (budget 350 kB)`);
