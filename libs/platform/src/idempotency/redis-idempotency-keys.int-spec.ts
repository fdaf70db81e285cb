import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import type { IdempotencyKeyRef } from '@app/event-store';
import { RedisIdempotencyKeys } from './redis-idempotency-keys';

/** The KurrentDB fallback (ADR 0017) against this machine's Redis: the same claims, leases, answers and releases. */
describe('Idempotency-Keys in Redis (the KurrentDB fallback)', () => {
  const prefix = `budget-test-${randomUUID().slice(0, 8)}:idempotency`;
  const LEASE_MS = 60_000;
  const at = (ms: number) => new Date(Date.UTC(2023, 5, 15) + ms);
  let redis: Redis;
  let keys: RedisIdempotencyKeys;
  const ref = (fingerprint = 'fp-1'): IdempotencyKeyRef => ({ scope: 'clerk:0042', key: `k-${randomUUID()}`, fingerprint });

  beforeAll(async () => {
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
    keys = new RedisIdempotencyKeys(redis, prefix, 3600);
  });
  afterAll(async () => {
    const found = await redis.keys(`${prefix}:*`);
    if (found.length > 0) await redis.del(...found);
    redis.disconnect();
  });

  it('given a new key, when claimed, then it runs; claimed again within the lease, in progress until the lease ends; after it, taken over', async () => {
    const key = ref();
    expect(await keys.claim(key, at(0), LEASE_MS)).toEqual({ outcome: 'claimed', recorded: false });
    expect(await keys.claim(key, at(1), LEASE_MS)).toEqual({ outcome: 'in_progress', until: at(LEASE_MS) });
    expect(await keys.claim(key, at(LEASE_MS), LEASE_MS)).toEqual({ outcome: 'claimed', recorded: false });
  });

  it('given an answered key, when claimed by the same request, then replayed; by another request, mismatch; and it expires with the retention', async () => {
    const key = ref();
    await keys.claim(key, at(0), LEASE_MS);
    await keys.answer(key, { status: 409, body: '{"code":"OVERSPEND_BLOCKED"}' });

    expect(await keys.claim(key, at(1), LEASE_MS)).toEqual({ outcome: 'replay', answer: { status: 409, body: '{"code":"OVERSPEND_BLOCKED"}' } });
    expect(await keys.claim({ ...key, fingerprint: 'fp-2' }, at(1), LEASE_MS)).toEqual({ outcome: 'mismatch' });
    const ttl = await redis.ttl(`${prefix}:${key.scope.length}:${key.scope}:${key.key}`);
    expect(ttl).toBeGreaterThan(3500);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  it('given a released claim, when claimed again at once, then taken; a release never forgets an answer', async () => {
    const key = ref();
    await keys.claim(key, at(0), LEASE_MS);
    await keys.release(key);
    expect(await keys.claim(key, at(1), LEASE_MS)).toEqual({ outcome: 'claimed', recorded: false });
    await keys.answer(key, { status: 201, body: '{}' });
    await keys.release(key);

    expect(await keys.claim(key, at(2), LEASE_MS)).toMatchObject({ outcome: 'replay' });
  });
});
