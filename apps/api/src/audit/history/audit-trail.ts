import type { EventStore, StoredEvent } from '@app/event-store';
import { AuditEntry, HistoryModel, actorOf, effectiveDateOf, recordedDateOf, toEntry } from './history-model';

/**
 * Which entries to show. Every bound is an inclusive Asia/Shanghai calendar date. Filters choose the rows
 * shown, never the fold: the state after an entry is the true state even when earlier entries are hidden.
 */
export interface TrailFilter {
  readonly actor?: string;
  /** recorded (记录) date range */
  readonly from?: string;
  readonly to?: string;
  /** effective (业务发生) date range */
  readonly effectiveFrom?: string;
  readonly effectiveTo?: string;
  /** only events about part of the stream (one disbursement of a line) */
  readonly about?: (e: StoredEvent) => boolean;
  /** show only revisions after this one (the previous page's `next`) */
  readonly afterRevision?: number;
}

const within = (v: string | null, lo?: string, hi?: string) =>
  (lo === undefined || (v !== null && v >= lo)) && (hi === undefined || (v !== null && v <= hi));

export function shown(e: StoredEvent, f: TrailFilter): boolean {
  if (f.afterRevision !== undefined && e.revision <= f.afterRevision) return false;
  if (f.about && !f.about(e)) return false;
  if (f.actor !== undefined && actorOf(e) !== f.actor) return false;
  if (!within(effectiveDateOf(e), f.effectiveFrom, f.effectiveTo)) return false;
  return (f.from === undefined && f.to === undefined) || within(recordedDateOf(e), f.from, f.to);
}

/** The folded state of a stream at one revision: where a later page resumes instead of folding from the start. */
export interface Checkpoint {
  readonly revision: number;
  readonly state: unknown;
}

export interface TrailOptions<S> {
  /** fold from this state; `batches` must then start at `revision + 1` */
  readonly start?: { readonly revision: number; readonly state: S };
  /** told the folded state after each shown entry (to keep a page's last one as a checkpoint) */
  readonly seen?: (checkpoint: Checkpoint) => void;
}

/**
 * The audit trail of one stream in a single pass: every event is folded with the model (so `stateAfter`
 * is right), and only the events the filter shows are described and yielded.
 */
export async function* auditTrail<S>(batches: AsyncIterable<readonly StoredEvent[]>, model: HistoryModel<S>, filter: TrailFilter,
  options: TrailOptions<S> = {}): AsyncGenerator<AuditEntry> {
  let state = options.start ? options.start.state : model.initial();
  for await (const batch of batches) {
    for (const e of batch) {
      const before = state;
      state = model.evolve(state, e);
      if (!shown(e, filter)) continue;
      options.seen?.({ revision: e.revision, state });
      yield toEntry(e, model.describe(e, before), state, model);
    }
  }
}

/** Reads a stream in revision order, a batch at a time, so a 100,000-event line is never held whole. */
export async function* streamBatches(store: EventStore, streamId: string, fromRevision = 0, batchSize = 1000): AsyncGenerator<readonly StoredEvent[]> {
  for (let from = fromRevision; ; from += batchSize) {
    const batch = await store.readStream(streamId, { fromRevision: from, maxCount: batchSize });
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
  }
}

export interface TrailPage {
  readonly entries: readonly AuditEntry[];
  /** pass as `after` for the next page; null on the last page */
  readonly next: number | null;
}

/** Up to `limit` entries; reading stops as soon as one more matching entry proves there is a next page. */
export async function firstPage(trail: AsyncGenerator<AuditEntry>, limit: number): Promise<TrailPage> {
  const entries: AuditEntry[] = [];
  for await (const entry of trail) {
    if (entries.length === limit) {
      await trail.return(undefined);
      return { entries, next: entries[entries.length - 1].revision };
    }
    entries.push(entry);
  }
  return { entries, next: null };
}
