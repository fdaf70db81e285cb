import type Redis from 'ioredis';
import type { AppConfig } from '@app/config';
import { SessionRevocations } from './session-revocations';

/** A Redis that answers EXISTS from a set of keys and counts the queries. */
function fakeRedis() {
  const keys = new Set<string>();
  const redis = {
    queries: 0,
    exists: async (key: string) => { redis.queries++; return keys.has(key) ? 1 : 0; },
    set: async (key: string) => { keys.add(key); return 'OK'; },
  };
  return redis;
}

describe('SessionRevocations: the checks of one turn share one EXISTS', () => {
  const config = { QUEUE_PREFIX: 'budget' } as AppConfig;
  const inAnHour = () => new Date(Date.now() + 3_600_000);

  it('given checks of the same token in one turn, then one query answers them all; a check after it was sent asks again', async () => {
    const redis = fakeRedis();
    const revocations = new SessionRevocations(config, redis as unknown as Redis);
    expect(await Promise.all([revocations.isRevoked('t1'), revocations.isRevoked('t1'), revocations.isRevoked('t2')])).toEqual([false, false, false]);
    expect(redis.queries).toBe(2);

    // a logout recorded by another instance (straight in Redis) is seen by the next check
    const other = new SessionRevocations(config, redis as unknown as Redis);
    await other.revoke('t1', inAnHour());
    expect(await revocations.isRevoked('t1')).toBe(true);
    expect(await revocations.isRevoked('t2')).toBe(false);
    expect(redis.queries).toBe(4);
  });

  it('given a logout on this instance, then the token is refused at once without a query', async () => {
    const redis = fakeRedis();
    const revocations = new SessionRevocations(config, redis as unknown as Redis);
    await revocations.revoke('t3', inAnHour());
    expect(await revocations.isRevoked('t3')).toBe(true);
    expect(redis.queries).toBe(0);
  });
});
