import type { AppendResult, EventStore } from '@app/event-store';

/**
 * 门铃 (doorbell): rung with the new head position after every append made through this process's store,
 * so that whoever follows the store (the projector thread) learns that something was written without
 * reading it. Appends of other processes are found by their own doorbell or by polling.
 */
export class HeadDoorbell {
  private readonly listeners = new Set<(head: number) => void>();

  ring(head: number): void {
    for (const listener of [...this.listeners]) listener(head);
  }

  /** Answers the function that stops listening. */
  listen(listener: (head: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const HEAD_DOORBELL = Symbol('HEAD_DOORBELL');

/** The same store, ringing `doorbell` with the highest position each successful append reached. */
export function ringingOnAppend(store: EventStore, doorbell: HeadDoorbell): EventStore {
  const ring = (results: readonly AppendResult[]) => {
    let head = 0;
    for (const r of results) head = Math.max(head, r.position);
    if (head > 0) doorbell.ring(head);
    return results;
  };
  // the store's own methods, taken now. A wrapper put on the store later (tests count or hold appends) is answered
  // as it is: it wraps what it found here, these ringing methods, which call the originals, never back into it
  const original = { append: store.append, appendMultiple: store.appendMultiple };
  const ringing = {
    append: async (...args: Parameters<EventStore['append']>) => ring([await original.append.apply(store, args)])[0],
    appendMultiple: async (...args: Parameters<EventStore['appendMultiple']>) => ring(await original.appendMultiple.apply(store, args)),
  };
  return new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property); // the store itself as `this`: its private fields stay reachable
      if ((property === 'append' || property === 'appendMultiple') && value === original[property]) return ringing[property];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
