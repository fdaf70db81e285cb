import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@app/domain';
import { CommandContext, idSeedOfKey } from '@app/kernel';
import type { FastifyRequest as Request } from 'fastify';
import { RequestValidationError } from './validation';
import { AuthenticatedRequest, principalOf } from '../auth/authorize';
import type { KeyedRequest } from './idempotency/idempotency.interceptor';

export type { CommandContext };

const header = (req: Request, name: string) => {
  const v = req.headers[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : undefined;
};

export function contextFromRequest(req: AuthenticatedRequest, now = new Date()): CommandContext {
  const principal = principalOf(req);
  const ifMatch = header(req, 'if-match')?.replace(/^W\//, '').replace(/"/g, '');
  if (ifMatch !== undefined && !/^\d{1,15}$/.test(ifMatch)) {
    throw new RequestValidationError([{ field: 'If-Match', code: 'INVALID_IF_MATCH', message: 'If-Match must be a stream revision (a whole number), as answered in `revision`' }]);
  }
  const expected = ifMatch !== undefined ? Number(ifMatch) : undefined;
  // a request under an Idempotency-Key names what it records after the key (ADR 0017)
  const key = (req as KeyedRequest).idempotencyKey;
  return {
    actor: principal.username,
    principal,
    correlationId: header(req, 'x-correlation-id') ?? randomUUID(),
    causationId: header(req, 'idempotency-key') ?? null,
    now,
    today: shanghaiDate(now),
    ...(expected !== undefined ? { expectedRevision: expected } : {}),
    ...(key ? { idempotencyKey: key, idSeed: idSeedOfKey(key) } : {}),
  };
}

export const Ctx = createParamDecorator((_: unknown, host: ExecutionContext): CommandContext =>
  contextFromRequest(host.switchToHttp().getRequest<Request>()));
