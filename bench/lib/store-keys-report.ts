import type { Target } from './report';
import type { StoreKeysResults, StoreKeysVariant } from './store-keys-bench';

/** The goals of issue 14 for the SQLite append path (ADR 0018). */
export function storeKeysTargets(r: StoreKeysResults): Target[] {
  const t = (name: string, value: number, limit: number): Target => ({ name, value, op: '>=', limit, pass: value >= limit });
  const batch100 = r.ratios['100x1'];
  return [
    t('append ours/raw ordered-key row, batch 100, empty store', batch100.emptyOverRaw, 0.6),
    t(`append ours/raw ordered-key row, batch 100, ${fmtCount(r.seed.events)} events`, batch100.largeOverRaw, 0.6),
    t(`append ours at ${fmtCount(r.seed.events)} events / empty store, batch 100`, batch100.oursLargeOverEmpty, 0.9),
  ];
}

const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
const fmtCount = (n: number) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const fmtRatio = (n: number) => n.toFixed(2);
const pct = (n: number) => `${n >= 1 ? '+' : '−'}${Math.abs((n - 1) * 100).toFixed(0)} %`;

export function storeKeysMarkdown(r: StoreKeysResults, targets: readonly Target[]): string[] {
  const size = fmtCount(r.seed.events);
  const cell = (v: StoreKeysVariant, key: string) => r.cells.find((c) => c.variant === v && `${c.batch}x${c.writers ?? 1}` === key)!;
  const spread = (v: StoreKeysVariant, key: string) => { const x = cell(v, key).rounds; return `${fmtInt(Math.min(...x))}–${fmtInt(Math.max(...x))}`; };
  const verdict = (name: string) => { const t = targets.find((x) => x.name === name); return t ? `≥ ${t.limit} ${t.pass ? 'PASS' : '**FAIL**'}` : ''; };
  const lines: string[] = [`## 10. Ordered event keys and group commit in the SQLite store (ADR 0018; events/s, median of ${r.settings.rounds} rounds after ${r.settings.warmupRounds} warm-up)`, ''];
  lines.push(`Raw: better-sqlite3 inserting the same rows into a table keyed by the position alone (INTEGER PRIMARY KEY, no other index), same pragmas, one BEGIN IMMEDIATE per append: ` +
    `the ceiling for an ordered-key row at this durability. "empty": both stores start empty; "${size}": both start with ${fmtInt(r.seed.events)} events on 1,000 line streams, ours being ` +
    `a store of schema 1 (a unique index on the event ids) upgraded by opening it. Method of section 1–2 (${r.settings.budgetMs} ms per variant and case per round, ${r.settings.slices} interleaved slices, ` +
    `${r.settings.streams} line streams, exact expected revisions); "× 16 writers": 16 appends submitted at once on 16 streams.`, '');
  lines.push(`| case | ours, empty | raw, empty | ours / raw | ours, ${size} | raw, ${size} | ours / raw | ours ${size} / empty | raw ${size} / empty |`);
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of r.settings.cases) {
    const key = `${c.batch}x${c.writers}`;
    const x = r.ratios[key];
    const label = `batch ${c.batch}${c.writers > 1 ? ` × ${c.writers} writers` : ''}`;
    const target = (name: string) => (c.batch === 100 && c.writers === 1 ? ` (${verdict(name)})` : '');
    lines.push(`| ${label} | ${fmtInt(cell('ours-empty', key).median)} | ${fmtInt(cell('raw-empty', key).median)} | ${fmtRatio(x.emptyOverRaw)}${target('append ours/raw ordered-key row, batch 100, empty store')} | ` +
      `${fmtInt(cell('ours-large', key).median)} | ${fmtInt(cell('raw-large', key).median)} | ${fmtRatio(x.largeOverRaw)}${target(`append ours/raw ordered-key row, batch 100, ${size} events`)} | ` +
      `${fmtRatio(x.oursLargeOverEmpty)} (${pct(x.oursLargeOverEmpty)})${target(`append ours at ${size} events / empty store, batch 100`)} | ${fmtRatio(x.rawLargeOverEmpty)} |`);
  }
  lines.push('', `Group commit: ours with 16 concurrent writers ÷ ours with one, batch 1, empty store: ${fmtRatio(r.groupCommitGain)}× the events/s.`, '');
  lines.push('Spread across rounds (events/s, min–max):', '');
  for (const c of r.settings.cases) {
    const key = `${c.batch}x${c.writers}`;
    lines.push(`- batch ${c.batch}${c.writers > 1 ? ` × ${c.writers}` : ''}: ${(['ours-empty', 'raw-empty', 'ours-large', 'raw-large'] as const).map((v) => `${v} ${spread(v, key)}`).join(', ')}`);
  }
  lines.push('', 'Durability each ran with (read back from its connection):', '');
  lines.push(`- ours: ${r.durability['ours-empty']}`, `- raw: ${r.durability['raw-empty']}`, '');
  lines.push(`Every append was checked afterwards: ${(['ours-empty', 'raw-empty', 'ours-large', 'raw-large'] as const).map((v) => `${fmtInt(r.storedEvents[v])} (${v})`).join(' / ')} events appended and stored. ` +
    `The "empty" stores end the run with ${fmtInt(r.storedEvents['ours-empty'])} events.`, '');
  lines.push('| the store of ' + fmtInt(r.seed.events) + ' events | |', '| --- | ---: |');
  lines.push(`| seeded (no fsync, both files) | ${r.seed.seconds.toFixed(1)} s |`);
  lines.push(`| upgrade from schema 1 on open (rebuild, counts, every row compared) | ${r.upgrade.seconds.toFixed(1)} s, ${fmtInt(r.upgrade.events / r.upgrade.seconds)} events/s |`);
  lines.push(`| file before / after the upgrade | ${(r.upgrade.bytesBefore / 2 ** 20).toFixed(0)} / ${(r.upgrade.bytesAfter / 2 ** 20).toFixed(0)} MiB (the old table's pages are free pages, reused by later appends) |`);
  lines.push(`| first use: every id read into the in-memory table | ${r.idTable.seconds.toFixed(2)} s, ${fmtInt(r.idTable.ids)} ids, ${(r.idTable.bytes / 2 ** 20).toFixed(0)} MiB, longest event-loop stall ${r.idTable.maxEventLoopDelayMs.toFixed(0)} ms |`, '');
  return lines;
}
