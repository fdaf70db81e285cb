import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { DomainEvent } from '@app/domain';
import { NewEvent } from '@app/event-store';
import { CommandContext } from '../command-context';

/** Namespace for ids derived from natural keys (凭证号, import + line…), so a retry maps to the same event id. */
const NAMESPACE = '6f1c8a52-3f0e-4c7e-9a51-0c2f5b8d4e21';
export const deterministicId = (key: string) => uuidv5(key, NAMESPACE);

/** Metadata every stored event carries. */
export interface EventMetadataV1 {
  readonly eventId: string;
  readonly actor: string;
  readonly unit: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly recordedAt: string;
  readonly effectiveDate: string;
}

export function envelope(events: readonly DomainEvent[], ctx: CommandContext, unit: string | null, ids?: readonly string[]): NewEvent[] {
  const recordedAt = ctx.now.toISOString();
  return events.map((e, i) => {
    const eventId = ids?.[i] ?? randomUUID();
    const metadata: EventMetadataV1 = {
      eventId, actor: ctx.actor, unit, correlationId: ctx.correlationId, causationId: ctx.causationId, recordedAt, effectiveDate: e.effectiveDate,
    };
    return { id: eventId, type: e.type, data: e.data, metadata: { ...ctx.metadata, ...metadata } };
  });
}

/** Back from the store into the domain's shape (for folding). */
export function toDomainEvent<E extends DomainEvent>(stored: { type: string; data: unknown; metadata: Record<string, unknown> }): E {
  return { type: stored.type, data: stored.data, effectiveDate: String(stored.metadata.effectiveDate ?? '') } as E;
}
