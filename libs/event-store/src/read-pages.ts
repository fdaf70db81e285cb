import { setImmediate as nextTurn } from 'node:timers/promises';
import type { EventStore, StoredEvent } from './event-store.port';

export interface StreamPagesOptions {
  /** first revision to read (inclusive), default 0 */
  readonly fromRevision?: number;
  /** events per page, default 1000 */
  readonly pageSize?: number;
}

export const DEFAULT_STREAM_PAGE_SIZE = 1000;

/**
 * A stream read page by page (each page one indexed range read of `pageSize` events), giving the event loop a turn
 * between pages: a long stream (a line with 100,000 payments, folded cold after a start) never holds every event
 * in memory at once, and never keeps other requests waiting for the whole read (ADR 0020). A short tail — the
 * usual read of a cached state — is one read and no extra turn.
 */
export async function* readStreamPages(store: EventStore, streamId: string, options: StreamPagesOptions = {}): AsyncGenerator<readonly StoredEvent[]> {
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_STREAM_PAGE_SIZE));
  let from = options.fromRevision ?? 0;
  for (let page = 0; ; page++) {
    // the turn comes after the consumer has handled the page before (an async generator resumes on next())
    if (page > 0) await nextTurn();
    const events = await store.readStream(streamId, { fromRevision: from, maxCount: pageSize });
    if (events.length > 0) yield events;
    if (events.length < pageSize) return;
    from = events[events.length - 1].revision + 1;
  }
}
