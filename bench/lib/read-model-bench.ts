import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { fork } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { Pool } from 'pg';
import { planBudgetImport } from '@app/budget-import';
import { budgetStreamId, type DisbursementRecorded, type DisbursementReversed, type DomainEvent, lineStreamId } from '@app/domain';
import { SqliteEventStore, type StreamWrite } from '@app/event-store';
import { executionTotals, openReadModels, type ReadModelDb, type ReadModelOptions, yuanToFen } from '@app/read-models';
import type { CommandContext } from '@app/kernel';
import { deterministicId, envelope } from '@app/kernel';
import type { ChildRequest, ChildResult } from './rebuild-child';
import { collectGarbage, percentile } from './stats';

/**
 * Read-model benchmark (issue 3): rebuild throughput against a raw sequential read of the same event rows,
 * the as-of execution summary query at growing numbers of disbursements against the naive general-ledger
 * design (sum the payments at query time), and the peak memory of a rebuild. SQLite and PostgreSQL.
 */

export type Dialect = 'sqlite' | 'postgres';
export type Grouping = 'department' | 'unit';

export interface ReadModelSettings {
  readonly dir: string;
  readonly repoRoot: string;
  readonly pgUrl: string;
  /** disbursements per size; the largest is the rebuild and memory size */
  readonly sizes: readonly number[];
  readonly queryRuns: number;
  readonly queryWarmup: number;
  /** time budget of one naive (size, grouping, dialect) cell; it stops early when spent, after at least minNaiveRuns */
  readonly naiveBudgetMs: number;
  readonly minNaiveRuns: number;
  /** readAll page size of the raw read = the rebuild's batch size */
  readonly batchSize: number;
  /** one in this many disbursements is later reversed (冲销) */
  readonly reverseEvery: number;
  readonly asOf: string;
  readonly log: (line: string) => void;
}

export interface SeedInfo {
  readonly disbursements: number;
  readonly reversals: number;
  readonly events: number;
  readonly lines: number;
  readonly seconds: number;
  readonly storeBytes: number;
}

export interface RebuildMeasure {
  readonly dialect: Dialect;
  readonly disbursements: number;
  readonly raw: ChildResult;
  readonly rebuild: ChildResult;
  readonly ratio: number;
}

export interface QueryCell {
  readonly dialect: Dialect;
  readonly grouping: Grouping;
  readonly disbursements: number;
  readonly ours: { readonly p50Ms: number; readonly p95Ms: number; readonly runs: number };
  readonly naive: { readonly p50Ms: number; readonly p95Ms: number; readonly runs: number };
  /** naive ÷ ours, of p50 and of p95 */
  readonly naiveOverOurs: { readonly p50: number; readonly p95: number };
  readonly groups: number;
}

export interface ReadModelResults {
  readonly seeds: SeedInfo[];
  readonly rebuilds: RebuildMeasure[];
  readonly queries: QueryCell[];
  readonly dialects: Dialect[];
  readonly skipped: string[];
  readonly settings: Omit<ReadModelSettings, 'log' | 'dir' | 'repoRoot' | 'pgUrl'>;
  readonly design: { readonly naive: string; readonly ours: string };
}

const FISCAL_YEAR = 2023;
const DAYS = 365;
const dateOf = (day: number) => new Date(Date.UTC(FISCAL_YEAR, 0, 1 + day)).toISOString().slice(0, 10);
const yuanOf = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const PAYEES = ['某某县人力资源和社会保障局公益性岗位工资专户', '某某县第三中学', '张某某', '某某市政工程有限公司', '某某县社会保险事业服务中心'];
const SUMMARIES = ['公益性岗位补贴发放（第二批）', '支付办公楼维修工程进度款（合同编号 XQ-2023-017）', '就业见习补贴（见习期6个月）', '职业技能培训补贴'];
const CATEGORIES = [null, '公益性岗位补贴', '就业见习补贴', null];

/** The naive ledger's rows, kept while seeding: one row per payment, a negative row per 冲销. */
interface Ledger { lineIds: string[]; line: Int32Array; day: Int16Array; fen: Float64Array; count: number }

