import { Injectable } from '@nestjs/common';
import type { FastifyRequest as Request } from 'fastify';
import { AccountsService, principalOfAccount } from './accounts.service';
import { normaliseUsername } from '@app/domain';
import { Principal } from '@app/kernel';
import { SessionRevocations } from './session-revocations';
import { SessionTokens } from './session-tokens';

export const SESSION_COOKIE = 'budget_session';

/**
 * Resolves a request's credentials to the current state of its account (also used outside Nest routes, e.g. the
 * queue board). Neither the token's signature nor the account stream is read again on each request: verified
 * tokens and the account directory are kept in memory until they change (SessionTokens, AccountsService.current).
 */
@Injectable()
export class SessionPrincipals {
  constructor(private readonly tokens: SessionTokens, private readonly accounts: AccountsService, private readonly revocations: SessionRevocations) {}

  async principalOf(req: Request): Promise<Principal | undefined> {
    const token = credentials(req);
    if (!token) return undefined;
    const claims = await this.tokens.verify(token);
    // a verified token is cached; its revocation (a logout on any instance) is checked on every request
    if (!claims || await this.revocations.isRevoked(token)) return undefined;
    const account = (await this.accounts.current()).accounts.get(normaliseUsername(claims.username));
    if (!account || !account.active || account.sessionVersion !== claims.sessionVersion) return undefined;
    return principalOfAccount(account);
  }

  /** Logout: the request's token is refused from now on, on every instance (bearer token or cookie alike). */
  async endSession(req: Request): Promise<void> {
    const token = credentials(req);
    const claims = token ? await this.tokens.verify(token) : undefined;
    if (token && claims) await this.revocations.revoke(token, claims.expiresAt);
  }
}

function credentials(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (typeof header === 'string') {
    const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
    return m ? m[1] : undefined;
  }
  const cookie = (req as Request & { cookies?: Record<string, unknown> }).cookies?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie !== '' ? cookie : undefined;
}
