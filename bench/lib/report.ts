import type { AppendResults, VariantName } from './append-bench';
import type { CommandResults } from './command-bench';
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
  readonly ratios: {
    /** median over rounds of (ours / other) within the round: the variants ran interleaved, so this pairs like with like */
    readonly oursOverRaw: Record<number, number>;
    readonly oursOverEmmett: Record<number, number>;
    /** each measured round's ratio, for the spread */
    readonly perRound: { readonly oursOverRaw: Record<number, number[]>; readonly oursOverEmmett: Record<number, number[]> };
    /** quotient of the medians shown in the table, for comparison */
    readonly ofMedians: { readonly oursOverRaw: Record<number, number>; readonly oursOverEmmett: Record<number, number> };
    readonly latency100kOver10: { readonly p50: number; readonly p95: number };
  };
  readonly targets: Target[];
  readonly allPass: boolean;
}

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
  ];
  return { ...input, ratios: { oursOverRaw, oursOverEmmett, perRound, ofMedians, latency100kOver10 }, targets, allPass: targets.every((t) => t.pass) };
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
  lines.push(`Whole bench: ${r.durationSeconds.toFixed(0)} s.`);
  return lines.join('\n') + '\n';
}
