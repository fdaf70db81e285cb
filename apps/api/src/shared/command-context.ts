import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@app/domain';
import type { Request } from 'express';
import { RequestValidationError } from './validation';
import { deterministicId } from './event-sourcing/deterministic-id';
import { AuthenticatedRequest, principalOf } from '../auth/authorize';
import { Principal, systemPrincipal } from '../auth/principal';

/** Who asked, when, and as part of what: everything a handler needs beside the command itself. */
export interface CommandContext {
  /** the authenticated user's name, recorded on every event; the demo import acts as `system:demo-import` */
  readonly actor: string;
  /** role and unit scope of the caller: handlers check the unit they act on with `assertUnitInScope` */
  readonly principal: Principal;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly now: Date;
  /** today in Asia/Shanghai */
  readonly today: string;
  /** from If-Match: the stream revision the client last saw; no retry when given */
  readonly expectedRevision?: number;
  /** further metadata for every event recorded in this context (e.g. the evaluation run an alert event belongs to) */
  readonly metadata?: Readonly<Record<string, string | boolean>>;
  /** the simulated demo year (演示数据): copied into every event's metadata as `demo: true` */
  readonly demo?: true;
  /**
   * A system caller's stable name for this command (never set from HTTP): the ids the handler mints (case,
   * advance, recovery, transfer and event ids) derive from it, so the same command replayed records the same ids.
   */
  readonly idSeed?: string;
}

export function systemContext(actor: string, now = new Date()): CommandContext {
  return { actor, principal: systemPrincipal(actor), correlationId: randomUUID(), causationId: null, now, today: shanghaiDate(now) };
}

/** A new id for what a command creates (`purpose`: case, advance…): random, or derived from the context's idSeed. */
export function mintId(ctx: Pick<CommandContext, 'idSeed'>, purpose: string): string {
  return ctx.idSeed === undefined ? randomUUID() : deterministicId(`${ctx.idSeed}/${purpose}`);
}

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
  return {
    actor: principal.username,
    principal,
    correlationId: header(req, 'x-correlation-id') ?? randomUUID(),
    causationId: header(req, 'idempotency-key') ?? null,
    now,
    today: shanghaiDate(now),
    ...(expected !== undefined ? { expectedRevision: expected } : {}),
  };
}

export const Ctx = createParamDecorator((_: unknown, host: ExecutionContext): CommandContext =>
  contextFromRequest(host.switchToHttp().getRequest<Request>()));
