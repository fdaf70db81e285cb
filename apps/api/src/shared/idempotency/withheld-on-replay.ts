/** Where an answer keeps the form the idempotency store may write down (a symbol: never serialised with the answer). */
const STORED_FORM = Symbol('idempotency:storedForm');

/**
 * An answer that carries something never to be written to disk (a generated password): the client gets `answer`,
 * the idempotency store keeps `stored`, so a replay of the same Idempotency-Key answers `stored`.
 */
export function storedAs<T extends object>(answer: T, stored: object): T {
  Object.defineProperty(answer, STORED_FORM, { value: stored, enumerable: false });
  return answer;
}

/** An answer that is never kept for replay (it carries a session token): its key is released, a retry runs again. */
export const NOT_KEPT: object = Object.freeze({});
export const notKept = <T extends object>(answer: T): T => storedAs(answer, NOT_KEPT);

/** What the idempotency store keeps of an answer: its stored form if it declares one (maybe NOT_KEPT), else the answer itself. */
export function storedFormOf(answer: unknown): unknown {
  return answer !== null && typeof answer === 'object' && STORED_FORM in answer ? (answer as Record<symbol, unknown>)[STORED_FORM] : answer;
}

/**
 * A generated password is shown once, in the first answer. A replay answers the same fields with the password
 * withheld (null, `passwordWithheld: true`): the admin resets again for a new one (issue 12 §3).
 */
export function generatedPasswordAnswer<T extends object>(answer: T, generatedPassword: string): T & { generatedPassword: string | null; passwordWithheld: boolean } {
  return storedAs({ ...answer, generatedPassword, passwordWithheld: false }, { ...answer, generatedPassword: null, passwordWithheld: true });
}
