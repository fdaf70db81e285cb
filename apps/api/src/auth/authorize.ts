import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import type { FastifyRequest as Request } from 'fastify';
import { Unauthenticated } from '@app/kernel';
import type { Permission, Principal } from '@app/kernel';

export const IS_PUBLIC = 'auth:public';
export const PERMISSIONS = 'auth:permissions';

/** No session needed (login, health, API docs). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * The permission a route needs; the global AuthGuard refuses routes that declare neither this nor @Public.
 * Unit scope is checked where the unit is known (handlers, queries) with `assertUnitInScope` / `unitsForRead`.
 */
export const Authorize = (permission: Permission) => SetMetadata(PERMISSIONS, permission);

export type AuthenticatedRequest = Request & { principal?: Principal };

export function principalOf(req: AuthenticatedRequest): Principal {
  if (!req.principal) throw new Unauthenticated();
  return req.principal;
}

/** The authenticated caller, as set by the AuthGuard. */
export const CurrentPrincipal = createParamDecorator((_: unknown, host: ExecutionContext): Principal =>
  principalOf(host.switchToHttp().getRequest<AuthenticatedRequest>()));
