import { randomUUID } from 'node:crypto';
import { DomainEvent } from '@app/domain';
import { NewEvent } from '@app/event-store';
import { CommandContext } from './command-context';
import { deterministicId } from './deterministic-id';

export { deterministicId };

/** Metadata every stored event carries. */
export interface EventMetadataV1 {
  readonly eventId: string;
  readonly actor: string;
  readonly unit: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly recordedAt: string;
  readonly effectiveDate: string;
  /** only on events of the simulated demo year (演示数据) */
  readonly demo?: true;
}

/**
 * Wraps a decision's events for the store. A seeded command (the demo year, a request with an Idempotency-Key) names
 * its events after the seed and the stream, so the same command run again finds them; explicit `ids` win.
 */
export function envelope(events: readonly DomainEvent[], ctx: CommandContext, unit: string | null, ids?: readonly string[], streamId?: string): NewEvent[] {
  const recordedAt = ctx.now.toISOString();
  const seed = ctx.idSeed === undefined ? undefined : streamId === undefined ? `${ctx.idSeed}/event` : `${ctx.idSeed}/event/${streamId}`;
  return events.map((e, i) => {
    const eventId = ids?.[i] ?? (seed === undefined ? randomUUID() : deterministicId(`${seed}/${i}/${e.type}`));
    const metadata: EventMetadataV1 = {
      eventId, actor: ctx.actor, unit, correlationId: ctx.correlationId, causationId: ctx.causationId, recordedAt, effectiveDate: e.effectiveDate,
      ...(ctx.demo ? { demo: true as const } : {}),
    };
    return { id: eventId, type: e.type, data: e.data, metadata: { ...ctx.metadata, ...metadata } };
  });
}

/** Back from the store into the domain's shape (for folding). */
export function toDomainEvent<E extends DomainEvent>(stored: { type: string; data: unknown; metadata: Record<string, unknown> }): E {
  return { type: stored.type, data: stored.data, effectiveDate: String(stored.metadata.effectiveDate ?? '') } as E;
}