function ctxAt(day: number, actor = 'clerk-0042'): CommandContext {
  const now = new Date(Date.UTC(FISCAL_YEAR, 0, 1 + day, 2, 30));
  return { actor, principal: { username: actor, displayName: actor, role: 'accountant', units: 'all' }, correlationId: randomUUID(), causationId: randomUUID(), now, today: dateOf(day) };
}

/**
 * A store holding the demo budget (the document and its lines as planBudgetImport plans them, as the import
 * handler records them) and `n` DisbursementRecorded.v1 spread over the lines and over the year in roughly
 * chronological order (a few back-dated by up to a week), one in `reverseEvery` later reversed wholly.
 * Appended straight to a SqliteEventStore in atomic batches of 2000 events.
 */
export async function seed(file: string, n: number, settings: ReadModelSettings): Promise<{ info: SeedInfo; ledger: Ledger }> {
  const started = performance.now();
  const plan = planBudgetImport(JSON.parse(readFileSync(join(settings.repoRoot, 'demo', 'budget-2023-426.json'), 'utf8')));
  const store = SqliteEventStore.open({ filename: file });
  const importCtx = ctxAt(0, 'system:demo-import');
  const opening: StreamWrite[] = [{
    streamId: budgetStreamId(plan.department, plan.fiscalYear), expectedRevision: 'no_stream',
    events: envelope([{ type: 'BudgetDocumentImported.v1', data: plan.document, effectiveDate: plan.effectiveDate }], importCtx, null, [deterministicId(`${plan.importId}/document`)]),
  }];
  for (const line of plan.lines) {
    opening.push({
      streamId: lineStreamId(line.lineId), expectedRevision: 'no_stream',
      events: envelope([{ type: 'AppropriationEstablished.v1', data: line, effectiveDate: plan.effectiveDate } as DomainEvent], importCtx, line.unit, [deterministicId(`${plan.importId}/line/${line.lineId}`)]),
    });
  }
  await store.appendMultiple(opening);
  const lines = plan.lines.filter((l) => !l.revolvingFund);
  const reversalsPlanned = Math.floor(n / settings.reverseEvery);
  const ledger: Ledger = { lineIds: lines.map((l) => l.lineId), line: new Int32Array(n + reversalsPlanned), day: new Int16Array(n + reversalsPlanned), fen: new Float64Array(n + reversalsPlanned), count: 0 };
  const pendingReversals: { at: number; event: DomainEvent; lineId: string; unit: string; id: string; day: number }[] = [];
  let writes: StreamWrite[] = [];
  let batched = 0;
  let events = opening.length;
  let reversals = 0;
  const flush = async () => {
    if (writes.length === 0) return;
    await store.appendMultiple(writes);
    events += batched;
    writes = [];
    batched = 0;
  };
  const push = async (streamId: string, event: DomainEvent, unit: string, id: string, day: number) => {
    writes.push({ streamId, expectedRevision: 'any', events: envelope([event], ctxAt(day), unit, [id]) });
    if (++batched >= 2000) await flush();
  };
  for (let i = 0; i < n; i++) {
    const li = (i * 7919 + Math.floor(i / 13)) % lines.length;
    const line = lines[li];
    const day = Math.max(0, Math.min(DAYS - 1, Math.floor((i * DAYS) / n) - (i % 11 === 0 ? i % 7 : 0)));
    const fen = 10_000 + ((i * 104_729) % 5_000_000);
    const disbursementId = deterministicId(`bench/${n}/disbursement/${i}`);
    const category = CATEGORIES[i % CATEGORIES.length];
    const data: DisbursementRecorded['data'] = {
      disbursementId, lineId: line.lineId, amount: yuanOf(fen), voucherNo: `记-${FISCAL_YEAR}-${String(1 + Math.floor(day / 31)).padStart(2, '0')}-${String(i).padStart(7, '0')}`,
      payee: PAYEES[i % PAYEES.length], summary: SUMMARIES[i % SUMMARIES.length], subsidyCategory: category, beneficiaries: category ? 1 + (i % 40) : null,
      economic: line.economic,
    };
    await push(lineStreamId(line.lineId), { type: 'DisbursementRecorded.v1', effectiveDate: dateOf(day), data }, line.unit, disbursementId, day);
    const k = ledger.count++;
    ledger.line[k] = li; ledger.day[k] = day; ledger.fen[k] = fen;
    if (i % settings.reverseEvery === settings.reverseEvery - 1) {
      const rday = Math.min(DAYS - 1, day + 3 + (i % 20));
      const reversal: DisbursementReversed = { type: 'DisbursementReversed.v1', effectiveDate: dateOf(rday), data: { disbursementId, lineId: line.lineId, amount: yuanOf(fen), reason: '收款人账户信息有误，退回冲销' } };
      pendingReversals.push({ at: i + 500, event: reversal, lineId: line.lineId, unit: line.unit, id: deterministicId(`bench/${n}/reversal/${i}`), day: rday });
      const r = ledger.count++;
      ledger.line[r] = li; ledger.day[r] = rday; ledger.fen[r] = -fen;
    }
    while (pendingReversals.length > 0 && (pendingReversals[0].at <= i || i === n - 1)) {
      const p = pendingReversals.shift()!;
      await push(lineStreamId(p.lineId), p.event, p.unit, p.id, p.day);
      reversals++;
    }
  }
  await flush();
  const head = await store.headPosition();
  await store.close();
  if (head !== events) throw new Error(`seeding ${file}: head ${head}, expected ${events}`);
  const { size } = statSync(file);
  return {
    info: { disbursements: n, reversals, events, lines: plan.lines.length, seconds: (performance.now() - started) / 1000, storeBytes: size },
    ledger,
  };
}

