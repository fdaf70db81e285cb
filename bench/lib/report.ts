import type { AppendResults, VariantName } from './append-bench';
import type { CommandResults } from './command-bench';
import { type ColdLineResults, coldLineMarkdown, coldLineTargets } from './cold-line-bench';
import type { HttpCommandResults } from './http-command-bench';
import type { HttpConcurrencyResults } from './http-concurrency-bench';
import { httpPathSection, httpPathTargets } from './http-path-report';
import type { StartupResult } from './startup-bench';
import { startupSection, startupTargets } from './startup-report';
import { idempotencyMarkdown, type IdempotencyResults } from './idempotency-bench';
import type { PgAppendResults, PgVariantName } from './pg-append-bench';
import type { PgStoreResults } from './pg-store-bench';
import type { Dialect, Grouping, ReadModelResults } from './read-model-bench';
import { type ImportBenchResult, importMarkdown } from './import-bench';
import type { StoreKeysResults } from './store-keys-bench';
import { storeKeysMarkdown, storeKeysTargets } from './store-keys-report';
import { median as medianOf } from './stats';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly sqliteOurs: string;
  readonly betterSqlite3: string;
  readonly emmett: { readonly emmettSqlite: string; readonly emmett: string; readonly sqlite3: string; readonly sqlite: string };
  readonly workDir: { readonly path: string; readonly fsType: string; readonly device: string; readonly note: string };
  /** 1-minute load average when the bench started and when it ended: other work on the machine skews absolute numbers */
  readonly loadAverage: { start: number; end: number };
  /** the PostgreSQL server and Emmett's PostgreSQL store, when section 7 ran */
  postgres?: { readonly server?: string; readonly emmettPostgres?: { readonly emmettPostgresql: string; readonly emmett: string; readonly pg: string } };
}

/** Section 7: the PostgreSQL event store (ADR 11), each part undefined when it could not run (see skipped). */
export interface PostgresSection {
  readonly appends?: PgAppendResults;
  readonly commands?: HttpCommandResults;
  readonly store?: PgStoreResults;
  /** section 12: what an Idempotency-Key costs (ADR 0017) */
  readonly idempotency?: IdempotencyResults;
  readonly skipped: string[];
  /** median over rounds of ours ÷ raw and ours ÷ Emmett, per case `batch×writers` */
  readonly ratios?: { readonly oursOverRaw: Record<string, number>; readonly oursOverEmmett: Record<string, number> };
}

export interface Target {
  readonly name: string;
  readonly value: number;
  readonly op: '>=' | '<=';
  readonly limit: number;
  readonly pass: boolean;
}

export interface Report {
  readonly startedAt: string;
  readonly durationSeconds: number;
  readonly machine: Machine;
  readonly appends: AppendResults;
  readonly commands: CommandResults;
  readonly readModels: ReadModelResults;
  readonly postgres: PostgresSection;
  /** section 8, the lean HTTP path (issue 14) */
  readonly http?: HttpConcurrencyResults;
  /** section 3b, the first command on a 100k-event line after a restart (issue 14, ADR 0020) */
  readonly coldLine?: ColdLineResults;
  /** section 9, a 100,000-row disbursement import committed in chunks (ADR 0022) */
  readonly imports?: ImportBenchResult;
  /** section 10: ordered event keys and group commit in the SQLite store (ADR 0018) */
  readonly storeKeys?: StoreKeysResults;
  /** section 11, start on a 1M-event store whose read models must be rebuilt (issue 14, ADR 19) */
  readonly startup?: StartupResult;
  readonly ratios: {
    /** median over rounds of (ours / other) within the round: the variants ran interleaved, so this pairs like with like */
    readonly oursOverRaw: Record<number, number>;
    readonly oursOverEmmett: Record<number, number>;
    /** each measured round's ratio, for the spread */
    readonly perRound: { readonly oursOverRaw: Record<number, number[]>; readonly oursOverEmmett: Record<number, number[]> };
    /** quotient of the medians shown in the table, for comparison */
    readonly ofMedians: { readonly oursOverRaw: Record<number, number>; readonly oursOverEmmett: Record<number, number> };
    readonly latency100kOver10: { readonly p50: number; readonly p95: number };
    /** execution summary query: p95 at the largest size ÷ p95 at the smallest, per dialect and grouping */
    readonly queryFlatness: { readonly dialect: Dialect; readonly grouping: Grouping; readonly large: number; readonly small: number; readonly p50: number; readonly p95: number }[];
  };
  readonly targets: Target[];
  readonly allPass: boolean;
}

