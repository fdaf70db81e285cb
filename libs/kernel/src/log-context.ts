import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What every log line written inside a unit of work carries: the correlation id of the request (honoured
 * from `X-Correlation-Id`, recorded on the command's events), of an alert evaluation run (its runId), and
 * what caused the run (the correlation ids of the events that triggered it).
 */
export interface LogContext {
  readonly correlationId?: string;
  readonly causedBy?: readonly string[];
  readonly [key: string]: unknown;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `fn` with `context` added to the current one: every log line inside carries it. */
export function withLogContext<T>(context: LogContext, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...context }, fn);
}

export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}

const ACCEPTABLE_ID = /^[A-Za-z0-9._:@/+=-]{1,200}$/;

/** A client's X-Correlation-Id if it is a sane token, else a fresh one. */
export function correlationIdFrom(header: unknown): string {
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === 'string' && ACCEPTABLE_ID.test(value.trim()) ? value.trim() : randomUUID();
}

/** The distinct correlation ids in events' metadata (at most `max`, for log lines). */
export function correlationIdsOf(events: readonly { readonly metadata: Record<string, unknown> }[], max = 20): string[] {
  const ids = new Set<string>();
  for (const e of events) {
    const id = e.metadata.correlationId;
    if (typeof id === 'string') ids.add(id);
    if (ids.size >= max) break;
  }
  return [...ids];
}
