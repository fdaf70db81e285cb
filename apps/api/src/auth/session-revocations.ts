import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@app/config';
import { REDIS } from '@app/platform';

/**
 * Sessions ended by logout before they expire (ADR 7, amended by issue 12). A token is a signed, stateless JWT,
 * so ending one session (and not all of the account's) needs a record: the token's SHA-256 in Redis under
 * QUEUE_PREFIX, expiring with the token, so every instance refuses it. Only logged-out, unexpired tokens are
 * kept. This instance also remembers its own logouts in memory: while Redis is down they still hold here, but a
 * logout made on another instance during the outage is not seen (requests are not refused because Redis is down).
 */
@Injectable()
export class SessionRevocations {
  private readonly logger = new Logger('Sessions');
  private readonly prefix: string;
  /** token hash → when the token expires (ms) */
  private readonly local = new Map<string, number>();

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) private readonly redis: Redis) {
    this.prefix = `${config.QUEUE_PREFIX}:auth:revoked:`;
  }

  async revoke(token: string, expiresAt: Date, now = new Date()): Promise<void> {
    const ttlMs = expiresAt.getTime() - now.getTime();
    if (ttlMs <= 0) return;
    const id = tokenId(token);
    this.prune(now.getTime());
    this.local.set(id, expiresAt.getTime());
    try {
      await this.redis.set(this.prefix + id, '1', 'PX', ttlMs);
    } catch (error) {
      this.logger.warn(`logout recorded on this instance only (Redis: ${error instanceof Error ? error.message : String(error)})`);
    }
  }

  async isRevoked(token: string, now = new Date()): Promise<boolean> {
    const id = tokenId(token);
    const local = this.local.get(id);
    if (local !== undefined && local > now.getTime()) return true;
    try {
      return (await this.redis.exists(this.prefix + id)) === 1;
    } catch {
      return false; // Redis down: logouts made here still hold (above); the rest expire with their tokens
    }
  }

  private prune(nowMs: number): void {
    for (const [id, expires] of this.local) if (expires <= nowMs) this.local.delete(id);
  }
}

/** A token is never stored, only its hash: the record cannot be replayed as a credential. */
const tokenId = (token: string) => createHash('sha256').update(token).digest('base64url');
