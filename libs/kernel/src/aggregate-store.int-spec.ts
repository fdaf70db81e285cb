import { DomainError, DomainEvent, lineDecider, lineStreamId } from '@app/domain';
import { SqliteEventStore } from '@app/event-store';
import { AggregateStore } from './aggregate-store';
import { systemContext } from './command-context';
import { envelope } from './envelope';
import { deterministicId } from './deterministic-id';

/** A 1000.00 project line of unit 426001, as a budget import establishes it. */
const establishedLine = (lineId: string, project: string, importId: string): DomainEvent => ({
  type: 'AppropriationEstablished.v1', effectiveDate: '2023-01-01',
  data: {
    lineId, fiscalYear: 2023, department: '426', unit: '426001', type: 'project', project, projectName: '就业补助', basicKind: null,
    functional: '2080705', economic: null, fundingSource: '一般公共预算拨款', amount: '1000.00', overspendPolicy: 'block', revolvingFund: false,
    importId, inferred: [],
  },
});

/**
 * ADR 0017 at the kernel: when the store finds a decision's ids already stored, that is not taken for the answer
 * at once: the command decides again on the state that includes them, so a concurrent command under the same
 * natural key with other content is refused by the decider instead of being answered as a duplicate.
 */
describe('a decision whose ids the store already holds', () => {
  const ctx = systemContext('tester', new Date('2023-07-01T02:00:00Z'));
  const LINE = '426001-2023-P01';
  const streamId = lineStreamId(LINE);
  const established = establishedLine(LINE, 'P01', 'i-1');
  const increase = (amount: string): DomainEvent => ({
    type: 'AppropriationIncreased.v1', effectiveDate: '2023-06-15', data: { lineId: LINE, amount, reason: '追加', documentNo: '52号', adjustmentId: 'adj-52' },
  });
  const adjustmentEventId = deterministicId('adj-52');
  let store: SqliteEventStore;
  let aggregates: AggregateStore;

  beforeEach(async () => {
    store = SqliteEventStore.open({ filename: ':memory:' });
    aggregates = new AggregateStore(store, { retries: 3, cacheSize: 100 });
    await store.append(streamId, envelope([established], ctx, '426001'), 'no_stream');
  });
  afterEach(() => store.close());

  /** A command deciding 追加 `amount` under 文号 52号, whose first decision races another request that records `racing` first. */
  const run = (amount: string, racing: string) => {
    const decisions: number[] = [];
    const handled = aggregates.handle(streamId, lineDecider, async (state, revision) => {
      decisions.push(revision);
      if (decisions.length === 1) await store.append(streamId, envelope([increase(racing)], ctx, '426001', [adjustmentEventId]), 'any');
      return { events: lineDecider.decide({ type: 'IncreaseAppropriation', adjustmentId: 'adj-52', amount, reason: '追加', documentNo: '52号', effectiveDate: '2023-06-15' }, state, ctx), unit: '426001', ids: [adjustmentEventId] };
    }, ctx);
    return { handled, decisions };
  };

  it('given another request recorded the same 文号 with another amount meanwhile, when the append finds the id stored, then the command decides again and is refused DOCUMENT_NO_ALREADY_USED', async () => {
    const { handled, decisions } = run('200.00', '300.00');

    const error = await handled.catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('DOCUMENT_NO_ALREADY_USED');
    expect(decisions).toEqual([0, 1]);
    expect(await store.streamRevision(streamId)).toBe(1);
  });

  it('given another request recorded the same command meanwhile, when the append finds the id stored, then the command decides again and records nothing', async () => {
    const { handled, decisions } = run('200.00', '200.00');

    expect(await handled).toMatchObject({ events: [], duplicate: true });
    expect(decisions).toEqual([0, 1]);
    expect(await store.streamRevision(streamId)).toBe(1);
  });
});

/** Issue 14: what a command appended is folded into the cached state, so the next command does not read it back. */
describe('the cached state after a command appended', () => {
  const ctx = systemContext('tester', new Date('2023-07-01T02:00:00Z'));
  const LINE = '426001-2023-P02';
  const streamId = lineStreamId(LINE);
  const established = establishedLine(LINE, 'P02', 'i-2');
  const increase = (n: number) => ({ type: 'IncreaseAppropriation' as const, adjustmentId: `adj-${n}`, amount: '10.50', reason: '追加', documentNo: `${n}号`, effectiveDate: '2023-06-15' });

  it('given commands handled one after another, then each load answers the state a fresh fold of the stream gives, and reads no event back', async () => {
    const store = SqliteEventStore.open({ filename: ':memory:' });
    const aggregates = new AggregateStore(store, { retries: 3, cacheSize: 100 });
    await store.append(streamId, envelope([established], ctx, '426001'), 'no_stream');
    for (let n = 1; n <= 3; n++) {
      await aggregates.handle(streamId, lineDecider, (state) => ({ events: lineDecider.decide(increase(n), state, ctx), unit: '426001' }), ctx);
    }
    const read = jest.spyOn(store, 'readStream');

    const cached = await aggregates.load(streamId, lineDecider);
    const fresh = await new AggregateStore(store, { retries: 3, cacheSize: 0 }).load(streamId, lineDecider);

    expect(cached.revision).toBe(3);
    expect(cached).toEqual(fresh);
    expect((await read.mock.results[0].value as unknown[]).length).toBe(0); // the cached load's tail was empty
    await store.close();
  });
});
