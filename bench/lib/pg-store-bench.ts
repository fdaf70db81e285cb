import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { copyEventStore, type CopyReport, PostgresEventStore, SqliteEventStore } from '@app/event-store';
import type { ReadModelOptions } from '@app/read-models';
import { runChild } from './read-model-bench';
import type { ChildResult } from './rebuild-child';

/**
 * The read-model bench's largest store (about 1M events) moved into a PostgreSQL event store with
 * copyEventStore (what `npm run event-store:migrate` runs: one import transaction, then a comparison event by
 * event), then, each in a fresh child process, a raw sequential read of the PostgreSQL store and a full
 * rebuild of the read models (in PostgreSQL) from it. Ratio: rebuild events/s ÷ raw read events/s.
 */
export interface PgStoreSettings {
  readonly storeFile: string;
  readonly pgUrl: string;
  readonly batchSize: number;
  readonly log: (line: string) => void;
}

export interface PgStoreResults {
  readonly events: number;
  readonly copy: { readonly seconds: number; readonly eventsPerSecond: number; readonly verifySeconds: number; readonly identical: boolean; readonly report: Omit<CopyReport, 'differences'> };
  readonly raw: ChildResult;
  readonly rebuild: ChildResult;
  readonly ratio: number;
  readonly storeBytes: number;
}

export async function runPgStoreBench(settings: PgStoreSettings): Promise<PgStoreResults> {
  const schemas = { events: `bench_pgstore_${process.pid}`, read: `bench_pgstore_rm_${process.pid}` };
  const admin = new Pool({ connectionString: settings.pgUrl, max: 1 });
  const drop = () => admin.query(`DROP SCHEMA IF EXISTS "${schemas.events}" CASCADE; DROP SCHEMA IF EXISTS "${schemas.read}" CASCADE`);
  try {
    await drop();
    const source = SqliteEventStore.open({ filename: settings.storeFile });
    const target = await PostgresEventStore.connect({ connectionString: settings.pgUrl, schema: schemas.events });
    let copied = 0;
    let verifyStarted = 0;
    const started = performance.now();
    let report: CopyReport;
    try {
      report = await copyEventStore(source, target, {
        batchSize: settings.batchSize,
        onProgress: (p) => {
          if (p.phase === 'verifying' && verifyStarted === 0) verifyStarted = performance.now();
          if (p.phase === 'copying') copied = p.events;
        },
      });
    } finally {
      await target.close();
      await source.close();
    }
    const ended = performance.now();
    const copySeconds = ((verifyStarted || ended) - started) / 1000;
    const identical = report.differenceCount === 0 && report.copied === report.compared;
    if (!identical) throw new Error(`copy into PostgreSQL differs: ${JSON.stringify(report.differences)}`);
    settings.log(`  copied ${copied} events into PostgreSQL in ${copySeconds.toFixed(1)} s, verified in ${((ended - verifyStarted) / 1000).toFixed(1)} s`);
    const storeBytes = Number((await admin.query<{ n: string }>(`SELECT pg_total_relation_size('"${schemas.events}".events') AS n`)).rows[0].n);
    const pgStore = { connectionString: settings.pgUrl, schema: schemas.events };
    const options: ReadModelOptions = { dialect: 'postgres', connectionString: settings.pgUrl, schema: schemas.read };
    const raw = await runChild({ mode: 'raw', storeFile: settings.storeFile, pgStore, batchSize: settings.batchSize });
    const rebuild = await runChild({ mode: 'rebuild', storeFile: settings.storeFile, pgStore, options, batchSize: settings.batchSize });
    settings.log(`  from PostgreSQL: raw read ${Math.round(raw.eventsPerSecond)} events/s, rebuild ${Math.round(rebuild.eventsPerSecond)} events/s`);
    if (raw.events !== report.copied || rebuild.events !== report.copied) throw new Error(`read ${raw.events} / rebuilt ${rebuild.events} of ${report.copied} events`);
    const { differences: _d, ...summary } = report;
    return {
      events: report.copied, storeBytes, raw, rebuild, ratio: rebuild.eventsPerSecond / raw.eventsPerSecond,
      copy: { seconds: copySeconds, eventsPerSecond: report.copied / copySeconds, verifySeconds: (ended - verifyStarted) / 1000, identical, report: summary },
    };
  } finally {
    await drop().catch(() => undefined);
    await admin.end();
  }
}
