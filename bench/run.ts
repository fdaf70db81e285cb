import 'reflect-metadata';
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runAppendBench } from './lib/append-bench';
import { runCommandBench } from './lib/command-bench';
import { runColdLineBench } from './lib/cold-line-bench';
import { loadEmmett } from './lib/emmett';
import { loadEmmettPostgres } from './lib/emmett-postgresql';
import { runHttpCommandBench } from './lib/http-command-bench';
import { runHttpConcurrencyBench } from './lib/http-concurrency-bench';
import { runImportBench } from './lib/import-bench';
import { idempotencyMarkdown, runIdempotencyBench } from './lib/idempotency-bench';
import { runPgAppendBench } from './lib/pg-append-bench';
import { runPgStoreBench } from './lib/pg-store-bench';
import { runStartupBench } from './lib/startup-bench';
import { postgresReachable, runReadModelBench } from './lib/read-model-bench';
import { buildReport, type Machine, type PostgresSection, toMarkdown } from './lib/report';
import { runStoreKeysBench, storeKeysSettings } from './lib/store-keys-bench';
import { findRepoRoot, makeWorkDir } from './lib/workdir';

/**
 * npm run bench: append throughput (ours vs raw better-sqlite3 vs Emmett), record-disbursement latency
 * on a small and a large line, the read models (rebuild vs raw read, the execution query vs the naive
 * ledger design at 10k / 100k / 1M disbursements, peak memory of a 1M rebuild), and the PostgreSQL event
 * store (appends vs a raw INSERT and Emmett's PostgreSQL store, the HTTP command path, migration and rebuild), and the lean HTTP
 * path (section 8: concurrency 16 vs a bare Fastify route, the dashboard on the wire), and a start on the 1M store needing a rebuild (section 11). Prints a markdown table and writes it, with the raw numbers as JSON, to
 * bench/results/. Exits 0 even when a target is missed (it says so loudly); non-zero only if it crashed.
 */

const log = (line: string) => process.stderr.write(`${line}\n`);
const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
};
const envInt = (name: string, fallback: number) => {
  const value = process.env[name];
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : fallback;
};

/** BENCH_ONLY=idempotency: section 12 alone (a few minutes), printed and written to bench/results/<stamp>-idempotency.md. */
async function onlyIdempotency(): Promise<void> {
  const repoRoot = findRepoRoot(__dirname);
  const work = makeWorkDir(repoRoot);
  const started = new Date();
  try {
    const pgUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const results = await runIdempotencyBench({ dir: work.dir, pgUrl, log, warmup: envInt('BENCH_WARMUP_COMMANDS', 50), measured: envInt('BENCH_COMMANDS', 500), storeOps: 200 });
    const markdown = [`# bench section 12 only, ${started.toISOString()}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`, '', ...idempotencyMarkdown(results)].join('\n');
    const stamp = started.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
    mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
    writeFileSync(join(repoRoot, 'bench', 'results', `${stamp}-idempotency.md`), `${markdown}\n`);
    writeFileSync(join(repoRoot, 'bench', 'results', `${stamp}-idempotency.json`), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`\n${markdown}\n`);
  } finally {
    work.remove();
  }
}

