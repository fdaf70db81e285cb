import type { RecordedEvent } from '@app/domain';
import type { StoredEvent, StoredEventOf } from '@app/event-store';

/** An event read back from the store, typed by what the product records: narrow it with `switch (event.type)`. */
export type Recorded = StoredEventOf<RecordedEvent>;

/**
 * The one place the store's JSON is taken at its word: everything in it was written by this product through
 * the deciders and the envelope, under the types of `RecordedEvent`.
 */
export function recorded(event: StoredEvent): Recorded;
export function recorded(events: readonly StoredEvent[]): readonly Recorded[];
export function recorded(e: StoredEvent | readonly StoredEvent[]): Recorded | readonly Recorded[] {
  return e as Recorded | readonly Recorded[];
}
