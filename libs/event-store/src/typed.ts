import type { StoredEvent } from './event-store.port';

/**
 * A stored event seen through the union of event types an application records: `switch (event.type)` narrows
 * `data` without a cast. The store keeps JSON and cannot check it; the application states what it wrote.
 */
export type StoredEventOf<E extends { readonly type: string; readonly data: unknown }> =
  E extends unknown ? Omit<StoredEvent, 'type' | 'data'> & { readonly type: E['type']; readonly data: E['data'] } : never;