const rebuildTargetName = (dialect: Dialect, events: number) => `rebuild/raw read ${dialect}, ${events} events`;
const flatTargetName = (dialect: Dialect, grouping: Grouping, large: number, small: number) =>
  `execution query p95 ${fmtCount(large)}/${fmtCount(small)} disbursements, ${dialect} by ${grouping}`;
const fmtCount = (n: number) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const fmtMiB = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : 'n/a');
const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
const fmtRatio = (n: number) => n.toFixed(2);
const fmtMs = (n: number) => n.toFixed(3);
const verdict = (t: Target) => (t.pass ? 'PASS' : '**FAIL**');

function target(name: string, value: number, op: '>=' | '<=', limit: number): Target {
  return { name, value, op, limit, pass: op === '>=' ? value >= limit : value <= limit };
}

export function buildReport(input: Omit<Report, 'ratios' | 'targets' | 'allPass'>): Report {
  const cell = (variant: VariantName, batch: number) => input.appends.cells.find((c) => c.variant === variant && c.batch === batch)!;
  const batches = input.appends.settings.batchSizes;
  const paired = (other: VariantName) =>
    Object.fromEntries(batches.map((b) => [b, cell('ours', b).rounds.map((v, i) => v / cell(other, b).rounds[i])])) as Record<number, number[]>;
  const perRound = { oursOverRaw: paired('raw'), oursOverEmmett: paired('emmett') };
  const oursOverRaw = Object.fromEntries(batches.map((b) => [b, medianOf(perRound.oursOverRaw[b])]));
  const oursOverEmmett = Object.fromEntries(batches.map((b) => [b, medianOf(perRound.oursOverEmmett[b])]));
  const ofMedians = {
    oursOverRaw: Object.fromEntries(batches.map((b) => [b, cell('ours', b).median / cell('raw', b).median])),
    oursOverEmmett: Object.fromEntries(batches.map((b) => [b, cell('ours', b).median / cell('emmett', b).median])),
  };
  const [small, large] = input.commands.lines;
  const latency100kOver10 = { p50: large.p50Ms / small.p50Ms, p95: large.p95Ms / small.p95Ms };
  const appendLimits: Record<number, number> = { 1: 0.5, 100: 0.8 };
  const targets = [
    ...batches.filter((b) => appendLimits[b] !== undefined).map((b) => target(`append ours/raw, batch ${b}`, oursOverRaw[b], '>=', appendLimits[b])),
    target(`command p50 ${large.priorEvents}/${small.priorEvents} prior events`, latency100kOver10.p50, '<=', 1.5),
    target(`command p95 ${large.priorEvents}/${small.priorEvents} prior events`, latency100kOver10.p95, '<=', 1.5),
    ...input.readModels.rebuilds.map((b) => target(rebuildTargetName(b.dialect, b.rebuild.events), b.ratio, '>=', 0.3)),
    ...(input.http ? httpPathTargets(input.http) : []),
    ...(input.startup ? startupTargets(input.startup) : []),
  ];
  const rm = input.readModels;
  const sizes = [...new Set(rm.queries.map((q) => q.disbursements))].sort((x, y) => x - y);
  const queryFlatness = sizes.length < 2 ? [] : rm.dialects.flatMap((dialect) => (['department', 'unit'] as const).flatMap((grouping) => {
    const at = (n: number) => rm.queries.find((q) => q.dialect === dialect && q.grouping === grouping && q.disbursements === n);
    const lo = at(sizes[0]);
    const hi = at(sizes[sizes.length - 1]);
    return lo && hi ? [{ dialect, grouping, large: hi.disbursements, small: lo.disbursements, p50: hi.ours.p50Ms / lo.ours.p50Ms, p95: hi.ours.p95Ms / lo.ours.p95Ms }] : [];
  }));
  for (const f of queryFlatness) targets.push(target(flatTargetName(f.dialect, f.grouping, f.large, f.small), f.p95, '<=', 1.5));
  if (input.storeKeys) targets.push(...storeKeysTargets(input.storeKeys));
  for (const h of input.postgres.idempotency?.http ?? []) targets.push(target(`HTTP record-disbursement without ÷ with an Idempotency-Key, ${h.topology}`, h.unkeyedOverKeyedP50, '>=', 0.9));
  if (input.coldLine) for (const t of coldLineTargets(input.coldLine)) targets.push(target(t.name, t.value, t.op, t.limit));
  const postgres = { ...input.postgres, ratios: input.postgres.appends ? pgRatios(input.postgres.appends) : undefined };
  return { ...input, postgres, ratios: { oursOverRaw, oursOverEmmett, perRound, ofMedians, latency100kOver10, queryFlatness }, targets, allPass: targets.every((t) => t.pass) };
}

