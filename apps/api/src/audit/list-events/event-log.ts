import type { EventStore, StoredEvent } from '@app/event-store';
import { Principal } from '@app/kernel';
import { streamBatches } from '../history/audit-trail';

export interface LogFilter {
  readonly after: number;
  readonly limit: number;
  readonly stream?: string;
  readonly type?: string;
  readonly actor?: string;
}

/** Events per read; and how many one request may examine before answering a partial page with `next`. */
const BATCH = 1000;
export const SCAN_BUDGET = 50_000;

/** Secrets kept in events (argon2 password hashes) never leave through the log. */
const SECRET_FIELDS = new Set(['passwordHash']);

export function redacted(e: StoredEvent): StoredEvent {
  const data = e.data;
  if (data === null || typeof data !== 'object' || !Object.keys(data).some((k) => SECRET_FIELDS.has(k))) return e;
  const copy = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, SECRET_FIELDS.has(k) ? '[redacted]' : v]));
  return { ...e, data: copy };
}

/**
 * Whether the caller sees this event: department-wide readers see all; a reader scoped to units sees the
 * events recorded for those units (not budget documents or accounts, which belong to no unit).
 */
export function visibleTo(e: StoredEvent, p: Principal): boolean {
  if (p.units === 'all') return true;
  const unit = e.metadata.unit;
  return typeof unit === 'string' && p.units.includes(unit);
}

export function matchesLog(e: StoredEvent, f: LogFilter): boolean {
  return e.position > f.after
    && (f.stream === undefined || e.streamId === f.stream)
    && (f.type === undefined || e.type === f.type)
    && (f.actor === undefined || e.metadata.actor === f.actor);
}

export interface LogPage {
  readonly events: readonly StoredEvent[];
  /** pass as `after` to continue; null when the log holds nothing further (for now) */
  readonly next: number | null;
}

async function* globalBatches(store: EventStore, after: number): AsyncGenerator<readonly StoredEvent[]> {
  for (let from = after; ;) {
    const batch = await store.readAll({ after: from, maxCount: BATCH });
    if (batch.length > 0) yield batch;
    if (batch.length < BATCH) return;
    from = batch[batch.length - 1].position;
  }
}

/**
 * One page of the global log in position order. Filters other than `stream` are applied while scanning:
 * after SCAN_BUDGET events without filling the page it answers what it found with `next` where it stopped,
 * so a rare actor never makes one request read the whole store.
 */
export async function readLog(store: EventStore, f: LogFilter, p: Principal): Promise<LogPage> {
  const events: StoredEvent[] = [];
  let scanned = 0;
  let last = f.after;
  const source = f.stream !== undefined ? streamBatches(store, f.stream, 0, BATCH) : globalBatches(store, f.after);
  for await (const batch of source) {
    for (const e of batch) {
      if (e.position <= f.after) continue;
      if (events.length === f.limit) return { events, next: last };
      last = e.position;
      scanned++;
      if (matchesLog(e, f) && visibleTo(e, p)) events.push(redacted(e));
      if (scanned >= SCAN_BUDGET && events.length < f.limit) return { events, next: last };
    }
  }
  return { events, next: null };
}
