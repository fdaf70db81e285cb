import { WrongExpectedRevisionError } from '../errors';
import type { EventStore, IdempotencyKeyRef } from '../event-store.port';
import { hasIdempotencyKeys, type IdempotencyKeys } from '../idempotency/idempotency-keys.port';
import { type ContractFactory, newEvents, newStreamId, rejectionOf } from './contract-helpers';

const LEASE_MS = 60_000;
let keyCount = 0;
/** A fresh key per test: the suite also runs against a shared server. */
const ref = (fingerprint = 'fp-1'): IdempotencyKeyRef => ({ scope: 'clerk-0042', key: `key-${process.pid}-${Date.now()}-${++keyCount}`, fingerprint });
const at = (ms: number) => new Date(Date.UTC(2023, 5, 15, 8, 0, 0) + ms);

/**
 * ADR 0017: the behaviour of idempotency keys kept beside the events, for every adapter that keeps them (SQLite,
 * PostgreSQL). Claims expire after their lease, answers are kept, releases keep what was recorded, and an append
 * that carries a key records it in its own transaction: the key says "recorded" exactly when the events are stored.
 */
export function describeIdempotencyKeysContract(adapterName: string, factory: ContractFactory): void {
  describe(`Idempotency keys beside the events: ${adapterName}`, () => {
    let fixture: Awaited<ReturnType<ContractFactory>>;
    let store: EventStore;
    let keys: IdempotencyKeys;
    beforeEach(async () => {
      fixture = await factory();
      store = fixture.store;
      if (!hasIdempotencyKeys(store)) throw new Error(`${adapterName} keeps no idempotency keys`);
      keys = store.idempotencyKeys();
    });
    afterEach(() => fixture.cleanup());

    describe('claims and answers', () => {
      it('given a new key, when claimed, then the request may run, and a second claim within the lease is told it is in progress until the lease ends', async () => {
        const key = ref();
        expect(await keys.claim(key, at(0), LEASE_MS)).toEqual({ outcome: 'claimed', recorded: false });

        expect(await keys.claim(key, at(1000), LEASE_MS)).toEqual({ outcome: 'in_progress', until: at(LEASE_MS) });
      });

      it('given a key claimed by a request that crashed (no answer), when the lease is over, then another request takes it over', async () => {
        const key = ref();
        await keys.claim(key, at(0), LEASE_MS);
        const reopened = await fixture.reopen();
        if (!hasIdempotencyKeys(reopened)) throw new Error('reopened store keeps no keys');

        expect(await reopened.idempotencyKeys().claim(key, at(LEASE_MS - 1), LEASE_MS)).toMatchObject({ outcome: 'in_progress' });
        expect(await reopened.idempotencyKeys().claim(key, at(LEASE_MS), LEASE_MS)).toEqual({ outcome: 'claimed', recorded: false });
        expect(await reopened.idempotencyKeys().claim(key, at(LEASE_MS + 1), LEASE_MS)).toMatchObject({ outcome: 'in_progress' });
      });

      it('given an answered key, when claimed again by the same request, then the answer is replayed; by another request, then mismatch', async () => {
        const key = ref();
        await keys.claim(key, at(0), LEASE_MS);
        await keys.answer(key, { status: 201, body: '{"position":7}' });

        expect(await keys.claim(key, at(10), LEASE_MS)).toEqual({ outcome: 'replay', answer: { status: 201, body: '{"position":7}' } });
        expect(await keys.claim(key, at(LEASE_MS * 10), LEASE_MS)).toMatchObject({ outcome: 'replay' });
        expect(await keys.claim({ ...key, fingerprint: 'fp-2' }, at(20), LEASE_MS)).toEqual({ outcome: 'mismatch' });
      });

      it('given a claim released (a retryable failure, nothing recorded), when claimed again at once, then it is taken', async () => {
        const key = ref();
        await keys.claim(key, at(0), LEASE_MS);
        await keys.release(key);

        expect(await keys.claim(key, at(1), LEASE_MS)).toEqual({ outcome: 'claimed', recorded: false });
      });
    });

    describe('recorded with the events, in the append\'s transaction', () => {
      it('given a claimed key, when an append carrying it succeeds and the answer is lost, then the key, retaken, says its events are recorded', async () => {
        const key = ref();
        await keys.claim(key, at(0), LEASE_MS);
        await store.append(newStreamId(), newEvents(2), 'no_stream', { idempotencyKey: key });

        expect(await keys.claim(key, at(LEASE_MS), LEASE_MS)).toEqual({ outcome: 'claimed', recorded: true });
      });

      it('given a claimed key, when an append carrying it fails, then nothing of it is recorded with the key: the key and the events commit together', async () => {
        const key = ref();
        await keys.claim(key, at(0), LEASE_MS);
        const stream = newStreamId();
        await store.append(stream, newEvents(1), 'no_stream');

        expect(await rejectionOf(store.append(stream, newEvents(1), 'no_stream', { idempotencyKey: key }))).toBeInstanceOf(WrongExpectedRevisionError);
        expect(await rejectionOf(store.appendMultiple([
          { streamId: newStreamId(), events: newEvents(1), expectedRevision: 'no_stream' },
          { streamId: stream, events: newEvents(1), expectedRevision: 5 },
        ], { idempotencyKey: key }))).toBeInstanceOf(WrongExpectedRevisionError);

        expect(await keys.claim(key, at(LEASE_MS), LEASE_MS)).toEqual({ outcome: 'claimed', recorded: false });
        expect(await store.streamRevision(stream)).toBe(0);
      });

      it('given no claim (a claim lost in a crash), when an append carries the key (with a guarded stream), then the key is created as recorded, and held by nobody', async () => {
        const key = ref();
        const guarded = newStreamId();
        await store.append(guarded, newEvents(1), 'no_stream');
        await store.appendMultiple([
          { streamId: newStreamId(), events: newEvents(1), expectedRevision: 'no_stream' },
          { streamId: newStreamId(), events: newEvents(1), expectedRevision: 'any' },
          { streamId: guarded, events: [], expectedRevision: 0 },
        ], { idempotencyKey: key });

        expect(await keys.claim(key, at(0), LEASE_MS)).toEqual({ outcome: 'claimed', recorded: true });
      });

      it('given a recorded key whose request failed afterwards, when released, then what was recorded is kept and the key is free', async () => {
        const key = ref();
        await keys.claim(key, at(0), LEASE_MS);
        await store.append(newStreamId(), newEvents(1), 'no_stream', { idempotencyKey: key });
        await keys.release(key);

        expect(await keys.claim(key, at(1), LEASE_MS)).toEqual({ outcome: 'claimed', recorded: true });
      });

      it('given a key first used for another request, when an append carries it, then the events are stored and the key keeps its first request', async () => {
        const key = ref('fp-first');
        await keys.claim(key, at(0), LEASE_MS);
        await keys.answer(key, { status: 201, body: '{}' });
        const stream = newStreamId();

        await store.append(stream, newEvents(1), 'no_stream', { idempotencyKey: { ...key, fingerprint: 'fp-other' } });

        expect(await store.streamRevision(stream)).toBe(0);
        expect(await keys.claim(key, at(1), LEASE_MS)).toMatchObject({ outcome: 'replay' });
      });
    });

    describe('pruning', () => {
      it('given keys older than the retention and newer ones, when pruned in batches, then only the old ones go, a batch at a time', async () => {
        const old = Array.from({ length: 5 }, () => ref());
        const recent = ref();
        for (const key of old) await keys.claim(key, at(0), LEASE_MS);
        await keys.claim(recent, at(3_600_000), LEASE_MS);

        const batches = [];
        for (let n = -1; n !== 0;) batches.push(n = await keys.prune(at(1000), 2));

        expect(batches).toEqual([2, 2, 1, 0]);
        expect(await keys.claim(old[0], at(1), LEASE_MS)).toEqual({ outcome: 'claimed', recorded: false }); // forgotten: a new key
        expect(await keys.claim(recent, at(3_600_001), LEASE_MS)).toMatchObject({ outcome: 'in_progress' });
      });
    });
  });
}
