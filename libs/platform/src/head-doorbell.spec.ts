import type { AppendResult, EventStore } from '@app/event-store';
import { HeadDoorbell, ringingOnAppend } from './head-doorbell';

/** A store whose appends answer the given positions, or fail. */
function fakeStore(positions: number[], fail = false): EventStore {
  const result = (position: number): AppendResult => ({ position, nextExpectedRevision: 0, duplicate: false });
  return {
    append: async () => { if (fail) throw new Error('conflict'); return result(positions[0]); },
    appendMultiple: async () => { if (fail) throw new Error('conflict'); return positions.map(result); },
    headPosition: async () => 42,
  } as unknown as EventStore;
}

describe('the head doorbell', () => {
  const listen = (doorbell: HeadDoorbell) => { const heads: number[] = []; doorbell.listen((h) => heads.push(h)); return heads; };

  it('given an append, then the doorbell rings with the position it reached', async () => {
    const doorbell = new HeadDoorbell();
    const heads = listen(doorbell);
    await ringingOnAppend(fakeStore([7]), doorbell).append('line-a', [], 'any');
    expect(heads).toEqual([7]);
  });

  it('given an atomic append to several streams, then it rings once with the highest position', async () => {
    const doorbell = new HeadDoorbell();
    const heads = listen(doorbell);
    await ringingOnAppend(fakeStore([9, 12, 10]), doorbell).appendMultiple([]);
    expect(heads).toEqual([12]);
  });

  it('given a failed append, then it does not ring, and the failure reaches the caller', async () => {
    const doorbell = new HeadDoorbell();
    const heads = listen(doorbell);
    await expect(ringingOnAppend(fakeStore([5], true), doorbell).append('line-a', [], 'any')).rejects.toThrow('conflict');
    expect(heads).toEqual([]);
  });

  it('given a wrapper put on the ringing store later (as tests count appends), then an append passes through both and rings once', async () => {
    const doorbell = new HeadDoorbell();
    const heads = listen(doorbell);
    const store = ringingOnAppend(fakeStore([3]), doorbell) as EventStore & Record<string, unknown>;
    const found = store.append;
    let counted = 0;
    store.append = async (...args: Parameters<EventStore['append']>) => { counted++; return found.apply(store, args); };

    await store.append('line-a', [], 'any');

    expect({ counted, heads }).toEqual({ counted: 1, heads: [3] });
  });

  it('given any other method, then the store answers it unchanged', async () => {
    expect(await ringingOnAppend(fakeStore([1]), new HeadDoorbell()).headPosition()).toBe(42);
  });
});
