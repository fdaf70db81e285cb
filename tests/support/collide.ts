import type { EventStore } from '@app/event-store';
import type { AggregateStore } from '@app/kernel';

export interface Collision {
  /** appends refused with WRONG_EXPECTED_REVISION so far (each one a command that had to retry) */
  conflicts(): number;
  /** puts the store's own methods back */
  restore(): void;
}

/**
 * Makes concurrent commands collide on a stream, however the machine schedules them. The embedded SQLite store
 * answers synchronously, so commands of one process rarely interleave between load and append by themselves:
 * here the first load of a stream that `matches` is held until a second command has loaded it too (a positive
 * rendezvous, bounded by `timeoutMs`), so that both decide on the same revision and one append must be refused
 * and retried. Later loads pass at once. Appends are counted, not changed.
 *
 * Commands of one process on one stream take turns (the aggregate store's StreamQueue), so they never meet: pass
 * the app's `aggregates` to let each request act as if it came from its own instance, as requests to several API
 * instances do, meeting only through the store's optimistic concurrency.
 */
export function collideOn(store: EventStore, matches: (streamId: string) => boolean, options: { aggregates?: AggregateStore; timeoutMs?: number } = {}): Collision {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const ownQueue = options.aggregates && Object.getOwnPropertyDescriptor(options.aggregates, 'queue');
  if (options.aggregates) {
    Object.defineProperty(options.aggregates, 'queue', { value: { run: (_keys: readonly string[], work: () => Promise<unknown>) => work() }, configurable: true, writable: true });
  }
  const target = store as { readStream: EventStore['readStream']; append: EventStore['append']; appendMultiple: EventStore['appendMultiple'] };
  const { readStream, append, appendMultiple } = target;
  const ownOf = (name: string) => (Object.prototype.hasOwnProperty.call(target, name) ? (target as unknown as Record<string, unknown>)[name] : undefined);
  const original = { readStream: ownOf('readStream'), append: ownOf('append'), appendMultiple: ownOf('appendMultiple') };
  let conflicts = 0;
  const first = new Map<string, () => void>();
  const met = new Set<string>();
  const rendezvous = (streamId: string): Promise<void> => {
    if (!matches(streamId) || met.has(streamId)) return Promise.resolve();
    const waiting = first.get(streamId);
    if (waiting) {
      met.add(streamId);
      first.delete(streamId);
      waiting();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => { first.delete(streamId); resolve(); }, timeoutMs);
      first.set(streamId, () => { clearTimeout(timer); resolve(); });
    });
  };
  target.readStream = async (...args) => {
    const events = await readStream.apply(store, args);
    await rendezvous(args[0]);
    return events;
  };
  const counting = <A extends unknown[], R>(write: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    try {
      return await write.apply(store, args);
    } catch (error) {
      if ((error as { code?: string }).code === 'WRONG_EXPECTED_REVISION') conflicts++;
      throw error;
    }
  };
  target.append = counting(append);
  target.appendMultiple = counting(appendMultiple);
  return {
    conflicts: () => conflicts,
    restore: () => {
      if (options.aggregates && ownQueue) Object.defineProperty(options.aggregates, 'queue', ownQueue);
      for (const release of first.values()) release();
      for (const [name, own] of Object.entries(original)) {
        if (own) Object.assign(target, { [name]: own });
        else Reflect.deleteProperty(target, name); // back to the class's own method
      }
    },
  };
}
