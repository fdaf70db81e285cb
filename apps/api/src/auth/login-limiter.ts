import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '@app/config';
import { REDIS } from '@app/platform';

/** 429: too many failed logins; says when to try again. */
export class TooManyLoginAttempts extends Error {
  readonly code = 'TOO_MANY_LOGIN_ATTEMPTS';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many failed logins: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`);
  }
}

/**
 * Brute-force protection: failures count per username and address (LOGIN_MAX_FAILURES, then locked for
 * LOGIN_LOCK_MINUTES) and per address across usernames (20× that, against password spraying); a
 * success clears the username's count. Counts live in Redis so every instance sees them; while Redis is
 * down an in-process limiter takes over rather than letting logins through unlimited.
 */
@Injectable()
export class LoginLimiter {
  private readonly byUser: RateLimiterRedis;
  private readonly byAddress: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) redis: Redis) {
    const lock = config.LOGIN_LOCK_MINUTES * 60;
    const limiter = (keyPrefix: string, points: number) => new RateLimiterRedis({
      storeClient: redis, keyPrefix, points, duration: lock, blockDuration: lock,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: lock, blockDuration: lock }),
    });
    this.byUser = limiter('budget-login-user', config.LOGIN_MAX_FAILURES);
    this.byAddress = limiter('budget-login-addr', config.LOGIN_MAX_FAILURES * 20);
  }

  /** Throws TooManyLoginAttempts while the username at this address (or the address) is locked. */
  async assertAllowed(username: string, address: string): Promise<void> {
    const [user, addr] = await Promise.all([this.byUser.get(userKey(username, address)), this.byAddress.get(address)]);
    const locked = [[user, this.byUser.points], [addr, this.byAddress.points]] as const;
    for (const [res, points] of locked) {
      if (res && res.consumedPoints >= points && res.msBeforeNext > 0) throw new TooManyLoginAttempts(Math.ceil(res.msBeforeNext / 1000));
    }
  }

  async failed(username: string, address: string): Promise<void> {
    await Promise.all([
      this.byUser.consume(userKey(username, address)).catch(ignoreLimit),
      this.byAddress.consume(address).catch(ignoreLimit),
    ]);
  }

  async succeeded(username: string, address: string): Promise<void> {
    await this.byUser.delete(userKey(username, address)).catch(() => undefined);
  }
}

const userKey = (username: string, address: string) => `${username.trim().toLowerCase()}|${address}`;

/** A rejected consume only says the limit is reached, which assertAllowed reports on the next attempt. */
const ignoreLimit = (e: unknown) => {
  if (e instanceof RateLimiterRes) return;
  throw e;
};