const caseKey = (c: { batch: number; writers?: number }) => `${c.batch}x${c.writers ?? 1}`;

function pgRatios(a: PgAppendResults): NonNullable<PostgresSection['ratios']> {
  const rounds = (variant: PgVariantName, key: string) => a.cells.find((c) => c.variant === variant && caseKey(c) === key)?.rounds;
  const ratio = (other: PgVariantName) => Object.fromEntries(a.settings.cases.flatMap((c) => {
    const ours = rounds('ours', caseKey(c));
    const theirs = rounds(other, caseKey(c));
    return ours && theirs ? [[caseKey(c), medianOf(ours.map((v, i) => v / theirs[i]))]] : [];
  }));
  return { oursOverRaw: ratio('raw'), oursOverEmmett: ratio('emmett') };
}

export function toMarkdown(r: Report): string {
  const m = r.machine;
  const a = r.appends;
  const c = r.commands;
  const cell = (variant: VariantName, batch: number) => a.cells.find((x) => x.variant === variant && x.batch === batch)!;
  const spread = (variant: VariantName, batch: number) => {
    const rounds = cell(variant, batch).rounds;
    return `${fmtInt(Math.min(...rounds))}–${fmtInt(Math.max(...rounds))}`;
  };
  const targetOf = (name: string) => r.targets.find((t) => t.name === name);
  const lines: string[] = [];
  lines.push(`# Event store benchmark, ${r.startedAt}`, '');
  lines.push(`**Overall: ${r.allPass ? 'all targets PASS' : `FAIL (${r.targets.filter((t) => !t.pass).map((t) => t.name).join('; ')})`}**`, '');
  lines.push('## Machine', '');
  lines.push('| | |', '| --- | --- |');
  lines.push(`| CPU | ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB |`);
  lines.push(`| OS | ${m.os} |`);
  lines.push(`| Node | ${m.node} |`);
  lines.push(`| SQLite (ours and raw) | ${m.sqliteOurs} via better-sqlite3 ${m.betterSqlite3} |`);
  lines.push(`| SQLite (Emmett) | ${m.emmett.sqlite} via sqlite3 ${m.emmett.sqlite3}; @event-driven-io/emmett-sqlite ${m.emmett.emmettSqlite}, @event-driven-io/emmett ${m.emmett.emmett} |`);
  lines.push(`| Temp dir | ${m.workDir.fsType} on ${m.workDir.device}: ${m.workDir.note} |`);
  lines.push(`| Load average (1 min) | ${m.loadAverage.start.toFixed(2)} at start, ${m.loadAverage.end.toFixed(2)} at end |`);
  lines.push('');
  lines.push(`## 1–2. Append throughput (events/s, median of ${a.settings.rounds} rounds after ${a.settings.warmupRounds} warm-up)`, '');
  lines.push(`Payload per event: DisbursementRecorded.v1 data ${a.payload.data} B JSON + metadata ${a.payload.metadata} B JSON (${a.payload.metadataFields} fields, the API's envelope()). ` +
    `Each round gives every variant ${a.settings.budgetMs} ms per batch size, interleaved in ${a.settings.slices} slices of ${a.settings.budgetMs / a.settings.slices} ms (rotating order); ` +
    `appends go to ${a.settings.streams} line streams in turn with the exact expected revision; every variant writes the same pre-built events to its own file.`, '');
  lines.push('Ratios are the median of the per-round ratios (each round runs the variants interleaved, so a round compares like with like).', '');
  lines.push('| batch | ours (SqliteEventStore) | raw better-sqlite3 (ceiling) | Emmett SQLite | ours / raw | target | | ours / Emmett |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
  for (const b of a.settings.batchSizes) {
    const t = targetOf(`append ours/raw, batch ${b}`);
    lines.push(`| ${b} | ${fmtInt(cell('ours', b).median)} | ${fmtInt(cell('raw', b).median)} | ${fmtInt(cell('emmett', b).median)} | ` +
      `${fmtRatio(r.ratios.oursOverRaw[b])} | ${t ? `≥ ${t.limit}` : ''} | ${t ? verdict(t) : ''} | ${fmtRatio(r.ratios.oursOverEmmett[b])} |`);
  }
  lines.push('');
  const ratioSpread = (values: number[]) => `${fmtRatio(Math.min(...values))}–${fmtRatio(Math.max(...values))}`;
  lines.push('Spread across rounds (min–max):', '');
  for (const b of a.settings.batchSizes) {
    lines.push(`- batch ${b}: events/s ours ${spread('ours', b)}, raw ${spread('raw', b)}, Emmett ${spread('emmett', b)}; ` +
      `ours/raw ${ratioSpread(r.ratios.perRound.oursOverRaw[b])}, ours/Emmett ${ratioSpread(r.ratios.perRound.oursOverEmmett[b])}`);
  }
  lines.push('', 'Durability each ran with (read back from its connection):', '');
  lines.push(`- ours: ${a.durability.ours}`);
  lines.push(`- raw: ${a.durability.raw}`);
  lines.push(`- Emmett: ${a.durability.emmett}`);
  lines.push('');
  lines.push(`Every append was checked afterwards: the files hold ${fmtInt(a.storedEvents.ours)} / ${fmtInt(a.storedEvents.raw)} / ${fmtInt(a.storedEvents.emmett)} events (ours / raw / Emmett), as appended.` +
    (a.retried.emmett.count > 0 ? ` Emmett failed ${a.retried.emmett.count} append(s) with "${a.retried.emmett.firstError}" and rolled back; they were retried and the time counted.` : ' No append failed.'));
  lines.push('');
  lines.push(`## 3. Record-disbursement command latency (${c.settings.measured} commands per line, after ${c.settings.warmup} warm-up each, interleaved)`, '');
  lines.push(`Path: ${c.path}. Seeded ${fmtInt(c.seeding.events)} events straight into the store in ${c.seeding.seconds.toFixed(1)} s.`, '');
  lines.push('| line | prior events | first command (cold fold) ms | p50 ms | p95 ms | p99 ms | mean ms | max ms |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const l of c.lines) {
    lines.push(`| ${l.lineId} | ${fmtInt(l.priorEvents)} | ${l.coldFirstMs.toFixed(1)} | ${fmtMs(l.p50Ms)} | ${fmtMs(l.p95Ms)} | ${fmtMs(l.p99Ms)} | ${fmtMs(l.meanMs)} | ${fmtMs(l.maxMs)} |`);
  }
  lines.push('');
  lines.push('| ratio (large / small line) | value | target | |');
  lines.push('| --- | ---: | ---: | --- |');
  for (const t of r.targets.filter((x) => x.name.startsWith('command'))) {
    lines.push(`| ${t.name.replace('command ', '')} | ${fmtRatio(t.value)} | ≤ ${t.limit} | ${verdict(t)} |`);
  }
  lines.push('');
  if (r.coldLine) {
    lines.push(...coldLineMarkdown(r.coldLine));
    lines.push('| target | value | goal | |', '| --- | ---: | ---: | --- |');
    for (const t of r.targets.filter((x) => x.name.startsWith('cold line'))) lines.push(`| ${t.name.replace('cold line: ', '')} | ${fmtRatio(t.value)} | ≤ ${t.limit} | ${verdict(t)} |`);
    lines.push('');
  }
  lines.push(...readModelSections(r));
  lines.push(...postgresSection(r));
  lines.push(...httpPathSection(r.http, r.targets));
  if (r.imports) lines.push(importMarkdown(r.imports));
  if (r.storeKeys) lines.push(...storeKeysMarkdown(r.storeKeys, r.targets));
  lines.push(...startupSection(r.startup, r.targets));
  lines.push(`Whole bench: ${r.durationSeconds.toFixed(0)} s.`);
  return lines.join('\n') + '\n';
}

function readModelSections(r: Report): string[] {
  const rm = r.readModels;
  const lines: string[] = [];
  const targetOf = (name: string) => r.targets.find((t) => t.name === name);
  const largest = rm.seeds.reduce((a, b) => (b.disbursements > a.disbursements ? b : a));
  lines.push(`## 4. Read-model rebuild vs raw sequential read (${fmtInt(largest.events)} events)`, '');
  lines.push(`Store: the demo budget (BudgetDocumentImported.v1 + ${largest.lines} AppropriationEstablished.v1 from planBudgetImport on demo/budget-2023-426.json) and ` +
    `${fmtInt(largest.disbursements)} DisbursementRecorded.v1 spread over the lines and the year, ${fmtInt(largest.reversals)} of them reversed (DisbursementReversed.v1); ` +
    `${(largest.storeBytes / 2 ** 20).toFixed(0)} MiB SQLite file, seeded in ${largest.seconds.toFixed(1)} s. ` +
    `Raw read: \`store.readAll\` pages of ${rm.settings.batchSize} over the same rows; rebuild: \`rebuild()\` (all projections, batch ${rm.settings.batchSize}, build aside + swap). ` +
    'Each runs in a fresh child process; the raw read runs right before each rebuild.', '');
  lines.push('| read models | events | raw read events/s | rebuild events/s | rebuild s | rebuild / raw | target | |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const b of rm.rebuilds) {
    const t = targetOf(rebuildTargetName(b.dialect, b.rebuild.events))!;
    lines.push(`| ${b.dialect} | ${fmtInt(b.rebuild.events)} | ${fmtInt(b.raw.eventsPerSecond)} | ${fmtInt(b.rebuild.eventsPerSecond)} | ${b.rebuild.seconds.toFixed(1)} | ` +
      `${fmtRatio(b.ratio)} | ≥ ${t.limit} | ${verdict(t)} |`);
  }
  lines.push('');
  lines.push(`## 5. Execution summary query (as of ${rm.settings.asOf}, fiscal year 2023) vs the naive general-ledger design`, '');
  lines.push(`Ours: ${rm.design.ours}. Naive: ${rm.design.naive}. Both live in the same database file / schema and must give the same net disbursed per group (checked). ` +
    `${rm.settings.queryRuns} runs per cell after ${rm.settings.queryWarmup} warm-up, the two designs interleaved; the naive design stops after ` +
    `${(rm.settings.naiveBudgetMs / 1000).toFixed(0)} s per cell (at least ${rm.settings.minNaiveRuns} runs).`, '');
  lines.push('| read models | group by | disbursements | groups | ours p50 ms | ours p95 ms | naive p50 ms | naive p95 ms | naive / ours p50 | naive / ours p95 | runs ours / naive |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const q of rm.queries) {
    lines.push(`| ${q.dialect} | ${q.grouping} | ${fmtInt(q.disbursements)} | ${q.groups} | ${fmtMs(q.ours.p50Ms)} | ${fmtMs(q.ours.p95Ms)} | ${fmtMs(q.naive.p50Ms)} | ${fmtMs(q.naive.p95Ms)} | ` +
      `${q.naiveOverOurs.p50.toFixed(1)} | ${q.naiveOverOurs.p95.toFixed(1)} | ${q.ours.runs} / ${q.naive.runs} |`);
  }
  lines.push('');
  lines.push('| flatness (ours, largest / smallest size) | p50 ratio | p95 ratio | target (p95) | |');
  lines.push('| --- | ---: | ---: | ---: | --- |');
  for (const f of r.ratios.queryFlatness) {
    const t = targetOf(flatTargetName(f.dialect, f.grouping, f.large, f.small))!;
    lines.push(`| ${f.dialect} by ${f.grouping}, ${fmtCount(f.large)} / ${fmtCount(f.small)} | ${fmtRatio(f.p50)} | ${fmtRatio(f.p95)} | ≤ ${t.limit} | ${verdict(t)} |`);
  }
  lines.push('');
  lines.push(`## 6. Peak memory at ${fmtInt(largest.events)} events (each in its own process)`, '');
  lines.push('VmHWM is the kernel\'s peak resident set (/proc/self/status); the other columns are the peaks of process.memoryUsage() sampled every 20 ms and at every batch.', '');
  lines.push('| process | VmHWM (peak RSS) | sampled peak RSS | peak heap used | peak heap total |');
  lines.push('| --- | ---: | ---: | ---: | ---: |');
  for (const b of rm.rebuilds) {
    for (const [label, m] of [[`raw read (before the ${b.dialect} rebuild)`, b.raw], [`rebuild into ${b.dialect}`, b.rebuild]] as const) {
      lines.push(`| ${label} | ${fmtMiB(m.vmHwmBytes)} | ${fmtMiB(m.peakRssBytes)} | ${fmtMiB(m.peakHeapUsedBytes)} | ${fmtMiB(m.peakHeapTotalBytes)} |`);
    }
  }
  lines.push('');
  for (const note of rm.skipped) lines.push(`Skipped: ${note}`, '');
  return lines;
}

function postgresSection(r: Report): string[] {
  const p = r.postgres;
  const lines: string[] = ['## 7. PostgreSQL event store (ADR 11)', ''];
  const server = r.machine.postgres?.server;
  if (server) lines.push(`PostgreSQL ${server} on this machine (the read models' server); every variant in a schema of its own in the same database.`, '');
  const a = p.appends;
  if (a) {
    const e = r.machine.postgres?.emmettPostgres;
    lines.push(`### 7a. Append throughput (events/s, median of ${a.settings.rounds} rounds after ${a.settings.warmupRounds} warm-up)`, '');
    lines.push(`Same payloads and method as section 1–2 (${a.settings.budgetMs} ms per variant and case per round, ${a.settings.slices} interleaved slices, ${a.settings.streams} line streams, exact expected revisions). ` +
      `"× 8 writers": 8 appends at once from 8 clients on 8 streams. Emmett: @event-driven-io/emmett-postgresql ${e?.emmettPostgresql ?? 'n/a'} (emmett ${e?.emmett ?? 'n/a'}).`, '');
    lines.push('| case | ours (PostgresEventStore) | raw INSERT (ceiling) | Emmett PostgreSQL | ours / raw | ours / Emmett |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const c of a.settings.cases) {
      const cell = (v: PgVariantName) => a.cells.find((x) => x.variant === v && caseKey(x) === caseKey(c));
      const fmt = (v: PgVariantName) => { const x = cell(v); return x ? fmtInt(x.median) : 'n/a'; };
      const ratio = (m: Record<string, number> | undefined) => (m?.[caseKey(c)] !== undefined ? fmtRatio(m[caseKey(c)]) : 'n/a');
      lines.push(`| batch ${c.batch}${c.writers > 1 ? ` × ${c.writers} writers` : ''} | ${fmt('ours')} | ${fmt('raw')} | ${fmt('emmett')} | ${ratio(p.ratios?.oursOverRaw)} | ${ratio(p.ratios?.oursOverEmmett)} |`);
    }
    lines.push('', 'Spread across rounds (events/s, min–max):', '');
    for (const c of a.settings.cases) {
      const spreads = (['ours', 'raw', 'emmett'] as const).flatMap((v) => {
        const x = a.cells.find((y) => y.variant === v && caseKey(y) === caseKey(c));
        return x && x.rounds.length > 0 ? [`${v} ${fmtInt(Math.min(...x.rounds))}–${fmtInt(Math.max(...x.rounds))}`] : [];
      });
      lines.push(`- batch ${c.batch}${c.writers > 1 ? ` × ${c.writers}` : ''}: ${spreads.join(', ')}`);
    }
    lines.push('', 'Durability each ran with (read back from its sessions):', '');
    for (const [v, d] of Object.entries(a.durability)) lines.push(`- ${v}: ${d}`);
    lines.push('', `Every append was checked afterwards: the tables hold ${Object.entries(a.storedEvents).map(([v, n]) => `${fmtInt(n ?? 0)} (${v})`).join(' / ')} events, as appended.`, '');
  }
  const c = p.commands;
  if (c) {
    lines.push(`### 7b. The HTTP command path (${c.settings.measured} commands per line after ${c.settings.warmup} warm-up, interleaved with raw inserts)`, '');
    lines.push(`Path: ${c.path}. Embedded: events and read models in SQLite; production: both in PostgreSQL. ` +
      'raw insert: one durable single-row insert into the same database, between the commands; raw ÷ command is the share of a bare durable write that a whole command reaches.', '');
    lines.push('| topology | prior events on the line | first command ms | p50 ms | p95 ms | p99 ms | raw insert p50 ms | raw / command p50 |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const t of c.topologies) {
      t.lines.forEach((l, i) => lines.push(`| ${t.topology === 'sqlite' ? 'embedded (SQLite)' : 'production (PostgreSQL)'} | ${fmtInt(l.priorEvents)} | ${l.coldFirstMs.toFixed(1)} | ` +
        `${fmtMs(l.p50Ms)} | ${fmtMs(l.p95Ms)} | ${fmtMs(l.p99Ms)} | ${fmtMs(t.rawInsert.p50Ms)} | ${fmtRatio(t.rawOverCommandP50[i])} |`));
    }
    lines.push('', ...c.topologies.map((t) => `- raw insert (${t.topology}): ${t.rawInsert.how}`), '');
  }
  const s = p.store;
  if (s) {
    lines.push(`### 7c. Migration and rebuild from the PostgreSQL store (${fmtInt(s.events)} events)`, '');
    lines.push(`The section 4 store copied into a PostgreSQL event store by copyEventStore (\`npm run event-store:migrate\`: one import transaction, then a comparison event by event; ` +
      `result: ${s.copy.identical ? 'identical' : 'DIFFERENT'}), ${(s.storeBytes / 2 ** 20).toFixed(0)} MiB in PostgreSQL. Then, each in a fresh child process, a raw read (\`readAll\` pages of 5000) ` +
      'and a full rebuild of the read models (into PostgreSQL) from it.', '');
    lines.push('| copy s | copy events/s | verify s | raw read events/s | rebuild events/s | rebuild s | rebuild / raw read | rebuild peak RSS |');
    lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    lines.push(`| ${s.copy.seconds.toFixed(1)} | ${fmtInt(s.copy.eventsPerSecond)} | ${s.copy.verifySeconds.toFixed(1)} | ${fmtInt(s.raw.eventsPerSecond)} | ${fmtInt(s.rebuild.eventsPerSecond)} | ` +
      `${s.rebuild.seconds.toFixed(1)} | ${fmtRatio(s.ratio)} | ${fmtMiB(s.rebuild.vmHwmBytes)} |`, '');
  }
  for (const note of p.skipped) lines.push(`Skipped: ${note}`, '');
  if (p.idempotency) lines.push(...idempotencyMarkdown(p.idempotency));
  return lines;
}