async function main(): Promise<void> {
  if (process.env.BENCH_ONLY === 'idempotency') return onlyIdempotency();
  // Emmett logs transaction errors with console.log: keep stdout for the table.
  console.log = (...args: unknown[]) => console.error(...args);
  const started = new Date();
  const loadAtStart = loadavg()[0];
  const t0 = performance.now();
  const repoRoot = findRepoRoot(__dirname);
  const emmett = loadEmmett(repoRoot);
  const work = makeWorkDir(repoRoot);
  log(`bench: work dir ${work.dir} (${work.fsType} on ${work.device})`);
  try {
    const probe = new Database(':memory:');
    const sqliteOurs = (probe.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    probe.close();
    const pkgVersion = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    const machine: Machine = {
      cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${osType()} ${release()}`, node: process.version, sqliteOurs,
      betterSqlite3: pkgVersion(join(repoRoot, 'node_modules', 'better-sqlite3')), emmett: emmett.versions,
      workDir: { path: work.dir, fsType: work.fsType, device: work.device, note: work.note },
      loadAverage: { start: loadAtStart, end: Number.NaN },
    };

    log('bench 1–2: append throughput (ours, raw better-sqlite3, Emmett)');
    mkdirSync(join(work.dir, 'appends'));
    const appends = await runAppendBench({
      dir: join(work.dir, 'appends'), emmett, log,
      batchSizes: [1, 100],
      rounds: envInt('BENCH_ROUNDS', 7),
      warmupRounds: 1,
      budgetMs: envInt('BENCH_BUDGET_MS', 1000),
      maxEvents: { 1: 8000, 100: 40_000 },
      slices: 10,
      streams: 10,
    });

    log('bench 3: record-disbursement command latency');
    const commands = await runCommandBench({
      dir: work.dir, log,
      priorEvents: [10, 100_000],
      warmup: envInt('BENCH_WARMUP_COMMANDS', 50),
      measured: envInt('BENCH_COMMANDS', 500),
      seedBatch: 1000,
    });

    log('bench 3b: the first command on a 100k-event line after a restart (issue 14, ADR 0020)');
    const coldLine = await runColdLineBench({ dir: work.dir, log, priorEvents: 100_000, seedBatch: 1000, repeats: envInt('BENCH_COLD_REPEATS', 3) });

    const scale = envNumber('BENCH_SCALE', 1);
    log(`bench 4–6: read models (rebuild vs raw read, execution query vs naive ledger, peak memory), scale ${scale}`);
    mkdirSync(join(work.dir, 'read-models'));
    const readModels = await runReadModelBench({
      dir: join(work.dir, 'read-models'), repoRoot, log,
      pgUrl: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      sizes: [10_000, 100_000, 1_000_000].map((n) => Math.max(1000, Math.round(n * scale))),
      queryRuns: envInt('BENCH_QUERY_RUNS', 200),
      queryWarmup: 10,
      naiveBudgetMs: envInt('BENCH_NAIVE_BUDGET_MS', 12_000),
      minNaiveRuns: 20,
      batchSize: 5000,
      reverseEvery: 40,
      asOf: '2023-12-31',
    });

    const pgUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const postgres: PostgresSection & { skipped: string[] } = { skipped: [] };
    const pgProblem = await postgresReachable(pgUrl);
    if (pgProblem) {
      postgres.skipped.push(`PostgreSQL at ${pgUrl.replace(/\/\/[^@]*@/, '//')} unreachable (${pgProblem}): section 7 skipped`);
    } else {
      const emmettPostgres = loadEmmettPostgres(repoRoot);
      machine.postgres = { emmettPostgres: 'error' in emmettPostgres ? undefined : emmettPostgres.versions };
      log('bench 7a: PostgreSQL append throughput (ours, raw INSERT, Emmett PostgreSQL)');
      const pgAppends = await runPgAppendBench({
        pgUrl, emmett: emmettPostgres, log, rounds: envInt('BENCH_ROUNDS', 7), warmupRounds: 1, budgetMs: envInt('BENCH_BUDGET_MS', 1000), slices: 10, streams: 10,
      });
      machine.postgres = { ...machine.postgres, server: pgAppends.server };
      postgres.skipped.push(...pgAppends.skipped);
      log('bench 7b: the HTTP command path, embedded and production topologies');
      const pgCommands = await runHttpCommandBench({
        dir: work.dir, pgUrl, log, priorEvents: [10, 100_000],
        warmup: envInt('BENCH_WARMUP_COMMANDS', 50), measured: Math.round(envInt('BENCH_COMMANDS', 500) * 0.6), seedBatch: 1000,
      });
      log('bench 7c: migration into PostgreSQL and a rebuild from it');
      const largest = Math.max(...readModels.seeds.map((x) => x.disbursements));
      const pgStore = await runPgStoreBench({ storeFile: join(work.dir, 'read-models', `events-${largest}.sqlite`), pgUrl, batchSize: 5000, log });
      Object.assign(postgres, { appends: pgAppends, commands: pgCommands, store: pgStore });
      log('bench 12: what an Idempotency-Key costs (HTTP with ÷ without, fsyncs per command)');
      Object.assign(postgres, { idempotency: await runIdempotencyBench({
        dir: work.dir, pgUrl, log, warmup: envInt('BENCH_WARMUP_COMMANDS', 50), measured: Math.round(envInt('BENCH_COMMANDS', 500) * 0.6), storeOps: 200,
      }) });
    }

    log('bench 8: the lean HTTP path (record-disbursement at concurrency 16 vs a bare Fastify route; the dashboard on the wire)');
    const http = await runHttpConcurrencyBench({
      dir: join(work.dir, 'http-path'), repoRoot, concurrency: 16, rounds: envInt('BENCH_ROUNDS', 7), warmupRounds: 1, sliceMs: envInt('BENCH_HTTP_SLICE_MS', 2000), log,
    });

    log('bench 9: a 100,000-row disbursement import committed in chunks (event-loop delay, peak RSS)');
    const imports = await runImportBench({ rows: envInt('BENCH_IMPORT_ROWS', 100_000), log });

    log('bench 10: ordered event keys and group commit in the SQLite store (npm run bench:store-keys runs it alone)');
    mkdirSync(join(work.dir, 'store-keys'));
    const storeKeys = await runStoreKeysBench(storeKeysSettings(join(work.dir, 'store-keys'), log));

    log('bench 11: start on the section 4 store with no read models (listening, catch-up, peak RSS, event-loop delay)');
    const largestStore = Math.max(...readModels.seeds.map((x) => x.disbursements));
    const startup = await runStartupBench({
      dir: join(work.dir, 'startup'), repoRoot, storeFile: join(work.dir, 'read-models', `events-${largestStore}.sqlite`), disbursements: largestStore, log,
    });

    machine.loadAverage.end = loadavg()[0];
    const report = buildReport({ startedAt: started.toISOString(), durationSeconds: (performance.now() - t0) / 1000, machine, appends, commands, readModels, postgres, http, coldLine, imports, storeKeys, startup });
    const markdown = toMarkdown(report);
    const resultsDir = join(repoRoot, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const stamp = started.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
    writeFileSync(join(resultsDir, `${stamp}.md`), markdown);
    writeFileSync(join(resultsDir, `${stamp}.json`), JSON.stringify(report, null, 2) + '\n');
    writeFileSync(join(resultsDir, 'latest.md'), markdown);

    process.stdout.write(`\n${markdown}\n`);
    if (report.allPass) {
      process.stdout.write('bench: all targets PASS\n');
    } else {
      const failed = report.targets.filter((t) => !t.pass);
      const banner = '!'.repeat(78);
      process.stdout.write(`${banner}\n!!! BENCH TARGETS MISSED (${failed.length}):\n`);
      for (const t of failed) process.stdout.write(`!!!   FAIL ${t.name}: ${t.value.toFixed(2)}, target ${t.op} ${t.limit}\n`);
      process.stdout.write(`${banner}\n`);
    }
    process.stdout.write(`bench: written to bench/results/${stamp}.md, .json and latest.md\n`);
  } finally {
    work.remove();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
