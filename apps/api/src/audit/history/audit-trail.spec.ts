import type { EventStore, StoredEvent } from '@app/event-store';
import { Checkpoint, auditTrail, firstPage, shown, streamBatches } from './audit-trail';
import { lineHistory } from './line-history';
import { AuditEntry } from './history-model';
import { batches, established, stored } from './testing';

const line = 'line-L1';
const pay = (revision: number, amount: string, actor: string, effectiveDate: string, recordedAt: string) =>
  stored(line, revision, 'DisbursementRecorded.v1', { disbursementId: `d${revision}`, lineId: 'L1', amount, voucherNo: `记-${revision}`, payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null },
    { actor, effectiveDate, recordedAt });
const events: StoredEvent[] = [
  stored(line, 0, 'AppropriationEstablished.v1', established('1000.00'), { actor: 'system:import', effectiveDate: '2023-01-01', recordedAt: '2023-01-01T01:00:00.000Z' }),
  pay(1, '100.00', 'alice', '2023-02-01', '2023-02-01T03:00:00.000Z'),
  pay(2, '200.00', 'bob', '2023-02-10', '2023-02-10T03:00:00.000Z'),
  // 17:30 UTC on 28 Feb is already 1 March in Shanghai
  pay(3, '300.00', 'alice', '2023-02-28', '2023-02-28T17:30:00.000Z'),
  pay(4, '0.01', 'bob', '2023-03-05', '2023-03-05T03:00:00.000Z'),
];

async function collect(filter: Parameters<typeof auditTrail>[2]): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for await (const e of auditTrail(batches(events), lineHistory, filter)) out.push(e);
  return out;
}

describe('audit trail filters', () => {
  it('given an actor filter, then only that actor entries are shown, each with the state after it counting the hidden ones', async () => {
    const trail = await collect({ actor: 'bob' });
    expect(trail.map((e) => e.revision)).toEqual([2, 4]);
    expect(trail.map((e) => e.stateAfter.disbursed)).toEqual(['300.00', '600.01']);
    expect(trail[1].stateAfter).toMatchObject({ available: '399.99', disbursementCount: 4 });
  });

  it('given a recorded-date range, then dates are Asia/Shanghai calendar dates, bounds included', async () => {
    expect((await collect({ from: '2023-03-01' })).map((e) => e.revision)).toEqual([3, 4]);
    expect((await collect({ from: '2023-02-01', to: '2023-02-28' })).map((e) => e.revision)).toEqual([1, 2]);
    expect((await collect({ to: '2023-01-01' })).map((e) => e.revision)).toEqual([0]);
  });

  it('given an effective-date range, then it selects by business date, which may differ from the recorded date', async () => {
    expect((await collect({ effectiveFrom: '2023-02-10', effectiveTo: '2023-02-28' })).map((e) => e.revision)).toEqual([2, 3]);
    expect((await collect({ effectiveFrom: '2023-03-01', actor: 'alice' }))).toEqual([]);
  });

  it('given an event without metadata dates, then a date filter excludes it rather than guess', () => {
    const bare = { ...events[1], metadata: {} };
    expect(shown(bare, { effectiveFrom: '2023-01-01' })).toBe(false);
    expect(shown(bare, {})).toBe(true);
  });
});

describe('audit trail pages', () => {
  it('given a limit, then a page ends with `next` = its last revision, and the next page continues after it with true figures', async () => {
    const page1 = await firstPage(auditTrail(batches(events), lineHistory, {}), 2);
    expect(page1.entries.map((e) => e.revision)).toEqual([0, 1]);
    expect(page1.next).toBe(1);
    const page2 = await firstPage(auditTrail(batches(events), lineHistory, { afterRevision: 1 }), 2);
    expect(page2.entries.map((e) => e.revision)).toEqual([2, 3]);
    expect(page2.entries[0].stateAfter.disbursed).toBe('300.00');
    const page3 = await firstPage(auditTrail(batches(events), lineHistory, { afterRevision: 3 }), 2);
    expect(page3).toMatchObject({ next: null });
    expect(page3.entries.map((e) => e.revision)).toEqual([4]);
  });

  it('given exactly `limit` entries left, then the page says there is no next one', async () => {
    const page = await firstPage(auditTrail(batches(events), lineHistory, { actor: 'alice' }), 2);
    expect(page.entries.map((e) => e.revision)).toEqual([1, 3]);
    expect(page.next).toBeNull();
  });
});

describe('audit trail checkpoints', () => {
  it('given the state kept at the end of a page, when the next page resumes from it, then its entries equal those of a full fold', async () => {
    const seen: Checkpoint[] = [];
    const page1 = await firstPage(auditTrail(batches(events), lineHistory, {}, { seen: (c) => seen.push(c) }), 2);
    const checkpoint = seen.find((c) => c.revision === page1.next) as Checkpoint;
    expect(checkpoint.revision).toBe(1);
    const resumed = await firstPage(auditTrail(batches(events.slice(2)), lineHistory, { afterRevision: 1 },
      { start: { revision: 1, state: checkpoint.state as ReturnType<typeof lineHistory.initial> } }), 10);
    const full = await firstPage(auditTrail(batches(events), lineHistory, { afterRevision: 1 }), 10);
    expect(resumed).toEqual(full);
    expect(resumed.entries.at(-1)?.stateAfter.disbursed).toBe('600.01');
  });
});

describe('stream batches', () => {
  it('given a stream longer than a batch, then it is read in revision order a batch at a time', async () => {
    const calls: number[] = [];
    const store = {
      readStream: async (_: string, o: { fromRevision: number; maxCount: number }) => {
        calls.push(o.fromRevision);
        return events.slice(o.fromRevision, o.fromRevision + o.maxCount);
      },
    } as unknown as EventStore;
    const read: number[] = [];
    for await (const b of streamBatches(store, line, 0, 2)) read.push(...b.map((e) => e.revision));
    expect(read).toEqual([0, 1, 2, 3, 4]);
    expect(calls).toEqual([0, 2, 4]);
  });
});
