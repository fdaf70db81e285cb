import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '@app/config';
import { REDIS } from '@app/platform';
import { clientKey } from './client-address';

/** 429: too many failed logins (or wrong current passwords); says when to try again. */
export class TooManyLoginAttempts extends Error {
  constructor(readonly retryAfterSeconds: number, readonly code: 'TOO_MANY_LOGIN_ATTEMPTS' | 'TOO_MANY_PASSWORD_ATTEMPTS' = 'TOO_MANY_LOGIN_ATTEMPTS') {
    super(`too many failed ${code === 'TOO_MANY_LOGIN_ATTEMPTS' ? 'logins' : 'password changes'}: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`);
  }
}

/**
 * Brute-force protection (ADR 7), in Redis so every instance sees the same counts, under the deployment's
 * QUEUE_PREFIX so that deployments sharing a Redis never share lockouts; while Redis is down an in-process
 * limiter takes over rather than letting guesses through unlimited.
 * - login, per (username, client address): LOGIN_MAX_FAILURES failures lock that name *from that address* for
 *   LOGIN_LOCK_MINUTES. An attacker elsewhere cannot lock the real user out: the lock follows the address.
 * - login, per client address across names: 20× that, against password spraying.
 * - change of one's own password, per account: LOGIN_MAX_FAILURES wrong current passwords lock further changes
 *   for LOGIN_LOCK_MINUTES. Only sessions of that account can try, so the lock harms no one else; it stops a
 *   stolen session from guessing the password it would need to take the account over.
 * The client address is the real one behind the proxies named in TRUSTED_PROXIES; an IPv6 client counts by its /64.
 */
@Injectable()
export class LoginLimiter {
  private readonly byUser: RateLimiterRedis;
  private readonly byAddress: RateLimiterRedis;
  private readonly passwordChanges: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) redis: Redis) {
    const lock = config.LOGIN_LOCK_MINUTES * 60;
    const namespace = `${config.QUEUE_PREFIX}:auth`;
    const limiter = (name: string, points: number) => {
      const keyPrefix = `${namespace}:${name}`;
      return new RateLimiterRedis({
        storeClient: redis, keyPrefix, points, duration: lock, blockDuration: lock,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: lock, blockDuration: lock }),
      });
    };
    this.byUser = limiter('login-user', config.LOGIN_MAX_FAILURES);
    this.byAddress = limiter('login-address', config.LOGIN_MAX_FAILURES * 20);
    this.passwordChanges = limiter('password-change', config.LOGIN_MAX_FAILURES);
  }

  /** Throws TooManyLoginAttempts while the username at this address (or the address) is locked. */
  async assertAllowed(username: string, address: string): Promise<void> {
    const client = clientKey(address);
    const [user, addr] = await Promise.all([this.byUser.get(userKey(username, client)), this.byAddress.get(client)]);
    assertUnlocked([[user, this.byUser.points], [addr, this.byAddress.points]], 'TOO_MANY_LOGIN_ATTEMPTS');
  }

  async failed(username: string, address: string): Promise<void> {
    const client = clientKey(address);
    await Promise.all([this.byUser.consume(userKey(username, client)).catch(ignoreLimit), this.byAddress.consume(client).catch(ignoreLimit)]);
  }

  async succeeded(username: string, address: string): Promise<void> {
    await this.byUser.delete(userKey(username, clientKey(address))).catch(() => undefined);
  }

  /** Throws TooManyLoginAttempts (TOO_MANY_PASSWORD_ATTEMPTS) while the account's password changes are locked. */
  async assertPasswordChangeAllowed(username: string): Promise<void> {
    assertUnlocked([[await this.passwordChanges.get(accountKey(username)), this.passwordChanges.points]], 'TOO_MANY_PASSWORD_ATTEMPTS');
  }

  async passwordChangeFailed(username: string): Promise<void> {
    await this.passwordChanges.consume(accountKey(username)).catch(ignoreLimit);
  }

  async passwordChanged(username: string): Promise<void> {
    await this.passwordChanges.delete(accountKey(username)).catch(() => undefined);
  }
}

const accountKey = (username: string) => username.trim().toLowerCase();
const userKey = (username: string, client: string) => `${accountKey(username)}|${client}`;

function assertUnlocked(counts: readonly (readonly [RateLimiterRes | null, number])[], code: TooManyLoginAttempts['code']): void {
  for (const [res, points] of counts) {
    if (res && res.consumedPoints >= points && res.msBeforeNext > 0) throw new TooManyLoginAttempts(Math.ceil(res.msBeforeNext / 1000), code);
  }
}

/** A rejected consume only says the limit is reached, which the next assert reports. */
const ignoreLimit = (e: unknown) => {
  if (e instanceof RateLimiterRes) return;
  throw e;
};
