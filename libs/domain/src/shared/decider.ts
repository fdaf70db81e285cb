import { BusinessDate } from './business-date';

/**
 * An event as the domain decides it: a past-tense fact with a versioned type name and a plain JSON
 * payload. The command handler wraps it with metadata (ids, actor, recordedAt) before it is stored;
 * `effectiveDate` is the business date the fact belongs to and goes into that metadata.
 */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
  readonly effectiveDate: BusinessDate;
}

/** Facts about time and identity that a pure decider may not invent: they arrive with the command. */
export interface DecisionContext {
  /** today in Asia/Shanghai when the command was received */
  readonly today: BusinessDate;
}

export interface Decider<C, E extends DomainEvent, S> {
  readonly initialState: () => S;
  readonly evolve: (state: S, event: E) => S;
  readonly decide: (command: C, state: S, context: DecisionContext) => readonly E[];
}

export function fold<S, E>(evolve: (s: S, e: E) => S, initial: S, events: Iterable<E>): S {
  let state = initial;
  for (const e of events) state = evolve(state, e);
  return state;
}

export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
