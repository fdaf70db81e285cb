import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, StoredEvent } from '../event-store.port';

/** What each contract test gets: the store under test, and a way to reopen it on the same data. */
export interface ContractContext {
  readonly store: EventStore;
  /** Opens a new store on the same data; the test closes the current one first. */
  reopen(): Promise<EventStore>;
}

export interface ContractFixture {
  readonly store: EventStore;
  readonly reopen: () => Promise<EventStore>;
  readonly cleanup: () => Promise<void>;
}

export type ContractFactory = () => Promise<ContractFixture>;

/** Stream ids are unique per test so the suite also runs against a shared server (KurrentDB). */
export function newStreamId(prefix = 'budget_line'): string {
  return `${prefix}-${randomUUID()}`;
}

export function newEvent(type = 'AppropriationRecorded', data: unknown = { amount: '100.00' }): NewEvent {
  return { id: randomUUID(), type, data, metadata: { correlationId: randomUUID(), userId: 'u-1' } };
}

export function newEvents(count: number, type = 'AppropriationRecorded'): NewEvent[] {
  return Array.from({ length: count }, (_, i) => newEvent(type, { seq: i, amount: `${i}.00` }));
}

export const ids = (events: readonly { readonly id: string }[]): string[] => events.map((e) => e.id);
export const revisions = (events: readonly StoredEvent[]): number[] => events.map((e) => e.revision);
export const positions = (events: readonly StoredEvent[]): number[] => events.map((e) => e.position);

export function expectStrictlyIncreasing(values: readonly number[]): void {
  for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
}

/** Events appended by this test only: other writers of a shared store are filtered out. */
export async function readAllOf(store: EventStore, streams: readonly string[], after: number): Promise<StoredEvent[]> {
  const all = await store.readAll({ after });
  return all.filter((event) => streams.includes(event.streamId));
}

/** Polls `condition` until true; fails the test after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs = 30_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Awaits a promise expected to reject, and returns the reason for precise assertions. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
