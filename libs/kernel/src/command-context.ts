import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@app/domain';
import type { IdempotencyKeyRef } from '@app/event-store';
import { deterministicId } from './deterministic-id';
import { Principal, systemPrincipal } from './principal';

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
   * A stable name for this command: a system caller's (the demo year), or the request's Idempotency-Key
   * (`idSeedOfKey`). The ids the handler mints (case, advance, recovery, transfer, adjustment and event ids) derive
   * from it, so the same command run again, after a crash or on a retry, records the same ids (ADR 0017).
   */
  readonly idSeed?: string;
  /** the request's Idempotency-Key: the append records it beside the events, in its own transaction (ADR 0017) */
  readonly idempotencyKey?: IdempotencyKeyRef;
}

export function systemContext(actor: string, now = new Date()): CommandContext {
  return { actor, principal: systemPrincipal(actor), correlationId: randomUUID(), causationId: null, now, today: shanghaiDate(now) };
}

/** The seed of a command sent with an Idempotency-Key: per caller, key and request, so a key reused for another request names other ids. */
export const idSeedOfKey = (ref: IdempotencyKeyRef): string => `idempotency/${ref.scope}/${ref.key}/${ref.fingerprint}`;

/** A new id for what a command creates (`purpose`: case, advance…): random, or derived from the context's idSeed. */
export function mintId(ctx: Pick<CommandContext, 'idSeed'>, purpose: string): string {
  return ctx.idSeed === undefined ? randomUUID() : deterministicId(`${ctx.idSeed}/${purpose}`);
}
