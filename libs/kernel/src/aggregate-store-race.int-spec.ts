import { DomainEvent, lineDecider } from '@app/domain';
import { EventStore, SqliteEventStore, WrongExpectedRevisionError } from '@app/event-store';
import { AggregateStore } from './aggregate-store';
import { systemContext } from './command-context';

/**
 * Optimistic concurrency between processes: two aggregate stores over one event store stand for two API instances.
 * Within one, commands on a stream take turns (no conflict); between them, a collision is retried.
 */
describe('commands racing on one stream', () => {
  let store: SqliteEventStore;
  let conflicts: number;
  const ctx = systemContext('tester', new Date('2023-07-01T02:00:00Z'));
  const paid = (id: string): DomainEvent => ({
    type: 'DisbursementRecorded.v1', effectiveDate: '2023-06-30',
    data: { disbursementId: id, lineId: 'L', amount: '1.00', voucherNo: id, payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null },
  });

  /** reads that answer after other work had its turn (as a networked store's do) and appends that count conflicts */
  function slow(target: SqliteEventStore): EventStore {
    return new Proxy(target, {
      get(t, prop) {
        if (prop === 'readStream') return async (...args: Parameters<EventStore['readStream']>) => {
          const events = await t.readStream(...args);
          await new Promise((resolve) => setTimeout(resolve, 2));
          return events;
        };
        if (prop === 'append' || prop === 'appendMultiple') return async (...args: unknown[]) => {
          try { return await (Reflect.get(t, prop) as (...a: unknown[]) => Promise<unknown>).apply(t, args); } catch (e) {
            if (e instanceof WrongExpectedRevisionError) conflicts++;
            throw e;
          }
        };
        const value = Reflect.get(t, prop) as unknown;
        return typeof value === 'function' ? value.bind(t) : value;
      },
    }) as EventStore;
  }
  const pay = (aggregates: AggregateStore, id: string) => aggregates.handle('line-L', lineDecider, async () => ({ events: [paid(id)] as never[], unit: '426001' }), ctx);

  beforeEach(() => {
    store = SqliteEventStore.open({ filename: ':memory:' });
    conflicts = 0;
  });
  afterEach(async () => { await store.close(); });

  it('given one process, when 20 commands race on one stream over a slow store, then they take turns: none conflicts and all are recorded', async () => {
    const aggregates = new AggregateStore(slow(store), { retries: 0, cacheSize: 100 });
    const handled = await Promise.all(Array.from({ length: 20 }, (_, i) => pay(aggregates, `p-${i}`)));
    expect(handled.map((h) => h.revision).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(conflicts).toBe(0);
  });

  it('given two processes, when their commands race on one stream, then the collisions are retried and every command is recorded once', async () => {
    const one = new AggregateStore(slow(store), { retries: 5, cacheSize: 100 });
    const two = new AggregateStore(slow(store), { retries: 5, cacheSize: 100 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => pay(i % 2 === 0 ? one : two, `p-${i}`)));
    expect(conflicts).toBeGreaterThan(0);
    expect((await store.readStream('line-L')).map((e) => (e.data as { disbursementId: string }).disbursementId).sort()).toEqual(['p-0', 'p-1', 'p-2', 'p-3', 'p-4', 'p-5']);
  });
});
