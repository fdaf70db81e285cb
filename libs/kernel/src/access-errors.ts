/** 401: no valid session or token. */
export class Unauthenticated extends Error {
  readonly code: string;
  constructor(code = 'UNAUTHENTICATED', message = 'log in first: send the session cookie or `Authorization: Bearer <token>` from POST /api/v1/auth/login') {
    super(message);
    this.code = code;
  }
}

/** 403: authenticated, but outside the caller's role or unit scope. Nothing is recorded. */
export class Forbidden extends Error {
  constructor(readonly code: string, message: string, readonly field?: string) { super(message); }
}
