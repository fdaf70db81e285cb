import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import {
  copyEventStore, type CopyReport, DEFAULT_EVENT_STORE_SCHEMA, EVENT_STORE_SCHEMA_PATTERN, EventStoreError, PostgresEventStore, SqliteEventStore,
} from '@app/event-store';

/**
 * `npm run event-store:migrate -- --from sqlite:./data/events.sqlite --to postgres://budget@db:5432/budget`
 * (or the other way round): copies every event into an empty store in one transaction, keeping
 * positions, streams, revisions, ids, types, data, metadata and stored-at, then compares both stores
 * event by event. Stop the app first. Exit 0: copied and identical; 1: a difference or a failure;
 * 2: bad arguments or a target that is not empty (nothing written).
 */
const USAGE = `usage: npm run event-store:migrate -- --from <store> --to <store> [--from-schema s] [--to-schema s] [--batch-size n]
  <store>: sqlite:<file> | postgres://user:password@host:5432/database   (schema default: EVENT_STORE_SCHEMA or ${DEFAULT_EVENT_STORE_SCHEMA})`;

export interface Io {
  readonly out: (line: string) => void;
  readonly err: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

type Store = SqliteEventStore | PostgresEventStore;
class UsageError extends Error {}

export async function migrate(argv: readonly string[], io: Io): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv, io.env);
  } catch (error) {
    io.err.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const opened: Store[] = [];
  const bar = new SingleBar({
    format: 'event-store:migrate |{bar}| {percentage}% | {value}/{total} | {phase}', stream: io.err, hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000,
  }, Presets.shades_classic);
  try {
    const source = await open(args.from, args.fromSchema, false, opened);
    const target = await open(args.to, args.toSchema, true, opened);
    bar.start(await source.headPosition(), 0, { phase: 'copying' });
    const report = await copyEventStore(source, target, {
      batchSize: args.batchSize,
      onProgress: (p) => { bar.setTotal(Math.max(p.head, p.position)); bar.update(p.position, { phase: p.phase }); },
    });
    bar.stop();
    printReport(report, label(args.from, args.fromSchema), label(args.to, args.toSchema), io.out);
    return report.differenceCount === 0 && report.copied === report.compared ? 0 : 1;
  } catch (error) {
    bar.stop();
    if (error instanceof UsageError || (error instanceof EventStoreError && error.code === 'TARGET_NOT_EMPTY')) {
      io.err.write(`event-store:migrate: ${error.message}; nothing was written\n`);
      return 2;
    }
    io.err.write(`event-store:migrate failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    return 1;
  } finally {
    await Promise.allSettled(opened.map((store) => store.close()));
  }
}

function parse(argv: readonly string[], env: NodeJS.ProcessEnv) {
  const { values } = parseArgs({
    args: [...argv], strict: true,
    options: { from: { type: 'string' }, to: { type: 'string' }, 'from-schema': { type: 'string' }, 'to-schema': { type: 'string' }, 'batch-size': { type: 'string' } },
  });
  if (!values.from || !values.to) throw new UsageError('--from and --to are required');
  const schema = (value: string | undefined, flag: string) => {
    const name = value ?? env.EVENT_STORE_SCHEMA ?? DEFAULT_EVENT_STORE_SCHEMA;
    if (!EVENT_STORE_SCHEMA_PATTERN.test(name)) throw new UsageError(`${flag}: must be a lower-case SQL identifier (got ${JSON.stringify(name)})`);
    return name;
  };
  const batchSize = values['batch-size'] === undefined ? 5000 : Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch-size: must be a positive integer (got ${values['batch-size']})`);
  for (const [flag, spec] of [['--from', values.from], ['--to', values.to]]) {
    if (!/^sqlite:.+/.test(spec) && !/^postgres(ql)?:\/\//.test(spec)) throw new UsageError(`${flag}: expected sqlite:<file> or postgres://… (got ${JSON.stringify(spec)})`);
  }
  const from = values.from;
  const to = values.to;
  const fromSchema = schema(values['from-schema'], '--from-schema');
  const toSchema = schema(values['to-schema'], '--to-schema');
  if (label(from, fromSchema) === label(to, toSchema)) throw new UsageError('--from and --to name the same store');
  return { from, to, fromSchema, toSchema, batchSize };
}

async function open(spec: string, schema: string, isTarget: boolean, opened: Store[]): Promise<Store> {
  if (spec.startsWith('sqlite:')) {
    const filename = resolve(spec.slice('sqlite:'.length));
    // a mistyped source path must not become a new, empty store that "copies" nothing
    if (!isTarget && !existsSync(filename)) throw new UsageError(`--from: no such file ${filename}`);
    const store = SqliteEventStore.open({ filename });
    opened.push(store);
    return store;
  }
  const store = await PostgresEventStore.connect({ connectionString: spec, schema });
  opened.push(store);
  return store;
}

function label(spec: string, schema: string): string {
  return spec.startsWith('sqlite:') ? `SQLite ${resolve(spec.slice('sqlite:'.length))}` : `PostgreSQL ${spec.replace(/\/\/[^@/]*@/, '//***@')} schema ${schema}`;
}

function printReport(report: CopyReport, from: string, to: string, out: (line: string) => void): void {
  const same = report.differenceCount === 0 && report.copied === report.compared;
  out(`from  ${from}`);
  out(`to    ${to}`);
  out(`copied ${report.copied} events of ${report.streams} streams (positions ${report.firstPosition}–${report.lastPosition})`);
  out(`verified ${report.compared} events one by one: position, id, stream, revision, type, data, metadata, stored-at`);
  out(`heads: source ${report.sourceHead}, target ${report.targetHead}; copy and verification took ${(report.elapsedMs / 1000).toFixed(1)} s`);
  if (same) {
    out('result: identical');
    return;
  }
  out(`result: ${report.differenceCount} DIFFERENCES${report.differenceCount > report.differences.length ? ` (first ${report.differences.length})` : ''}`);
  for (const d of report.differences) out(`  position ${d.position}: ${d.fields.join(', ')}`);
}

if (require.main === module) {
  migrate(process.argv.slice(2), { out: (line) => process.stdout.write(`${line}\n`), err: process.stderr, env: process.env })
    .then((code) => { process.exitCode = code; });
}