export function runChild(request: ChildRequest): Promise<ChildResult> {
  const child = fork(join(__dirname, 'rebuild-child.js'), [JSON.stringify(request)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise<ChildResult>((done, fail) => {
    let outcome: ChildResult | undefined;
    let error: string | undefined;
    child.on('message', (m: { result?: ChildResult; error?: string }) => { outcome = m.result ?? outcome; error = m.error ?? error; });
    child.on('exit', (code) => (outcome ? done(outcome) : fail(new Error(error ?? `bench child exited with ${code}`))));
    child.on('error', fail);
  });
}

const NAIVE_TABLE = 'naive_disbursements';

/** The naive ledger beside the read models (same file / schema): one row per payment, index on (line_id, date). */
async function createNaiveLedger(dialect: Dialect, target: { file?: string; rm: ReadModelDb }, ledger: Ledger): Promise<void> {
  if (dialect === 'sqlite') {
    const db = new Database(target.file!, { timeout: 10_000 });
    try {
      db.exec(`drop table if exists ${NAIVE_TABLE}; create table ${NAIVE_TABLE} (id integer primary key, line_id text not null, date text not null, amount integer not null)`);
      const insert = db.prepare(`insert into ${NAIVE_TABLE} (line_id, date, amount) values (?, ?, ?)`);
      const dates = Array.from({ length: DAYS }, (_, d) => dateOf(d));
      db.transaction(() => {
        for (let i = 0; i < ledger.count; i++) insert.run(ledger.lineIds[ledger.line[i]], dates[ledger.day[i]], ledger.fen[i]);
      })();
      db.exec(`create index ${NAIVE_TABLE}_line_date on ${NAIVE_TABLE} (line_id, date); analyze`);
    } finally {
      db.close();
    }
    return;
  }
  const raw = target.rm.raw;
  await sql`drop table if exists ${sql.id(NAIVE_TABLE)}`.execute(raw);
  await sql`create table ${sql.id(NAIVE_TABLE)} (id bigserial primary key, line_id text not null, date date not null, amount bigint not null)`.execute(raw);
  const dates = Array.from({ length: DAYS }, (_, d) => dateOf(d));
  for (let start = 0; start < ledger.count; start += 50_000) {
    const end = Math.min(ledger.count, start + 50_000);
    const lineIds: string[] = [], days: string[] = [], amounts: number[] = [];
    for (let i = start; i < end; i++) { lineIds.push(ledger.lineIds[ledger.line[i]]); days.push(dates[ledger.day[i]]); amounts.push(ledger.fen[i]); }
    await sql`insert into ${sql.id(NAIVE_TABLE)} (line_id, date, amount) select * from unnest(${lineIds}::text[], ${days}::date[], ${amounts}::bigint[])`.execute(raw);
  }
  await sql`create index ${sql.id(`${NAIVE_TABLE}_line_date`)} on ${sql.id(NAIVE_TABLE)} (line_id, date)`.execute(raw);
  await sql`analyze ${sql.id(NAIVE_TABLE)}`.execute(raw);
}

/** The general-ledger report: sum the payments up to the date at query time, joined with the lines, grouped. */
async function naiveTotals(rm: ReadModelDb, grouping: Grouping, asOf: string): Promise<Map<string, bigint>> {
  const key = sql.ref(`l.${grouping}`);
  const rows = await sql<{ key: string; payments: string | number; disbursed: string | number }>`
    select ${key} as key, count(*) as payments, sum(d.amount) as disbursed
    from ${sql.table(NAIVE_TABLE)} as d join ${sql.table('rm_lines')} as l on l.line_id = d.line_id
    where l.fiscal_year = ${FISCAL_YEAR} and d.date <= ${asOf}
    group by ${key}`.execute(rm.raw);
  return new Map(rows.rows.map((r) => [String(r.key), BigInt(r.disbursed)]));
}

async function oursTotals(rm: ReadModelDb, grouping: Grouping, asOf: string): Promise<Map<string, bigint>> {
  const rows = await executionTotals(rm.db, { asOf, groupBy: grouping, filters: { fiscalYear: FISCAL_YEAR } });
  return new Map(rows.map((r) => [r.key, yuanToFen(r.netDisbursed)]));
}

const timed = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};
const tick = () => new Promise((resolve) => setImmediate(resolve));

async function measureQueries(dialect: Dialect, rm: ReadModelDb, disbursements: number, settings: ReadModelSettings): Promise<QueryCell[]> {
  const cells: QueryCell[] = [];
  for (const grouping of ['department', 'unit'] as const) {
    // both designs must give the same net disbursed per group, or the comparison means nothing
    const [ours, naive] = [await oursTotals(rm, grouping, settings.asOf), await naiveTotals(rm, grouping, settings.asOf)];
    for (const [k, v] of naive) {
      if ((ours.get(k) ?? 0n) !== v) throw new Error(`${dialect} ${disbursements} by ${grouping}: group ${k} naive ${v} 分, ours ${ours.get(k)} 分`);
    }
    for (let i = 0; i < settings.queryWarmup; i++) { await oursTotals(rm, grouping, settings.asOf); await naiveTotals(rm, grouping, settings.asOf); }
    collectGarbage();
    const oursMs: number[] = [];
    const naiveMs: number[] = [];
    let naiveSpent = 0;
    // interleaved, so both designs see the same machine; the naive design stops when its time budget is spent
    for (let i = 0; i < settings.queryRuns; i++) {
      await tick();
      oursMs.push(await timed(() => oursTotals(rm, grouping, settings.asOf)));
      if (naiveMs.length < settings.minNaiveRuns || naiveSpent < settings.naiveBudgetMs) {
        await tick();
        const ms = await timed(() => naiveTotals(rm, grouping, settings.asOf));
        naiveMs.push(ms);
        naiveSpent += ms;
      }
    }
    const stat = (s: number[]) => ({ p50Ms: percentile(s, 50), p95Ms: percentile(s, 95), runs: s.length });
    const o = stat(oursMs);
    const nv = stat(naiveMs);
    cells.push({ dialect, grouping, disbursements, ours: o, naive: nv, naiveOverOurs: { p50: nv.p50Ms / o.p50Ms, p95: nv.p95Ms / o.p95Ms }, groups: ours.size });
    settings.log(`  ${dialect} ${disbursements} by ${grouping}: ours p50 ${o.p50Ms.toFixed(2)} ms p95 ${o.p95Ms.toFixed(2)} ms; naive p50 ${nv.p50Ms.toFixed(2)} ms p95 ${nv.p95Ms.toFixed(2)} ms (${nv.runs} runs)`);
  }
  return cells;
}

export async function postgresReachable(url: string): Promise<string | null> {
  const pool = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 3000 });
  try {
    await pool.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await pool.end();
  }
}

