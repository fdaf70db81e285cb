import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@app/domain';
import type { Request } from 'express';
import { RequestValidationError } from './validation';

/** Who asked, when, and as part of what: everything a handler needs beside the command itself. */
export interface CommandContext {
  /** until accounts exist (issue 4) the caller names itself in X-Actor; the demo import acts as `system` */
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly now: Date;
  /** today in Asia/Shanghai */
  readonly today: string;
  /** from If-Match: the stream revision the client last saw; no retry when given */
  readonly expectedRevision?: number;
}

export function systemContext(actor: string, now = new Date()): CommandContext {
  return { actor, correlationId: randomUUID(), causationId: null, now, today: shanghaiDate(now) };
}

const header = (req: Request, name: string) => {
  const v = req.headers[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : undefined;
};

export function contextFromRequest(req: Request, now = new Date()): CommandContext {
  const ifMatch = header(req, 'if-match')?.replace(/^W\//, '').replace(/"/g, '');
  if (ifMatch !== undefined && !/^\d{1,15}$/.test(ifMatch)) {
    throw new RequestValidationError([{ field: 'If-Match', code: 'INVALID_IF_MATCH', message: 'If-Match must be a stream revision (a whole number), as answered in `revision`' }]);
  }
  const expected = ifMatch !== undefined ? Number(ifMatch) : undefined;
  return {
    actor: header(req, 'x-actor') ?? 'anonymous',
    correlationId: header(req, 'x-correlation-id') ?? randomUUID(),
    causationId: header(req, 'idempotency-key') ?? null,
    now,
    today: shanghaiDate(now),
    ...(expected !== undefined ? { expectedRevision: expected } : {}),
  };
}

export const Ctx = createParamDecorator((_: unknown, host: ExecutionContext): CommandContext =>
  contextFromRequest(host.switchToHttp().getRequest<Request>()));
