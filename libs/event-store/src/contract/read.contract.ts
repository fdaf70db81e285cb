import type { NewEvent } from '../event-store.port';
import { ContractContext, ids, newEvents, newStreamId, readAllOf, revisions } from './contract-helpers';

export function describeReadContract(ctx: ContractContext): void {
  describe('reading', () => {
    it('given a stream of 10 events, when reading with fromRevision and maxCount, then the window is returned in order', async () => {
      const stream = newStreamId();
      const events = newEvents(10);
      await ctx.store.append(stream, events, 'no_stream');

      expect(revisions(await ctx.store.readStream(stream, { fromRevision: 4 }))).toEqual([4, 5, 6, 7, 8, 9]);
      expect(revisions(await ctx.store.readStream(stream, { maxCount: 3 }))).toEqual([0, 1, 2]);
      expect(ids(await ctx.store.readStream(stream, { fromRevision: 8, maxCount: 5 }))).toEqual(ids(events.slice(8)));
      expect(await ctx.store.readStream(stream, { fromRevision: 10 })).toEqual([]);
    });

    it('given no stream, when reading it, then it is empty with revision -1', async () => {
      const stream = newStreamId();

      expect(await ctx.store.readStream(stream)).toEqual([]);
      expect(await ctx.store.streamRevision(stream)).toBe(-1);
    });

    it('given events, when reading all after a position with maxCount, then only later events, ascending, at most maxCount', async () => {
      const stream = newStreamId();
      const headBefore = await ctx.store.headPosition();
      const events = newEvents(6);
      await ctx.store.append(stream, events, 'no_stream');
      const all = await readAllOf(ctx.store, [stream], headBefore);
      const third = all[2].position;

      const page = await ctx.store.readAll({ after: third, maxCount: 2 });

      expect(ids(page)).toEqual(ids(events.slice(3, 5)));
      expect(await ctx.store.readAll({ after: all[5].position })).toEqual([]);
    });

    it('given an open store, then it is healthy; closing twice is harmless', async () => {
      expect(await ctx.store.healthy()).toBe(true);

      await ctx.store.close();
      await expect(ctx.store.close()).resolves.toBeUndefined();
    });
  });

  describe('a long stream', () => {
    const total = 100_000;
    const batch = 1_000;

    it(`given ${total.toLocaleString('en')} events appended in batches of ${batch}, then every revision reads back`, async () => {
      const stream = newStreamId('big');
      let lastEvent: NewEvent | undefined;
      for (let offset = 0; offset < total; offset += batch) {
        const events = newEvents(batch, 'ExpenditureRecorded');
        await ctx.store.append(stream, events, offset - 1);
        lastEvent = events[batch - 1];
      }

      const stored = await ctx.store.readStream(stream);
      expect(stored).toHaveLength(total);
      expect(stored.every((event, i) => event.revision === i && event.streamId === stream)).toBe(true);
      expect(stored[total - 1].id).toBe(lastEvent?.id);

      const tail = await ctx.store.readStream(stream, { fromRevision: total - 10 });
      expect(revisions(tail)).toEqual(Array.from({ length: 10 }, (_, i) => total - 10 + i));
      expect(await ctx.store.streamRevision(stream)).toBe(total - 1);
    }, 300_000); // 100 batches on a busy machine (PostgreSQL commits each synchronously)
  });
}