export async function runReadModelBench(settings: ReadModelSettings): Promise<ReadModelResults> {
  const { log } = settings;
  const skipped: string[] = [];
  const dialects: Dialect[] = ['sqlite'];
  const pgProblem = await postgresReachable(settings.pgUrl);
  if (pgProblem) skipped.push(`PostgreSQL at ${settings.pgUrl.replace(/\/\/[^@]*@/, '//')} unreachable (${pgProblem}): PostgreSQL rows skipped`);
  else dialects.push('postgres');

  const seeds: SeedInfo[] = [];
  const ledgers = new Map<number, Ledger>();
  const storeFile = (n: number) => join(settings.dir, `events-${n}.sqlite`);
  for (const n of settings.sizes) {
    const { info, ledger } = await seed(storeFile(n), n, settings);
    seeds.push(info);
    ledgers.set(n, ledger);
    log(`  seeded ${info.events} events (${n} disbursements, ${info.reversals} reversals) in ${info.seconds.toFixed(1)} s`);
  }

  const largest = Math.max(...settings.sizes);
  const rebuilds: RebuildMeasure[] = [];
  const queries: QueryCell[] = [];
  const schemas: string[] = [];
  const pgAdmin = dialects.includes('postgres') ? new Pool({ connectionString: settings.pgUrl, max: 1 }) : undefined;
  try {
    for (const dialect of dialects) {
      for (const n of settings.sizes) {
        const schema = `bench_rm_${process.pid}_${n}`;
        const file = join(settings.dir, `rm-${dialect}-${n}.sqlite`);
        const options: ReadModelOptions = dialect === 'sqlite' ? { dialect, filename: file } : { dialect, connectionString: settings.pgUrl, schema };
        if (dialect === 'postgres') schemas.push(schema);
        // the raw read right before the rebuild of the largest store, each in a fresh child process
        const raw = n === largest ? await runChild({ mode: 'raw', storeFile: storeFile(n), batchSize: settings.batchSize }) : undefined;
        const rebuilt = await runChild({ mode: 'rebuild', storeFile: storeFile(n), options, batchSize: settings.batchSize });
        log(`  ${dialect} rebuild of ${rebuilt.events} events: ${Math.round(rebuilt.eventsPerSecond)} events/s` + (raw ? ` (raw read ${Math.round(raw.eventsPerSecond)} events/s)` : ''));
        if (raw) {
          if (raw.events !== rebuilt.events) throw new Error(`raw read ${raw.events} events, rebuild ${rebuilt.events}`);
          rebuilds.push({ dialect, disbursements: n, raw, rebuild: rebuilt, ratio: rebuilt.eventsPerSecond / raw.eventsPerSecond });
        }
        const rm = await openReadModels(options, { migrate: false });
        try {
          await createNaiveLedger(dialect, { file, rm }, ledgers.get(n)!);
          queries.push(...(await measureQueries(dialect, rm, n, settings)));
        } finally {
          await rm.close();
        }
        if (dialect === 'postgres') await pgAdmin!.query(`drop schema if exists ${schema} cascade`);
      }
    }
  } finally {
    if (pgAdmin) {
      for (const schema of schemas) await pgAdmin.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
      await pgAdmin.end();
    }
  }
  const { log: _log, dir: _dir, repoRoot: _root, pgUrl: _url, ...rest } = settings;
  return {
    seeds, rebuilds, queries, dialects, skipped, settings: rest,
    design: {
      ours: 'executionTotals(asOf, groupBy): one line_days running-totals row per line (latest on or before asOf), summed per group, plus the group names',
      naive: `${NAIVE_TABLE}(id, line_id, date, amount 分), one row per payment and a negative row per 冲销, index (line_id, date); SUM(amount) WHERE date <= asOf joined with the lines, GROUP BY the same key`,
    },
  };
}
