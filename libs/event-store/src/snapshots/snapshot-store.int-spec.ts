import { randomUUID } from 'node:crypto';
import { PG_URL, withClient } from '../postgres/testing/pg-test-schema';
import { PostgresSnapshotStore } from './postgres-snapshot-store';
import type { Snapshot, SnapshotStore } from './snapshot-store.port';
import { SqliteSnapshotStore } from './sqlite-snapshot-store';

/** The snapshot table beside the events, on both adapters (ADR 0020): a cache that keeps the newest state per stream and fold. */
const adapters: [string, () => Promise<{ store: SnapshotStore; cleanup: () => Promise<void> }>][] = [
  ['SQLite', async () => {
    const store = SqliteSnapshotStore.open({ filename: ':memory:' });
    return { store, cleanup: () => store.close() };
  }],
  ['PostgreSQL', async () => {
    const schema = `snap_test_${process.pid}_${randomUUID().slice(0, 8)}`;
    const store = await PostgresSnapshotStore.connect({ connectionString: PG_URL, schema });
    return { store, cleanup: async () => { await store.close(); await withClient((c) => c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)); } };
  }],
];

describe.each(adapters)('the snapshot store on %s', (_, open) => {
  let store: SnapshotStore;
  let cleanup: () => Promise<void>;
  beforeEach(async () => { ({ store, cleanup } = await open()); });
  afterEach(async () => { await cleanup(); });

  const snap = (revision: number, version = 1, state = `{"at":${revision}}`): Snapshot => ({ streamId: 'line-L', fold: 'line', version, revision, state });

  it('given no snapshot, when read, then there is none', async () => {
    expect(await store.read('line-L', 'line')).toBeUndefined();
  });

  it('given a snapshot, when a later one is written, then the later one is read; an older one written late does not replace it', async () => {
    await store.write(snap(499));
    await store.write(snap(999));
    await store.write(snap(499));
    expect(await store.read('line-L', 'line')).toEqual(snap(999));
  });

  it('given a snapshot of another fold version, when this version writes, then it replaces it whatever the revisions', async () => {
    await store.write(snap(999, 1));
    await store.write(snap(10, 2));
    expect(await store.read('line-L', 'line')).toEqual(snap(10, 2));
  });

  it('keeps one snapshot per stream and fold, with the state text exactly as written', async () => {
    const text = '{"appropriated":{"$money":"999999999999.99"},"zh":"就业补助"}';
    await store.write({ ...snap(3), state: text });
    await store.write({ ...snap(4), fold: 'other' });
    await store.write({ ...snap(5), streamId: 'line-M' });
    expect((await store.read('line-L', 'line'))?.state).toBe(text);
    expect((await store.read('line-L', 'other'))?.revision).toBe(4);
    expect((await store.read('line-M', 'line'))?.revision).toBe(5);
  });

  it('when cleared (of one fold, then of all), then they are gone and the count says how many', async () => {
    await store.write(snap(1));
    await store.write({ ...snap(2), fold: 'other' });
    await store.write({ ...snap(3), streamId: 'line-M' });
    expect(await store.clear('other')).toBe(1);
    expect(await store.read('line-L', 'other')).toBeUndefined();
    expect(await store.clear()).toBe(2);
    expect(await store.read('line-M', 'line')).toBeUndefined();
  });
});
