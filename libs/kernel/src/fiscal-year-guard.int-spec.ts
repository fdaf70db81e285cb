import { DomainError, DomainEvent, fiscalYearStreamId, lineDecider } from '@app/domain';
import { SqliteEventStore } from '@app/event-store';
import { AggregateStore } from './aggregate-store';
import { systemContext } from './command-context';
import { envelope } from './envelope';

/**
 * ADR 0013 at the kernel: every write (handle, handleMany, append, appendMultiple, dry runs) is refused when one of
 * its events takes effect in a closed fiscal year, and a close recorded between a command's read and its append
 * makes the append fail and the command see the closed year on its retry.
 */
describe('the closed fiscal year rule in the aggregate store', () => {
  let store: SqliteEventStore;
  let aggregates: AggregateStore;
  const ctx = systemContext('tester', new Date('2024-02-01T02:00:00Z'));
  const paid = (date: string, id = 'd-1'): DomainEvent => ({
    type: 'DisbursementRecorded.v1', effectiveDate: date,
    data: { disbursementId: id, lineId: 'L', amount: '1.00', voucherNo: id, payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null },
  });
  const lock = (year: number): DomainEvent => ({ type: 'FiscalYearLocked.v1', effectiveDate: '2024-02-01', data: { fiscalYear: year, reason: '结账', rules: {}, early: false } });
  const reopen = (year: number): DomainEvent => ({ type: 'FiscalYearReopened.v1', effectiveDate: '2024-02-01', data: { fiscalYear: year, reason: '补记' } });
  const closeYear = (year: number) => store.append(fiscalYearStreamId(year), envelope([lock(year)], ctx, null), 'any');

  async function refusal(run: () => Promise<unknown>): Promise<DomainError> {
    try { await run(); } catch (e) { expect(e).toBeInstanceOf(DomainError); return e as DomainError; }
    throw new Error('expected FISCAL_YEAR_CLOSED');
  }

  /** runs once just before the next multi-stream append reaches the store: another request writing in between */
  let beforeNextAppend: (() => Promise<unknown>) | undefined;

  beforeEach(() => {
    store = SqliteEventStore.open({ filename: ':memory:' });
    const racing = new Proxy(store, {
      get(target, prop) {
        if (prop === 'appendMultiple') {
          return async (writes: never) => {
            const hook = beforeNextAppend;
            beforeNextAppend = undefined;
            if (hook) await hook();
            return target.appendMultiple(writes);
          };
        }
        const value = Reflect.get(target, prop) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    aggregates = new AggregateStore(racing, { retries: 3, cacheSize: 100 });
  });
  afterEach(async () => { await store.close(); });

  it('an open year takes the write; a closed one refuses it with nothing recorded, naming the year', async () => {
    await aggregates.append('line-L', envelope([paid('2023-06-30')], ctx, '426001'), 'any');
    await closeYear(2023);
    const head = await store.headPosition();
    const e = await refusal(() => aggregates.append('line-L', envelope([paid('2023-12-31', 'd-2')], ctx, '426001'), 'any'));
    expect([e.code, e.kind, e.field, e.details]).toEqual(['FISCAL_YEAR_CLOSED', 'conflict', 'effectiveDate', { fiscalYear: 2023, status: 'closing' }]);
    expect(await store.headPosition()).toBe(head);
    // the next year and the facts of no year go on
    await aggregates.append('line-L', envelope([paid('2024-01-02', 'd-3')], ctx, '426001'), 'any');
    await aggregates.append('accounts', envelope([{ type: 'UserRoleChanged.v1', effectiveDate: '2023-12-31', data: {} }], ctx, null), 'any');
  });

  it('a year named in the data (a budget document for 2023 dated in 2024) is refused too, naming fiscalYear', async () => {
    await closeYear(2023);
    const e = await refusal(() => aggregates.appendMultiple([{ streamId: 'budget-426-2023', expectedRevision: 'any',
      events: envelope([{ type: 'BudgetDocumentImported.v1', effectiveDate: '2024-01-05', data: { fiscalYear: 2023 } }], ctx, null) }]));
    expect([e.code, e.field]).toEqual(['FISCAL_YEAR_CLOSED', 'fiscalYear']);
  });

  it('handle: a close recorded while the command decides makes its append fail; the retry refuses it', async () => {
    let attempts = 0;
    beforeNextAppend = () => closeYear(2023); // another request closes the year after this one checked it, before it appends
    const e = await refusal(() => aggregates.handle('line-L', lineDecider, async () => {
      attempts++;
      return { events: [paid('2023-12-31', 'race')] as never[], unit: '426001' };
    }, ctx));
    expect(e.code).toBe('FISCAL_YEAR_CLOSED');
    expect(attempts).toBe(2);
    expect(await store.readStream('line-L')).toEqual([]);
  });

  it('with If-Match, a year closed meanwhile still answers FISCAL_YEAR_CLOSED, not a stale revision', async () => {
    beforeNextAppend = () => closeYear(2023);
    const e = await refusal(() => aggregates.handle('line-L', lineDecider, async () => (
      { events: [paid('2023-12-31', 'if-match')] as never[], unit: '426001' }), { ...ctx, expectedRevision: -1 }));
    expect(e.code).toBe('FISCAL_YEAR_CLOSED');
  });

  it('handleMany, also as a dry run, refuses a decision in a closed year', async () => {
    await closeYear(2023);
    const streams = [{ streamId: 'line-A', reducer: lineDecider }, { streamId: 'line-B', reducer: lineDecider }] as const;
    const decide = () => [{ events: [] as never[], unit: null }, { events: [paid('2023-05-05', 'many')] as never[], unit: '426001' }];
    expect((await refusal(() => aggregates.handleMany(streams, decide, ctx, { dryRun: true }))).code).toBe('FISCAL_YEAR_CLOSED');
    expect((await refusal(() => aggregates.handleMany(streams, decide, ctx))).code).toBe('FISCAL_YEAR_CLOSED');
  });

  it('after an admin reopens the year, the same write is taken', async () => {
    await closeYear(2023);
    await store.append(fiscalYearStreamId(2023), envelope([reopen(2023)], ctx, null), 'any');
    await aggregates.append('line-L', envelope([paid('2023-12-31', 'after')], ctx, '426001'), 'any');
    expect((await store.readStream('line-L')).map((e) => e.data)).toEqual([expect.objectContaining({ disbursementId: 'after' })]);
  });
});
