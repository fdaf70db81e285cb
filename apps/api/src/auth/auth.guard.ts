import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Forbidden, Unauthenticated, Permission, can } from '@app/kernel';
import { AuthenticatedRequest, IS_PUBLIC, PERMISSIONS } from './authorize';
import { SessionPrincipals } from './session-principals';

export { SESSION_COOKIE } from './session-principals';

/**
 * Every route: who is calling (bearer token or session cookie), is the account still active with the
 * session it logged in with, and does the role carry the route's permission. Routes that declare no
 * permission are refused (default deny). Unit scope is checked where the unit is known. (`Cache-Control:
 * no-store` on every API answer is set by the HTTP platform: http-platform/no-store.ts.)
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector, private readonly sessions: SessionPrincipals) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.sessions.principalOf(req);
    if (!principal) throw new Unauthenticated();
    req.principal = principal;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSIONS, targets);
    if (permission === undefined) throw new Forbidden('ROUTE_NOT_AUTHORIZED', 'this route declares no permission and is closed');
    if (!can(principal, permission)) throw new Forbidden('ROLE_NOT_PERMITTED', `role ${principal.role} may not ${permission}`);
    return true;
  }
}
