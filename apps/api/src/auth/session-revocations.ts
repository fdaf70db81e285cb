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
  /**
   * token hash → the one EXISTS that the checks made during this turn of the event loop share. It is sent on the
   * next turn (setImmediate) and leaves this map as it is sent, so every check that joins it asked before it was
   * sent: its answer is as fresh as a query of its own. Under load the requests of one poll carry the same few
   * tokens (issue 14: one Redis round trip per request was 7 % of the main thread at 16 clients).
   */
  private readonly asking = new Map<string, Promise<boolean>>();
  /** token → its hash, for the tokens seen lately (hashing every request's token again costs more than the lookup) */
  private readonly ids = new Map<string, string>();

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) private readonly redis: Redis) {
    this.prefix = `${config.QUEUE_PREFIX}:auth:revoked:`;
  }

  async revoke(token: string, expiresAt: Date, now = new Date()): Promise<void> {
    const ttlMs = expiresAt.getTime() - now.getTime();
    if (ttlMs <= 0) return;
    const id = this.idOf(token);
    this.prune(now.getTime());
    this.local.set(id, expiresAt.getTime());
    try {
      await this.redis.set(this.prefix + id, '1', 'PX', ttlMs);
    } catch (error) {
      this.logger.warn(`logout recorded on this instance only (Redis: ${error instanceof Error ? error.message : String(error)})`);
    }
  }

  async isRevoked(token: string, now = new Date()): Promise<boolean> {
    const id = this.idOf(token);
    const local = this.local.get(id);
    if (local !== undefined && local > now.getTime()) return true;
    let answer = this.asking.get(id);
    if (!answer) {
      answer = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        this.asking.delete(id);
        try {
          return (await this.redis.exists(this.prefix + id)) === 1;
        } catch {
          return false; // Redis down: logouts made here still hold (above); the rest expire with their tokens
        }
      });
      this.asking.set(id, answer);
    }
    return answer;
  }

  private idOf(token: string): string {
    let id = this.ids.get(token);
    if (id === undefined) {
      if (this.ids.size >= MAX_REMEMBERED_IDS) this.ids.clear();
      id = tokenId(token);
      this.ids.set(token, id);
    }
    return id;
  }

  private prune(nowMs: number): void {
    for (const [id, expires] of this.local) if (expires <= nowMs) this.local.delete(id);
  }
}

/** Token hashes kept in memory at most (as many as VerifiedTokens keeps verified tokens). */
const MAX_REMEMBERED_IDS = 10_000;

/** A token is never stored, only its hash: the record cannot be replayed as a credential. */
const tokenId = (token: string) => createHash('sha256').update(token).digest('base64url');
