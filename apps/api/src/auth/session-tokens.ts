import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { APP_CONFIG, AppConfig } from '@app/config';
import { VerifiedTokens } from './verified-tokens';

export interface SessionClaims { readonly username: string; readonly sessionVersion: number }
export interface VerifiedClaims extends SessionClaims { readonly expiresAt: Date }
export interface IssuedToken { readonly token: string; readonly expiresAt: string }

const ISSUER = 'budget-tracker';

/**
 * Signed session tokens (JWT, HS256): the same token is the browser's HTTP-only cookie and an API client's
 * bearer token. It names the user and the account's session version, so a password or role change or a
 * deactivation ends every open session at once; it expires after SESSION_TTL_MINUTES, and a logout ends it at
 * once (SessionRevocations).
 */
@Injectable()
export class SessionTokens {
  private readonly key: Uint8Array;
  private readonly verified = new VerifiedTokens<VerifiedClaims>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.SESSION_SECRET ?? persistentSecret(config.SESSION_KEY_FILE));
  }

  async issue(claims: SessionClaims, now = new Date()): Promise<IssuedToken> {
    const expires = new Date(now.getTime() + this.config.SESSION_TTL_MINUTES * 60_000);
    const token = await new SignJWT({ ver: claims.sessionVersion })
      .setProtectedHeader({ alg: 'HS256' }).setSubject(claims.username).setIssuer(ISSUER)
      // each login its own token, so that a logout ends that session only, even for two logins in one second
      .setJti(randomUUID())
      .setIssuedAt(Math.floor(now.getTime() / 1000)).setExpirationTime(Math.floor(expires.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt: expires.toISOString() };
  }

  /** The claims of a valid, unexpired token; undefined for anything else (forged, expired, malformed). */
  async verify(token: string, now = new Date()): Promise<VerifiedClaims | undefined> {
    const known = this.verified.get(token, now);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'], currentDate: now, requiredClaims: ['exp'] });
      if (typeof payload.sub !== 'string' || typeof payload.ver !== 'number' || typeof payload.exp !== 'number') return undefined;
      const claims = { username: payload.sub, sessionVersion: payload.ver, expiresAt: new Date(payload.exp * 1000) };
      this.verified.remember(token, claims, payload.exp * 1000);
      return claims;
    } catch {
      return undefined;
    }
  }
}

/** The embedded default keeps its key beside the data, readable by the owner only, so sessions survive a restart. */
function persistentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    return readFileSync(file, 'utf8').trim(); // another process wrote it first
  }
}
