import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { compareStores, copyEventStore, type EventStore, type NewEvent, SqliteEventStore } from '@app/event-store';
import { newEvent, newEvents, newStreamId } from '@app/event-store/contract/contract-helpers';
import { PG_URL, testSchema, withClient } from '@app/event-store/postgres/testing/pg-test-schema';
import { migrate } from './migrate-event-store';

/** What the command printed, and its exit code. */
async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  let err = '';
  const stream = new Writable({ write(chunk, _encoding, done) { err += String(chunk); done(); } });
  const code = await migrate(argv, { out: (line) => out.push(line), err: stream, env: {} });
  return { code, out, err };
}

/** A store worth copying: several streams, a transfer, Chinese text, nested data, the API's metadata. */
async function seed(store: EventStore): Promise<void> {
  const [a, b] = [newStreamId('appropriation-line'), newStreamId('appropriation-line')];
  await store.append(a, newEvents(120), 'no_stream');
  await store.appendMultiple([
    { streamId: a, events: [newEvent('TransferredOut', { amount: '1234.56', note: '调剂：办公费转印刷费' })], expectedRevision: 119 },
    { streamId: b, events: [newEvent('TransferredIn', { amount: '1234.56', lines: [{ code: '30201', 金额: '1.00' }], empty: {}, nothing: null })], expectedRevision: 'no_stream' },
  ]);
  for (let i = 0; i < 30; i++) await store.append(newStreamId('wage-arrears-case'), [newEvent('WageArrearsCaseReported.v1', { workers: i, 单位: '426006' })], 'no_stream');
}

describe('npm run event-store:migrate', () => {
  let dir: string;
  let pg: ReturnType<typeof testSchema>;
  const opened: SqliteEventStore[] = [];
  const sqlite = (name: string) => {
    const store = SqliteEventStore.open({ filename: join(dir, name) });
    opened.push(store);
    return store;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'migrate-event-store-'));
    pg = testSchema('es_migrate');
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    await pg.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given an SQLite store, when migrated to PostgreSQL, then every event is there as it was, verified, and appends go on', async () => {
    const source = sqlite('events.sqlite');
    await seed(source);
    const expected = await source.readAll();
    await source.close();

    const { code, out } = await run('--from', `sqlite:${join(dir, 'events.sqlite')}`, '--to', PG_URL, '--to-schema', pg.schema, '--batch-size', '50');

    expect(code).toBe(0);
    const n = expected.length;
    expect(out).toEqual(expect.arrayContaining([
      `copied ${n} events of 32 streams (positions 1–${n})`,
      `verified ${n} events one by one: position, id, stream, revision, type, data, metadata, stored-at`,
      expect.stringMatching(new RegExp(`^heads: source ${n}, target ${n}; copy and verification took \\d+\\.\\d s$`)),
      'result: identical',
    ]));
    const target = await pg.open();
    expect(await target.readAll()).toEqual(expected);
    const stream = expected[0].streamId;
    expect(await target.append(stream, [newEvent()], 120)).toEqual({ nextExpectedRevision: 121, position: expected.length + 1, duplicate: false });
  });

  it('given a PostgreSQL store, when migrated to a new SQLite file, then every event is there as it was, verified, and appends go on', async () => {
    const source = await pg.open();
    await seed(source);
    const expected = await source.readAll();
    const file = join(dir, 'nested', 'events.sqlite');

    const { code, out } = await run('--from', PG_URL, '--from-schema', pg.schema, '--to', `sqlite:${file}`);

    expect(code).toBe(0);
    expect(out).toContain('result: identical');
    const target = sqlite(join('nested', 'events.sqlite'));
    expect(await target.readAll()).toEqual(expected);
    expect((await target.append(newStreamId(), [newEvent()], 'no_stream')).position).toBe(expected.length + 1);
  });

  it('given a target that already holds events, then the command refuses (exit 2) and writes nothing', async () => {
    const source = sqlite('events.sqlite');
    await seed(source);
    const target = await pg.open();
    const existing: NewEvent = newEvent();
    await target.append(newStreamId(), [existing], 'no_stream');

    const { code, err } = await run('--from', `sqlite:${join(dir, 'events.sqlite')}`, '--to', PG_URL, '--to-schema', pg.schema);

    expect(code).toBe(2);
    expect(err).toMatch(/the target already holds 1 events: copy into an empty store; nothing was written/);
    expect((await target.readAll()).map((e) => e.id)).toEqual([existing.id]);
  });

  it.each([
    [['--from', 'sqlite:x.sqlite'], /--from and --to are required/],
    [['--from', 'mysql://x', '--to', 'sqlite:y'], /--from: expected sqlite:<file> or postgres:\/\//],
    [['--from', 'sqlite:a', '--to', 'sqlite:a'], /--from and --to name the same store/],
    [['--from', 'sqlite:a', '--to', 'sqlite:b', '--batch-size', '0'], /--batch-size: must be a positive integer/],
    [['--from', 'sqlite:a', '--to', 'sqlite:b', '--to-schema', 'Bad-Name'], /--to-schema: must be a lower-case SQL identifier/],
  ])('given %p, then exit 2 with the usage', async (argv, message) => {
    const { code, err } = await run(...argv);

    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toMatch(/^usage: npm run event-store:migrate/m);
  });

  it('given a source file that does not exist, then exit 2 and no file is created', async () => {
    const missing = join(dir, 'typo.sqlite');

    const { code, err } = await run('--from', `sqlite:${missing}`, '--to', `sqlite:${join(dir, 'out.sqlite')}`);

    expect(code).toBe(2);
    expect(err).toMatch(/--from: no such file/);
    expect(existsSync(missing)).toBe(false);
  });

  it('given the source written to while it is being verified, then the report names the event missing in the target', async () => {
    const source = sqlite('events.sqlite');
    await seed(source);
    const head = await source.headPosition();
    const target = await pg.open();
    let written = false;

    const report = await copyEventStore(source, target, {
      batchSize: 10,
      onProgress: (p) => {
        if (p.phase === 'verifying' && !written) {
          written = true;
          void source.append(newStreamId(), [newEvent()], 'no_stream');
        }
      },
    });

    expect(report).toMatchObject({ copied: head, compared: head, differenceCount: 1, differences: [{ position: head + 1, fields: ['missing in target'] }] });
  });

  it('given a copied event changed in the target, then the comparison names its position and the field', async () => {
    const source = sqlite('events.sqlite');
    await seed(source);
    const target = await pg.open();
    await copyEventStore(source, target);
    await withClient((c) => c.query(`UPDATE "${pg.schema}".events SET data = '{"amount":"9.99"}' WHERE position = 7`));

    const comparison = await compareStores(source, target, 100);

    expect(comparison).toMatchObject({ differenceCount: 1, differences: [{ position: 7, fields: ['data'] }] });
  });
});
