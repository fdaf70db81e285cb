import { DecisionContext } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

/**
 * given(events) / when(command) / then(events | error code) for deciders.
 * Asserts on error codes, never on message text.
 */
export function specification<C, E, S>(decider: {
  initialState: () => S;
  evolve: (state: S, event: E) => S;
  decide: (command: C, state: S, context: DecisionContext) => readonly E[];
}, context: DecisionContext = { today: '2023-12-31' },
/** what the application looks up in the store before deciding, answered from the given events (e.g. a payment on record) */
lookUp: (command: C, given: readonly E[]) => C = (command) => command) {
  return (...given: E[]) => ({
    when: (command: C) => {
      const run = () => decider.decide(lookUp(command, given), given.reduce(decider.evolve, decider.initialState()), context);
      return {
        then: (expected: readonly E[]) => expect(run()).toEqual(expected),
        thenEvents: () => run(),
        thenFails: (code: string, field?: string) => {
          let caught: unknown;
          try { run(); } catch (e) { caught = e; }
          expect(caught).toBeInstanceOf(DomainError);
          expect((caught as DomainError).code).toBe(code);
          if (field !== undefined) expect((caught as DomainError).field).toBe(field);
          return caught as DomainError;
        },
      };
    },
  });
}
