import type Redis from 'ioredis';
import type { IdempotencyKeyRef, IdempotencyKeys, KeyClaim, StoredAnswer } from '@app/event-store';

/**
 * The fallback for an event store that keeps no keys beside its events (KurrentDB, ADR 0017): one Redis hash per
 * key, seen by every instance, forgotten after the retention by Redis itself (EXPIRE). Nothing is recorded in the
 * append's transaction, so `recorded` is never known here: a retry after a crash runs the command again, and its
 * ids, derived from the key, find what the first attempt recorded. Each step is one Lua script, atomic in Redis.
 */
const CLAIM = `
local row = redis.call('HMGET', KEYS[1], 'fingerprint', 'claimedUntil', 'status', 'body')
if not row[1] then
  redis.call('HSET', KEYS[1], 'fingerprint', ARGV[1], 'claimedUntil', ARGV[3])
  redis.call('EXPIRE', KEYS[1], ARGV[4])
  return {'claimed'}
end
if row[1] ~= ARGV[1] then return {'mismatch'} end
if row[3] then return {'replay', row[3], row[4]} end
if row[2] and tonumber(row[2]) > tonumber(ARGV[2]) then return {'in_progress', row[2]} end
redis.call('HSET', KEYS[1], 'claimedUntil', ARGV[3])
return {'claimed'}`;

const ANSWER = `
if redis.call('HGET', KEYS[1], 'fingerprint') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'body', ARGV[3])
redis.call('HDEL', KEYS[1], 'claimedUntil')
return 1`;

const RELEASE = `
if redis.call('HGET', KEYS[1], 'fingerprint') ~= ARGV[1] or redis.call('HEXISTS', KEYS[1], 'status') == 1 then return 0 end
return redis.call('DEL', KEYS[1])`;

export class RedisIdempotencyKeys implements IdempotencyKeys {
  constructor(private readonly redis: Redis, private readonly prefix: string, private readonly retentionSeconds: number) {}

  async claim(ref: IdempotencyKeyRef, now: Date, leaseMs: number): Promise<KeyClaim> {
    const [outcome, a, b] = await this.redis.eval(CLAIM, 1, this.keyOf(ref), ref.fingerprint, String(now.getTime()),
      String(now.getTime() + leaseMs), String(this.retentionSeconds)) as string[];
    switch (outcome) {
      case 'claimed': return { outcome: 'claimed', recorded: false };
      case 'mismatch': return { outcome: 'mismatch' };
      case 'replay': return { outcome: 'replay', answer: { status: Number(a), body: b ?? 'null' } };
      default: return { outcome: 'in_progress', until: new Date(Number(a)) };
    }
  }

  async answer(ref: IdempotencyKeyRef, answer: StoredAnswer): Promise<void> {
    await this.redis.eval(ANSWER, 1, this.keyOf(ref), ref.fingerprint, String(answer.status), answer.body);
  }

  async release(ref: IdempotencyKeyRef): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.keyOf(ref), ref.fingerprint);
  }

  /** Redis expires keys by itself (the retention is each key's TTL). */
  async prune(): Promise<number> {
    return 0;
  }

  private keyOf(ref: IdempotencyKeyRef): string {
    return `${this.prefix}:${ref.scope.length}:${ref.scope}:${ref.key}`;
  }
}
