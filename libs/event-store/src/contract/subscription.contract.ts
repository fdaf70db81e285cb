import type { StoredEvent } from '../event-store.port';
import { ContractContext, expectStrictlyIncreasing, ids, newEvents, newStreamId, positions, rejectionOf, waitFor } from './contract-helpers';

export function describeSubscriptionContract(ctx: ContractContext): void {
  describe('subscriptions', () => {
    it('given stored events, when subscribing, then it catches up in pages and then follows live appends in order', async () => {
      const [a, b] = [newStreamId(), newStreamId()];
      const headBefore = await ctx.store.headPosition();
      const stored = [...newEvents(13), ...newEvents(12)];
      await ctx.store.append(a, stored.slice(0, 13), 'no_stream');
      await ctx.store.append(b, stored.slice(13), 'no_stream');
      const received: StoredEvent[] = [];

      const subscription = ctx.store.subscribe((event) => { received.push(event); }, { after: headBefore, batchSize: 10 });
      await subscription.caughtUp;

      expect(ids(received)).toEqual(ids(stored));
      const live = [newEvents(1), newEvents(2), newEvents(1)];
      await ctx.store.append(a, live[0], 12);
      await ctx.store.append(b, live[1], 11);
      await ctx.store.append(a, live[2], 13);
      await waitFor(() => received.length === 29, undefined, 'live events');
      expect(ids(received)).toEqual([...ids(stored), ...live.flatMap(ids)]);
      expectStrictlyIncreasing(positions(received));
      expect(subscription.position).toBe(received[28].position);
      await subscription.stop();
    });

    it('given a slow async handler and appends during catch-up, then every event is delivered exactly once, awaited one by one', async () => {
      const stream = newStreamId();
      const headBefore = await ctx.store.headPosition();
      await ctx.store.append(stream, newEvents(20), 'no_stream');
      const received: StoredEvent[] = [];
      let inFlight = 0;
      let maxInFlight = 0;

      const subscription = ctx.store.subscribe(async (event) => {
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        received.push(event);
        inFlight--;
      }, { after: headBefore, batchSize: 7 });
      for (let i = 0; i < 10; i++) await ctx.store.append(stream, newEvents(3), 'any');
      // a later marker: delivery is in order, so once it arrives every event before it has been delivered
      const [marker] = newEvents(1);
      await ctx.store.append(stream, [marker], 'any');
      await waitFor(() => received.some((e) => e.id === marker.id), undefined, 'the marker after 50 events');

      expect(maxInFlight).toBe(1);
      expect(received).toHaveLength(51);
      expect(received.map((e) => e.revision)).toEqual(Array.from({ length: 51 }, (_, i) => i));
      await subscription.stop();
    });

    it('given a checkpoint, when the store is restarted, then a new subscription delivers exactly the events after it', async () => {
      const stream = newStreamId();
      const headBefore = await ctx.store.headPosition();
      const before = newEvents(10);
      await ctx.store.append(stream, before, 'no_stream');
      const firstRun: StoredEvent[] = [];
      const first = ctx.store.subscribe((event) => { firstRun.push(event); }, { after: headBefore, batchSize: 3 });
      await first.caughtUp;
      await first.stop();
      const checkpoint = firstRun[3].position; // the consumer had committed 4 events

      await ctx.store.close();
      const store = await ctx.reopen();
      const after = newEvents(3);
      await store.append(stream, after, 9);
      const secondRun: StoredEvent[] = [];
      const second = store.subscribe((event) => { secondRun.push(event); }, { after: checkpoint, batchSize: 4 });
      await second.caughtUp;
      await second.stop();

      expect(ids(secondRun)).toEqual([...ids(before.slice(4)), ...ids(after)]);
      expect(secondRun.map((e) => e.revision)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    });

    it('given a handler that throws, then delivery stops at that event, the error surfaces, and a resubscription retries it', async () => {
      const stream = newStreamId();
      const headBefore = await ctx.store.headPosition();
      const events = newEvents(5);
      await ctx.store.append(stream, events, 'no_stream');
      const boom = new Error('projection failed');
      const attempted: string[] = [];

      const failing = ctx.store.subscribe((event) => {
        attempted.push(event.id);
        if (event.revision === 2) throw boom;
      }, { after: headBefore });

      expect(await rejectionOf(failing.done)).toBe(boom);
      expect(await rejectionOf(failing.caughtUp)).toBe(boom);
      await ctx.store.append(stream, newEvents(1), 4);
      const stored = await ctx.store.readStream(stream);
      expect(failing.position).toBe(stored[1].position);

      const retried: number[] = [];
      const retry = ctx.store.subscribe((event) => { retried.push(event.revision); }, { after: failing.position });
      await retry.caughtUp;
      await retry.stop();
      expect(retried).toEqual([2, 3, 4, 5]);
      // the later append has reached a subscriber (the retry's revision 5), and the failed one was not woken by it
      expect(attempted).toEqual(ids(events.slice(0, 3)));
    });

    it('given a handler in flight, when stop() is called, then it waits for the handler and delivers nothing more', async () => {
      const stream = newStreamId();
      const headBefore = await ctx.store.headPosition();
      await ctx.store.append(stream, newEvents(3), 'no_stream');
      let release!: () => void;
      const gate = new Promise<void>((resolve) => { release = resolve; });
      const log: string[] = [];
      const subscription = ctx.store.subscribe(async (event) => {
        log.push(`start ${event.revision}`);
        await gate;
        log.push(`end ${event.revision}`);
      }, { after: headBefore });
      await waitFor(() => log.length === 1, undefined, 'first delivery');

      const stopped = subscription.stop().then(() => log.push('stopped'));
      // a round trip to the store and a turn of the event loop, scaled to the machine's speed rather than a fixed
      // 20 ms: a stop() that did not wait for its handler would have resolved by then
      await ctx.store.headPosition();
      await new Promise((resolve) => setImmediate(resolve));
      expect(log).toEqual(['start 0']);
      release();
      await stopped;
      await subscription.done;

      expect(log).toEqual(['start 0', 'end 0', 'stopped']);
      expect(subscription.position).toBe((await ctx.store.readStream(stream))[0].position);
    });

    it('given nothing after the checkpoint, when subscribing, then caughtUp resolves at once', async () => {
      const subscription = ctx.store.subscribe(() => undefined, { after: await ctx.store.headPosition() });
      await expect(subscription.caughtUp).resolves.toBeUndefined();
      await subscription.stop();
      await expect(subscription.done).resolves.toBeUndefined();
    });
  });
}
