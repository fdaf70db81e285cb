import { EventStoreError, WrongExpectedRevisionError } from '../errors';
import type { ExpectedRevision } from '../event-store.port';
import {
  ContractContext, expectStrictlyIncreasing, ids, newEvent, newEvents, newStreamId, positions, readAllOf,
  rejectionOf, revisions,
} from './contract-helpers';

export function describeAppendContract(ctx: ContractContext): void {
  describe('append to a new stream', () => {
    it.each<ExpectedRevision>(['no_stream', 'any', -1])('given no stream, when appending with %p, then revisions start at 0', async (expected) => {
      const stream = newStreamId();
      const events = newEvents(3);
      const headBefore = await ctx.store.headPosition();

      const result = await ctx.store.append(stream, events, expected);

      expect(result).toEqual({ nextExpectedRevision: 2, position: expect.any(Number), duplicate: false });
      const stored = await ctx.store.readStream(stream);
      expect(ids(stored)).toEqual(ids(events));
      expect(revisions(stored)).toEqual([0, 1, 2]);
      expect(stored[0].position).toBeGreaterThan(headBefore);
      expect(result.position).toBe(stored[2].position);
      expect(await ctx.store.streamRevision(stream)).toBe(2);
      expect(await ctx.store.headPosition()).toBe(result.position);
    });

    it('given an event, when it is read back, then type, data, metadata and storedAt round-trip', async () => {
      const stream = newStreamId();
      const event = newEvent('TransferApproved', { note: '调剂 from 301 to 302', amount: '12345.67', lines: [{ code: '30201' }] });
      const before = Date.now();

      await ctx.store.append(stream, [event], 'no_stream');

      const [stored] = await ctx.store.readStream(stream);
      expect(stored).toMatchObject({ ...event, streamId: stream, revision: 0 });
      expect(new Date(stored.storedAt).toISOString()).toBe(stored.storedAt);
      expect(Date.parse(stored.storedAt)).toBeGreaterThanOrEqual(before - 1000);
    });
  });

  describe('append to an existing stream', () => {
    it.each<[string, (current: number) => ExpectedRevision]>([
      ['any', () => 'any'],
      ['stream_exists', () => 'stream_exists'],
      ['the exact current revision', (current) => current],
    ])('given a stream at revision 1, when appending with %s, then the next revisions follow', async (_, expectation) => {
      const stream = newStreamId();
      await ctx.store.append(stream, newEvents(2), 'no_stream');

      const result = await ctx.store.append(stream, newEvents(2), expectation(1));

      expect(result.nextExpectedRevision).toBe(3);
      expect(revisions(await ctx.store.readStream(stream))).toEqual([0, 1, 2, 3]);
    });
  });

  describe('optimistic concurrency conflicts', () => {
    it.each<[string, boolean, ExpectedRevision, number]>([
      ['a stale exact revision', true, 0, 1],
      ['a revision ahead of the stream', true, 5, 1],
      ['no_stream on an existing stream', true, 'no_stream', 1],
      ['stream_exists on a missing stream', false, 'stream_exists', -1],
      ['an exact revision on a missing stream', false, 0, -1],
    ])('given %s, when appending, then WrongExpectedRevisionError and nothing is written', async (_, seed, expected, actual) => {
      const stream = newStreamId();
      if (seed) await ctx.store.append(stream, newEvents(2), 'no_stream');
      const headBefore = await ctx.store.headPosition();

      const error = await rejectionOf(ctx.store.append(stream, newEvents(2), expected));

      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toBeInstanceOf(EventStoreError);
      expect(error).toMatchObject({ code: 'WRONG_EXPECTED_REVISION', streamId: stream, actual });
      expect(await ctx.store.streamRevision(stream)).toBe(actual);
      expect(await ctx.store.headPosition()).toBe(headBefore);
    });

    it('given 5 concurrent appends expecting the same revision, then exactly one wins', async () => {
      const stream = newStreamId();
      await ctx.store.append(stream, [newEvent()], 'no_stream');
      const attempts = Array.from({ length: 5 }, () => newEvents(2));

      const outcomes = await Promise.allSettled(attempts.map((events) => ctx.store.append(stream, events, 0)));

      const winners = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
      expect(winners).toHaveLength(1);
      for (const o of outcomes) {
        if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(WrongExpectedRevisionError);
      }
      const stored = await ctx.store.readStream(stream);
      expect(revisions(stored)).toEqual([0, 1, 2]);
      expect(ids(stored.slice(1))).toEqual(ids(attempts[winners[0]]));
    });

    it('given concurrent appends where some conflict, then each conflict fails alone and the others are stored (group commit: ADR 0018)', async () => {
      const [a, b, c, d] = [newStreamId(), newStreamId(), newStreamId(), newStreamId()];
      await ctx.store.append(a, newEvents(2), 'no_stream');
      const taken = newEvent();
      await ctx.store.append(b, [taken], 'no_stream');
      const valid = [newEvents(1), newEvents(2)];

      const [stale, reused, first, second] = await Promise.allSettled([
        ctx.store.append(a, newEvents(1), 0),
        ctx.store.append(c, [newEvent(), taken], 'no_stream'),
        ctx.store.append(d, valid[0], 'no_stream'),
        ctx.store.append(a, valid[1], 1),
      ]);

      expect(stale).toMatchObject({ status: 'rejected', reason: { code: 'WRONG_EXPECTED_REVISION', streamId: a } });
      expect(reused).toMatchObject({ status: 'rejected', reason: { code: 'DUPLICATE_EVENT_ID', eventId: taken.id, streamId: b } });
      expect([first.status, second.status]).toEqual(['fulfilled', 'fulfilled']);
      expect(ids(await ctx.store.readStream(d))).toEqual(ids(valid[0]));
      expect(ids((await ctx.store.readStream(a)).slice(2))).toEqual(ids(valid[1]));
      expect(await ctx.store.streamRevision(c)).toBe(-1);
    });
  });

  describe('global ordering', () => {
    it('given appends interleaved across streams, then readAll returns them in append order with increasing positions', async () => {
      const [a, b, c] = [newStreamId(), newStreamId(), newStreamId()];
      const headBefore = await ctx.store.headPosition();
      const plan: [string, number][] = [[a, 2], [b, 1], [a, 1], [c, 3], [b, 2]];
      const appended: string[] = [];
      const lastPositions: number[] = [];

      for (const [stream, count] of plan) {
        const events = newEvents(count);
        const result = await ctx.store.append(stream, events, 'any');
        appended.push(...ids(events));
        lastPositions.push(result.position);
      }

      const all = await readAllOf(ctx.store, [a, b, c], headBefore);
      expect(ids(all)).toEqual(appended);
      expectStrictlyIncreasing(positions(all));
      expectStrictlyIncreasing(lastPositions);
      expect(all[0].position).toBeGreaterThan(headBefore);
      expect(await ctx.store.headPosition()).toBe(lastPositions[lastPositions.length - 1]);
      expect(revisions(all.filter((e) => e.streamId === a))).toEqual([0, 1, 2]);
    });
  });
}
