import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import { ContractContext, ids, newEvent, newEvents, newStreamId, rejectionOf, revisions } from './contract-helpers';

export function describeIdempotencyContract(ctx: ContractContext): void {
  describe('idempotent re-append', () => {
    it('given a stored batch, when the same ids are appended again with the same expectation, then duplicate and nothing new', async () => {
      const stream = newStreamId();
      const events = newEvents(3);
      const first = await ctx.store.append(stream, events, 'no_stream');
      const headBefore = await ctx.store.headPosition();

      const again = await ctx.store.append(stream, events, 'no_stream');

      expect(again).toEqual({ nextExpectedRevision: 2, position: first.position, duplicate: true });
      expect(await ctx.store.headPosition()).toBe(headBefore);
      expect(await ctx.store.readStream(stream)).toHaveLength(3);
    });

    it('given a batch followed by more events, when the batch is retried with its old expectation, then it is reported where it was stored', async () => {
      const stream = newStreamId();
      await ctx.store.append(stream, newEvents(1), 'no_stream');
      const batch = newEvents(2);
      const stored = await ctx.store.append(stream, batch, 0);
      await ctx.store.append(stream, newEvents(3), 2);

      const retry = await ctx.store.append(stream, batch, 0);

      expect(retry).toEqual({ nextExpectedRevision: 2, position: stored.position, duplicate: true });
      expect(await ctx.store.streamRevision(stream)).toBe(5);
    });

    it('given stored events, when the same ids come with "any", then duplicate', async () => {
      const stream = newStreamId();
      const events = newEvents(2);
      const first = await ctx.store.append(stream, events, 'any');

      const again = await ctx.store.append(stream, events, 'any');

      expect(again).toEqual({ ...first, duplicate: true });
      expect(await ctx.store.streamRevision(stream)).toBe(1);
    });

    it.each<[string, 'overlap' | 'reordered' | 'subset-gap']>([
      ['partially overlapping ids', 'overlap'],
      ['the same ids in another order', 'reordered'],
      ['a non-consecutive subset of ids', 'subset-gap'],
    ])('given stored events, when appending %s, then DuplicateEventIdError and nothing is written', async (_, variant) => {
      const stream = newStreamId();
      const stored = newEvents(3);
      await ctx.store.append(stream, stored, 'no_stream');
      const headBefore = await ctx.store.headPosition();
      const retry = {
        overlap: [stored[2], newEvent()],
        reordered: [stored[1], stored[0]],
        'subset-gap': [stored[0], stored[2]],
      }[variant];

      for (const expected of ['any', 2, 0] as const) {
        const error = await rejectionOf(ctx.store.append(stream, retry, expected));
        expect(error).toBeInstanceOf(DuplicateEventIdError);
        expect(error).toMatchObject({ code: 'DUPLICATE_EVENT_ID' });
      }
      expect(await ctx.store.headPosition()).toBe(headBefore);
      expect(ids(await ctx.store.readStream(stream))).toEqual(ids(stored));
    });

    it('given an event id stored in stream A, when it is appended to stream B, then DuplicateEventIdError naming A', async () => {
      const [a, b] = [newStreamId(), newStreamId()];
      const event = newEvent();
      await ctx.store.append(a, [event], 'no_stream');

      const error = await rejectionOf(ctx.store.append(b, [event], 'no_stream'));

      expect(error).toBeInstanceOf(DuplicateEventIdError);
      expect(error).toMatchObject({ code: 'DUPLICATE_EVENT_ID', eventId: event.id, streamId: a });
      expect(await ctx.store.streamRevision(b)).toBe(-1);
    });

    it('given a stored event, when findEvent is called with its id, then it is returned; unknown ids give undefined', async () => {
      const stream = newStreamId();
      const event = newEvent();
      const { position } = await ctx.store.append(stream, [event], 'no_stream');

      expect(await ctx.store.findEvent(event.id)).toMatchObject({ ...event, streamId: stream, revision: 0, position });
      expect(await ctx.store.findEvent(newEvent().id)).toBeUndefined();
    });
  });

  describe('appendMultiple (all or nothing)', () => {
    it('given a transfer touching two lines, when both writes are valid, then both are stored with one result each', async () => {
      const [from, to] = [newStreamId(), newStreamId()];
      await ctx.store.append(from, newEvents(1), 'no_stream');
      const [debit, credit] = [newEvent('TransferredOut'), newEvent('TransferredIn')];

      const results = await ctx.store.appendMultiple([
        { streamId: from, events: [debit], expectedRevision: 0 },
        { streamId: to, events: [credit], expectedRevision: 'no_stream' },
      ]);

      expect(results).toHaveLength(2);
      expect(results.map((r) => r.nextExpectedRevision)).toEqual([1, 0]);
      expect(results.every((r) => !r.duplicate)).toBe(true);
      expect(results[1].position).toBeGreaterThan(results[0].position);
      expect((await ctx.store.findEvent(debit.id))?.position).toBe(results[0].position);
      expect((await ctx.store.findEvent(credit.id))?.position).toBe(results[1].position);
    });

    it.each<[string, 'revision' | 'duplicate']>([
      ['a revision conflict', 'revision'],
      ['an event id stored elsewhere', 'duplicate'],
    ])('given %s in the second write, when appending, then the first write is not stored either', async (_, failure) => {
      const [from, to, other] = [newStreamId(), newStreamId(), newStreamId()];
      await ctx.store.append(from, newEvents(1), 'no_stream');
      const foreign = newEvent();
      await ctx.store.append(other, [foreign], 'no_stream');
      const headBefore = await ctx.store.headPosition();

      const error = await rejectionOf(ctx.store.appendMultiple([
        { streamId: from, events: [newEvent('TransferredOut')], expectedRevision: 0 },
        failure === 'revision'
          ? { streamId: to, events: [newEvent('TransferredIn')], expectedRevision: 'stream_exists' }
          : { streamId: to, events: [newEvent('TransferredIn'), foreign], expectedRevision: 'no_stream' },
      ]));

      expect(error).toBeInstanceOf(failure === 'revision' ? WrongExpectedRevisionError : DuplicateEventIdError);
      expect(revisions(await ctx.store.readStream(from))).toEqual([0]);
      expect(await ctx.store.streamRevision(to)).toBe(-1);
      expect(await ctx.store.headPosition()).toBe(headBefore);
    });

    it('given a write without events (a guard, as the closed-year rule adds: ADR 0013), then it requires its stream\'s revision and writes nothing', async () => {
      const [line, year, missing] = [newStreamId(), newStreamId(), newStreamId()];
      await ctx.store.append(year, newEvents(1), 'no_stream');
      const payment = newEvent('DisbursementRecorded');

      const results = await ctx.store.appendMultiple([
        { streamId: line, events: [payment], expectedRevision: 'no_stream' },
        { streamId: year, events: [], expectedRevision: 0 },
        { streamId: missing, events: [], expectedRevision: -1 },
      ]);

      expect(results.map((r) => r.nextExpectedRevision)).toEqual([0, 0, -1]);
      expect(await ctx.store.streamRevision(year)).toBe(0);
      expect(await ctx.store.streamRevision(missing)).toBe(-1);
      // the guarded stream moved (the year was closed meanwhile): nothing is stored
      await ctx.store.append(year, newEvents(1), 0);
      const headBefore = await ctx.store.headPosition();
      const error = await rejectionOf(ctx.store.appendMultiple([
        { streamId: line, events: [newEvent('DisbursementRecorded')], expectedRevision: 0 },
        { streamId: year, events: [], expectedRevision: 0 },
      ]));
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect((error as WrongExpectedRevisionError).streamId).toBe(year);
      expect(await ctx.store.headPosition()).toBe(headBefore);
    });

    it('given a batch already stored, when it is retried, then every write reports duplicate', async () => {
      const [from, to] = [newStreamId(), newStreamId()];
      const writes = [
        { streamId: from, events: [newEvent('TransferredOut')], expectedRevision: 'no_stream' as const },
        { streamId: to, events: [newEvent('TransferredIn')], expectedRevision: 'no_stream' as const },
      ];
      const first = await ctx.store.appendMultiple(writes);

      const retry = await ctx.store.appendMultiple(writes);

      expect(retry).toEqual(first.map((r) => ({ ...r, duplicate: true })));
    });
  });
}
