/**
 * A rule of the business was broken. `code` is stable (clients and tests rely on it); `field` names the
 * offending input where there is one. `kind` says what sort of failure it is, without any HTTP:
 * the API's single exception filter maps kinds to status codes.
 */
export type DomainErrorKind = 'invalid' | 'not_found' | 'conflict';

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    message: string,
    readonly field?: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static invalid(code: string, field: string | undefined, message: string, details?: Record<string, unknown>) {
    return new DomainError(code, 'invalid', message, field, details);
  }
  static notFound(code: string, field: string | undefined, message: string) {
    return new DomainError(code, 'not_found', message, field);
  }
  static conflict(code: string, field: string | undefined, message: string, details?: Record<string, unknown>) {
    return new DomainError(code, 'conflict', message, field, details);
  }
}

/**
 * A rejection that is itself a fact worth keeping: e.g. a blocked overspend attempt is recorded
 * (the alert rules watch for it) although the disbursement is refused.
 */
export class RejectionWithRecord<E> extends DomainError {
  constructor(readonly rejection: DomainError, readonly record: readonly E[]) {
    super(rejection.code, rejection.kind, rejection.message, rejection.field, rejection.details);
  }
}
