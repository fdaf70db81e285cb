import type { EventStore, StoredEvent } from '@app/event-store';
import { Principal } from '@app/kernel';
import { readLog, redacted } from './event-log';

const event = (position: number, streamId: string, type: string, unit: string | null, actor = 'admin', data: object = {}): StoredEvent => ({
  id: `e${position}`, streamId, revision: 0, position, type, data, storedAt: '2023-03-01T00:00:00.000Z',
  metadata: { eventId: `e${position}`, actor, unit, correlationId: 'c', causationId: null, recordedAt: '2023-03-01T00:00:00.000Z', effectiveDate: '2023-03-01' },
});

/** An in-memory log: readAll by position, readStream by revision. */
function storeOf(events: StoredEvent[]): EventStore {
  return {
    readAll: async ({ after = 0, maxCount = Infinity }: { after?: number; maxCount?: number } = {}) => events.filter((e) => e.position > after).slice(0, maxCount),
    readStream: async (id: string, { fromRevision = 0, maxCount = Infinity }: { fromRevision?: number; maxCount?: number } = {}) =>
      events.filter((e) => e.streamId === id).slice(fromRevision, fromRevision + maxCount),
  } as unknown as EventStore;
}

const auditor: Principal = { username: 'shenji', displayName: '审计', role: 'auditor', units: 'all' };
const scoped: Principal = { ...auditor, units: ['426002'] };
const log = [
  event(1, 'budget-426-2023', 'BudgetDocumentImported.v1', null),
  event(2, 'line-A', 'DisbursementRecorded.v1', '426001', 'kuaiji-a'),
  event(3, 'line-B', 'DisbursementRecorded.v1', '426002', 'kuaiji-b'),
  event(4, 'accounts', 'UserRegistered.v1', null, 'admin', { username: 'x', passwordHash: '$argon2id$secret' }),
  event(5, 'line-B', 'DisbursementReversed.v1', '426002', 'kuaiji-b'),
];

describe('raw event log', () => {
  it('given filters, then events match stream, type and actor, in position order, paged with `next`', async () => {
    const store = storeOf(log);
    expect((await readLog(store, { after: 0, limit: 10, actor: 'kuaiji-b' }, auditor)).events.map((e) => e.position)).toEqual([3, 5]);
    expect((await readLog(store, { after: 0, limit: 10, stream: 'line-B', type: 'DisbursementReversed.v1' }, auditor)).events.map((e) => e.position)).toEqual([5]);
    const page = await readLog(store, { after: 0, limit: 2 }, auditor);
    expect([page.events.map((e) => e.position), page.next]).toEqual([[1, 2], 2]);
    const last = await readLog(store, { after: 4, limit: 2 }, auditor);
    expect([last.events.map((e) => e.position), last.next]).toEqual([[5], null]);
  });

  it('given a reader scoped to a unit, then only events recorded for that unit are shown', async () => {
    expect((await readLog(storeOf(log), { after: 0, limit: 10 }, scoped)).events.map((e) => e.position)).toEqual([3, 5]);
  });

  it('given an account event, then its password hash is redacted and other fields kept', () => {
    expect(redacted(log[3]).data).toEqual({ username: 'x', passwordHash: '[redacted]' });
    expect(redacted(log[1])).toBe(log[1]);
  });
});
