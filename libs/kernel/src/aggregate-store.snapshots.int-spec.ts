import {
  AppropriationEvent, DomainError, LineCommand, LineState, OpenLine, lineDecider, lineStreamId, toYuanString,
} from '@app/domain';
import { Snapshot, SnapshotStore, SqliteEventStore, SqliteSnapshotStore } from '@app/event-store';
import { AggregateStore, AggregateStoreOptions, PageFolded } from './aggregate-store';
import { systemContext } from './command-context';
import { deterministicId, reversalEventId } from './deterministic-id';
import { envelope } from './envelope';
import { findPaymentOnRecord } from './payments-on-record';
import { encodeState } from './snapshots/state-codec';

/**
 * ADR 0020 at the kernel: a cold load folds from the stream's snapshot and the events after it, read in pages with
 * a turn of the event loop in between; snapshots are written off the command's path, every N events; a changed
 * fold (another version) ignores them; deleting them changes no decision; a line of 100,000 events decides correctly.
 */
describe('aggregate snapshots and paged loads', () => {
  const ctx = systemContext('tester', new Date('2023-12-31T02:00:00Z'));
  const LINE = 'L-2023-1';
  const stream = lineStreamId(LINE);
  const idOf = (n: number) => deterministicId(`test-disbursement/${n}`);
  let store: SqliteEventStore;
  let snapshots: SqliteSnapshotStore;

  beforeEach(() => {
    store = SqliteEventStore.open({ filename: ':memory:' });
    snapshots = SqliteSnapshotStore.open({ filename: ':memory:' });
  });
  afterEach(async () => { await snapshots.close(); await store.close(); });

  /** A process starting on the same stores: nothing in memory. */
  const start = (options: Partial<AggregateStoreOptions> = {}) =>
    new AggregateStore(store, { retries: 3, cacheSize: 100, snapshots, snapshotPolicy: { every: 100, foldBudgetMs: 1e9 }, pageSize: 50, ...options });
  const pagesOf = (aggregates: AggregateStore) => {
    const pages: PageFolded[] = [];
    aggregates.observePages((p) => { pages.push(p); });
    return pages;
  };

  const established: AppropriationEvent = {
    type: 'AppropriationEstablished.v1', effectiveDate: '2023-01-01',
    data: {
      lineId: LINE, fiscalYear: 2023, department: '426', unit: '426002', type: 'project', project: 'P01', projectName: '就业补助资金', basicKind: null,
      functional: '2080705', economic: null, fundingSource: '一般公共预算拨款', amount: '900000000.00', overspendPolicy: 'block', revolvingFund: false,
      importId: 'import-1', inferred: [],
    },
  };
  /** the n-th payment: amounts cycle through cents and large sums, dates through the year */
  const amountOf = (n: number) => ['0.01', '1900.00', '33.33', '1234.56', '0.10'][n % 5];
  const paid = (n: number): AppropriationEvent => ({
    type: 'DisbursementRecorded.v1', effectiveDate: `2023-${String(1 + (n % 12)).padStart(2, '0')}-15`,
    data: { disbursementId: idOf(n), lineId: LINE, amount: amountOf(n), voucherNo: `V-${n}`, payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null },
  });

  /** Appends the line's establishment and payments 1…count straight to the store, in batches, as imports would have. */
  async function seed(count: number, from = 1) {
    let revision = from === 1 ? (await store.append(stream, envelope([established], ctx, '426002'), 'no_stream')).nextExpectedRevision : await store.streamRevision(stream);
    for (let n = from; n < from + count; n += 1000) {
      const batch = Array.from({ length: Math.min(1000, from + count - n) }, (_, i) => n + i);
      revision = (await store.append(stream, envelope(batch.map(paid), ctx, '426002', batch.map(idOf)), revision)).nextExpectedRevision;
    }
    return revision;
  }

  /** A command on the line, as the handlers run it: the payment it is about is looked up in the store in each attempt. */
  const record = (aggregates: AggregateStore, n: number, amount: string, date = '2023-12-30') => aggregates.handle(stream, lineDecider, async (state) => {
    const onRecord = await findPaymentOnRecord(store, idOf(n), { reversal: false });
    const command: LineCommand = {
      type: 'RecordDisbursement', disbursementId: idOf(n), amount, voucherNo: `V-${n}`, payee: null, summary: null, subsidyCategory: null,
      beneficiaries: null, economic: null, effectiveDate: date, onRecord,
    };
    return { events: lineDecider.decide(command, state, ctx), unit: '426002', ids: [idOf(n)] };
  }, ctx);
  const reverse = (aggregates: AggregateStore, n: number) => aggregates.handle(stream, lineDecider, async (state) => {
    const onRecord = await findPaymentOnRecord(store, idOf(n), { reversal: true });
    const command: LineCommand = { type: 'ReverseDisbursement', disbursementId: idOf(n), amount: null, reason: '冲销', effectiveDate: '2023-12-31', onRecord };
    return { events: lineDecider.decide(command, state, ctx), unit: '426002', ids: [reversalEventId(idOf(n))] };
  }, ctx);
  const codeOf = async (run: () => Promise<unknown>) => {
    try { await run(); } catch (e) { if (e instanceof DomainError) return e.code; throw e; }
    return 'recorded';
  };
  const figures = (state: LineState) => {
    const line = state as OpenLine;
    return { appropriated: toYuanString(line.appropriated), disbursed: toYuanString(line.disbursed), count: line.disbursementCount };
  };

  describe('given a line folded once, its snapshot written', () => {
    it('when the process starts again, then the first load reads the snapshot and only the events after it, to the state a full fold gives', async () => {
      const seeded = await seed(1233);
      const first = start();
      expect((await first.load(stream, lineDecider)).revision).toBe(seeded);
      await first.flushSnapshots();
      expect((await snapshots.read(stream, 'line'))?.revision).toBe(seeded);
      const head = await seed(7, 1234);

      const restarted = start();
      const pages = pagesOf(restarted);
      const loaded = await restarted.load(stream, lineDecider);

      expect(pages).toEqual([{ streamId: stream, page: 0, events: 7, revision: head }]);
      const full = await start({ snapshots: null }).load(stream, lineDecider);
      expect(loaded).toEqual(full);
      expect(figures(loaded.state)).toEqual(figures(full.state));
      expect(figures(loaded.state).count).toBe(1240);
    });

    it('when commands go on, then a new snapshot is written once 100 more events are folded (SNAPSHOT_EVERY), after the commands answered', async () => {
      const seeded = await seed(149);
      const aggregates = start();
      await aggregates.load(stream, lineDecider);
      await aggregates.flushSnapshots();
      expect((await snapshots.read(stream, 'line'))?.revision).toBe(seeded);
      for (let n = 150; n < 249; n++) await record(aggregates, n, '1.00');
      await aggregates.flushSnapshots();
      expect((await snapshots.read(stream, 'line'))?.revision).toBe(seeded); // 99 folded since: not yet
      await record(aggregates, 249, '1.00');
      await record(aggregates, 250, '1.00'); // its load folds the 100th event since the snapshot
      await aggregates.flushSnapshots();
      expect((await snapshots.read(stream, 'line'))?.revision).toBe(seeded + 100);
    });

    it('when a large append goes through the aggregate store (a committed import), then the line is folded again and snapshotted in the background', async () => {
      await seed(10);
      const aggregates = start();
      const { revision } = await aggregates.load(stream, lineDecider);
      const batch = Array.from({ length: 300 }, (_, i) => 11 + i);
      const appended = await aggregates.append(stream, envelope(batch.map(paid), ctx, '426002', batch.map(idOf)), revision);
      await aggregates.flushSnapshots();
      expect((await snapshots.read(stream, 'line'))?.revision).toBe(appended.revision);
    });
    it('when an import stages 300 payments on the line, then no snapshot holds them; once it is applied, the next one due is written', async () => {
      const seeded = await seed(10);
      const aggregates = start();
      await aggregates.load(stream, lineDecider);
      await aggregates.flushSnapshots();
      const staged = Array.from({ length: 300 }, (_, i) => 11 + i);
      const stagedEvents = staged.map((n) => { const e = paid(n); return { ...e, data: { ...e.data, importId: 'imp-1' } } as AppropriationEvent; });
      const appended = await aggregates.append(stream, envelope(stagedEvents, ctx, '426002', staged.map(idOf)), seeded);
      await aggregates.flushSnapshots();
      expect(await snapshots.read(stream, 'line')).toBeUndefined(); // due (300 events folded), but the staged payments are in flight
      const applied: AppropriationEvent = { type: 'DisbursementImportApplied.v1', effectiveDate: '2023-12-31', data: { importId: 'imp-1', lineId: LINE } };
      await aggregates.append(stream, envelope([applied], ctx, '426002', [deterministicId('imp-1/applied')]), appended.revision);
      const more = Array.from({ length: 100 }, (_, i) => 400 + i);
      const last = await aggregates.append(stream, envelope(more.map(paid), ctx, '426002', more.map(idOf)), appended.revision + 1);
      await aggregates.flushSnapshots();
      const snapshot = await snapshots.read(stream, 'line');
      expect(snapshot?.revision).toBe(last.revision);
      expect(figures((await start().load(stream, lineDecider)).state).count).toBe(410);
    });
  });

  describe('given a snapshot of another version of the fold (the fold changed)', () => {
    it('when loaded, then the snapshot is ignored, the whole stream is folded, and a snapshot of this version replaces it', async () => {
      const seeded = await seed(120);
      // a snapshot the old fold wrote, saying the line is still empty at the head revision
      const { version } = lineDecider.snapshot;
      const stale: Snapshot = { streamId: stream, fold: 'line', version, revision: seeded, state: encodeState(lineDecider.evolve(lineDecider.initialState(), established)) };
      await snapshots.write(stale);
      expect(figures((await start().load(stream, lineDecider)).state).count).toBe(0); // the same version trusts it: it is its own cache

      const changedFold = { ...lineDecider, snapshot: { fold: 'line', version: version + 1 } };
      const restarted = start();
      const pages = pagesOf(restarted);
      const loaded = await restarted.load(stream, changedFold);

      expect(pages[0]).toMatchObject({ page: 0, events: 50, revision: 49 });
      expect(pages.reduce((n, p) => n + p.events, 0)).toBe(seeded + 1);
      expect(figures(loaded.state).count).toBe(120);
      await restarted.flushSnapshots();
      expect(await snapshots.read(stream, 'line')).toMatchObject({ version: version + 1, revision: seeded });
    });
  });

  describe('given the same history with and without snapshots', () => {
    it('when every snapshot is deleted, then every decision is the same', async () => {
      await seed(260);
      const commands: LineCommand[] = [
        { type: 'RecordDisbursement', disbursementId: idOf(7), amount: amountOf(7), voucherNo: 'V-7', payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null, effectiveDate: '2023-08-15', onRecord: null },
        { type: 'RecordDisbursement', disbursementId: idOf(7), amount: '9.99', voucherNo: 'V-7', payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null, effectiveDate: '2023-08-15', onRecord: null },
        { type: 'RecordDisbursement', disbursementId: idOf(999), amount: '900000000.00', voucherNo: 'V-999', payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null, effectiveDate: '2023-12-01', onRecord: null },
        { type: 'ReverseDisbursement', disbursementId: idOf(12), amount: null, reason: '冲销', effectiveDate: '2023-12-31', onRecord: null },
        { type: 'DecreaseAppropriation', amount: '1.00', reason: '调减', documentNo: null, effectiveDate: '2023-12-31' },
      ];
      const decisions = async (aggregates: AggregateStore) => {
        const { state, revision } = await aggregates.load(stream, lineDecider);
        const out: unknown[] = [revision];
        for (const c of commands) {
          const onRecord = 'disbursementId' in c ? await findPaymentOnRecord(store, c.disbursementId, { reversal: true }) : null;
          try { out.push(lineDecider.decide({ ...c, onRecord } as LineCommand, state, ctx)); } catch (e) { out.push((e as DomainError).code); }
        }
        return out;
      };
      const warm = start();
      await warm.load(stream, lineDecider);
      await warm.flushSnapshots();
      expect(await snapshots.read(stream, 'line')).toBeDefined();
      const withSnapshot = await decisions(start());

      expect(await snapshots.clear()).toBe(1);
      const withoutSnapshot = await decisions(start());

      expect(withoutSnapshot).toEqual(withSnapshot);
      expect(withSnapshot.slice(2)).toEqual(['VOUCHER_ALREADY_USED', 'OVERSPEND_BLOCKED', expect.any(Array), expect.any(Array)]);
      expect(withSnapshot[1]).toEqual([]); // the same payment again: nothing new
    });
  });

  describe('given a long stream', () => {
    it('when loaded cold, then it is read in pages of STREAM_PAGE_SIZE and the event loop has a turn between pages', async () => {
      await seed(149); // 150 events: three pages of 50
      const aggregates = start({ snapshots: null });
      const order: string[] = [];
      aggregates.observePages((p) => { order.push(`page ${p.page}`); });
      setImmediate(() => order.push('another callback'));
      await aggregates.load(stream, lineDecider);
      expect(order).toEqual(['page 0', 'another callback', 'page 1', 'page 2']);
    });

    it('when many commands arrive while it is loading cold, then it is folded once and each reads only the tail after it', async () => {
      await seed(149);
      const aggregates = start({ snapshots: null });
      const pages = pagesOf(aggregates);
      const loads = await Promise.all([1, 2, 3, 4].map(() => aggregates.load(stream, lineDecider)));
      expect(new Set(loads.map((l) => l.revision))).toEqual(new Set([149]));
      expect(pages.map((p) => p.page)).toEqual([0, 1, 2]);
    });

    it('when a snapshot cannot be written, then the command is answered anyway and the failure is reported', async () => {
      await seed(149);
      const failures: string[] = [];
      const broken: SnapshotStore = { read: async () => undefined, write: async () => { throw new Error('disk full'); }, clear: async () => 0, close: async () => undefined };
      const aggregates = start({ snapshots: broken, onSnapshotError: (e, streamId) => failures.push(`${streamId}: ${(e as Error).message}`) });
      expect(await codeOf(() => record(aggregates, 150, '1.00'))).toBe('recorded');
      await aggregates.flushSnapshots();
      expect(failures).toEqual([`${stream}: disk full`]);
    });
  });

  describe('given a line of 100,000 events and no snapshot (the first start after an upgrade)', () => {
    it('when the first commands come, then they decide exactly: totals, the last cent, a repeated 凭证号, a 冲销 deep in the history', async () => {
      const seeded = await seed(99_999);
      expect(seeded).toBe(99_999);
      const aggregates = start({ pageSize: 1000, snapshotPolicy: { every: 500, foldBudgetMs: 20 } });
      const pages = pagesOf(aggregates);

      const { state } = await aggregates.load(stream, lineDecider);
      // payments 1–99,995: 19,999 cycles of 1900.00 + 33.33 + 1234.56 + 0.10 + 0.01 = 3168.00; then 99,996–99,999: 1900.00 + 33.33 + 1234.56 + 0.10
      expect(figures(state)).toEqual({ appropriated: '900000000.00', disbursed: '63359999.99', count: 99_999 });
      expect(pages).toHaveLength(100);
      expect(encodeState(state).length).toBeLessThan(2000); // totals, not 99,999 payments

      expect(await codeOf(() => record(aggregates, 77_777, amountOf(77_777), paid(77_777).effectiveDate))).toBe('recorded'); // the same payment: nothing new
      expect(await store.streamRevision(stream)).toBe(seeded);
      expect(await codeOf(() => record(aggregates, 77_777, '5.00'))).toBe('VOUCHER_ALREADY_USED');
      expect(await codeOf(() => reverse(aggregates, 50_000))).toBe('recorded');
      expect(await codeOf(() => reverse(aggregates, 50_000))).toBe('DISBURSEMENT_ALREADY_REVERSED');
      // the whole available balance, to the cent: 900,000,000.00 − 63,359,999.99 + 0.01 (payment 50,000 was 0.01, reversed)
      expect(await codeOf(() => record(aggregates, 100_001, '836640000.03'))).toBe('OVERSPEND_BLOCKED');
      expect(await codeOf(() => record(aggregates, 100_002, '836640000.02'))).toBe('recorded');
      expect(figures((await aggregates.load(stream, lineDecider)).state)).toEqual({ appropriated: '900000000.00', disbursed: '900000000.00', count: 100_000 });

      await aggregates.flushSnapshots();
      const snapshot = await snapshots.read(stream, 'line');
      expect(snapshot?.revision).toBeGreaterThanOrEqual(seeded);
      const restarted = start({ pageSize: 1000 });
      const again = pagesOf(restarted);
      expect(figures((await restarted.load(stream, lineDecider)).state)).toEqual({ appropriated: '900000000.00', disbursed: '900000000.00', count: 100_000 });
      expect(again.reduce((n, p) => n + p.events, 0)).toBeLessThan(10); // from the snapshot: the few events after it
    }, 240_000);
  });
});
