import type { AppConfig } from '@app/config';
import type { IdempotencyKeyRef, IdempotencyKeys, KeyClaim } from '@app/event-store';
import { IdempotencyService, isRetryable } from './idempotency.service';

const ref: IdempotencyKeyRef = { scope: 'clerk-0042', key: 'k-1', fingerprint: 'fp' };

/** Records what the service asked of the key store. */
function fakeKeys(claim: KeyClaim = { outcome: 'claimed', recorded: false }) {
  const calls: string[] = [];
  let pruneLeft = 2500;
  const keys: IdempotencyKeys = {
    claim: async () => { calls.push('claim'); return claim; },
    answer: async (_, a) => { calls.push(`answer ${a.status}`); },
    release: async () => { calls.push('release'); },
    prune: async (_, limit) => { const n = Math.min(limit, pruneLeft); pruneLeft -= n; calls.push(`prune ${n}`); return n; },
  };
  return { keys, calls };
}
const config = { IDEMPOTENCY_LEASE_MS: 60_000, IDEMPOTENCY_RETENTION_DAYS: 7 } as AppConfig;

describe('IdempotencyService (ADR 0017)', () => {
  it.each([
    [409, 'CONCURRENT_MODIFICATION'], [412, 'REVISION_MISMATCH'], [409, 'STORE_CLOSED'], [409, 'WRONG_EXPECTED_REVISION'],
    [503, 'READ_MODEL_BEHIND'], [500, 'INTERNAL_ERROR'], [429, 'TOO_MANY_LOGIN_ATTEMPTS'],
  ])('given an answer %i %s (try again), when the request ends, then the key is released, not answered', async (status, code) => {
    const { keys, calls } = fakeKeys();
    expect(isRetryable({ status, code })).toBe(true);

    await new IdempotencyService(keys, config).end(ref, { status, code, body: '{}' });

    expect(calls).toEqual(['release']);
  });

  it.each([[201, ''], [409, 'OVERSPEND_BLOCKED'], [422, 'AMOUNT_NOT_POSITIVE'], [404, 'LINE_NOT_FOUND'], [400, 'VALIDATION_FAILED']])(
    'given a final answer %i %s, when the request ends, then it is kept', async (status, code) => {
      const { keys, calls } = fakeKeys();

      await new IdempotencyService(keys, config).end(ref, { status, code, body: '{}' });

      expect(calls).toEqual([`answer ${status}`]);
    });

  it('given a key store that fails while keeping the answer, when the request ends, then the request still succeeds (the lease frees the key)', async () => {
    const { keys } = fakeKeys();
    keys.answer = async () => { throw new Error('store closed'); };

    await expect(new IdempotencyService(keys, config).end(ref, { status: 201, body: '{}' })).resolves.toBeUndefined();
  });

  it('given a key held by another request, when claimed, then 409 IDEMPOTENCY_KEY_IN_PROGRESS says until when', async () => {
    const { keys } = fakeKeys({ outcome: 'in_progress', until: new Date('2023-06-15T08:00:30Z') });

    await expect(new IdempotencyService(keys, config).begin(ref, new Date('2023-06-15T08:00:00Z'))).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_IN_PROGRESS', field: 'Idempotency-Key', details: { until: '2023-06-15T08:00:30.000Z', retryAfterSeconds: 30 },
    });
  });

  it('given 2,500 keys past the retention, when pruned, then they go in batches of 1,000 until a short batch', async () => {
    const { keys, calls } = fakeKeys();

    await new IdempotencyService(keys, config).prune();

    expect(calls).toEqual(['prune 1000', 'prune 1000', 'prune 500']);
  });
});
