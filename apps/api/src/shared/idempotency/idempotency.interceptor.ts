import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { Observable, from, of, throwError } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { DomainError } from '@app/domain';
import { Problem, ReplayedProblem, toProblem } from '../problem-details.filter';
import { IdempotencyStore } from './idempotency.store';
import { NOT_KEPT, storedFormOf } from './withheld-on-replay';

/** JSON with object keys sorted: the same body with its keys in another order is the same request. */
function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => Array.isArray(v) ? v.map(sort) : v && typeof v === 'object'
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sort(value));
}

/**
 * Idempotency-Key on POST: the first response (success or business rejection) is stored and replayed for
 * the same key and the same request; another request under a used key is refused (422).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || typeof key !== 'string' || key === '') return next.handle();
    // an uploaded file is not in req.body, so it could not be told apart from another under the same key;
    // uploads are idempotent by their own natural keys (凭证号 per unit) instead
    if (req.headers['content-type'] !== undefined && !req.is('application/json')) return next.handle();
    if (key.length > 200) return throwError(() => DomainError.invalid('IDEMPOTENCY_KEY_TOO_LONG', 'Idempotency-Key', 'Idempotency-Key is longer than 200 characters'));
    const scope = (req as { principal?: { username: string } }).principal?.username ?? 'anonymous';
    const fingerprint = createHash('sha256').update(`${req.method} ${req.originalUrl}\n${canonicalJson(req.body ?? null)}`).digest('hex');
    const claim = this.store.claim(scope, key, fingerprint, new Date());
    switch (claim.outcome) {
      case 'mismatch':
        return throwError(() => DomainError.invalid('IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key', 'this Idempotency-Key was used for a different request'));
      case 'in_progress':
        return throwError(() => DomainError.conflict('IDEMPOTENCY_KEY_IN_PROGRESS', 'Idempotency-Key', 'a request with this Idempotency-Key is still being processed'));
      case 'replay': {
        res.setHeader('Idempotent-Replayed', 'true');
        const body = JSON.parse(claim.response.body) as unknown;
        // a stored rejection is rethrown so that the one filter renders it again, status and all
        return claim.response.status >= 400 ? throwError(() => new ReplayedProblem(body as Problem)) : of(body);
      }
    }
    return next.handle().pipe(
      mergeMap((body) => {
        // a generated password or a session token is never written to disk (issue 12 §3): see withheld-on-replay.ts
        const stored = storedFormOf(body);
        if (stored === NOT_KEPT) this.store.release(scope, key);
        else this.store.complete(scope, key, { status: res.statusCode, body: JSON.stringify(stored ?? null) });
        return of(body);
      }),
      catchError((error) => {
        const problem = toProblem(error);
        if (problem.status >= 500) this.store.release(scope, key);
        else this.store.complete(scope, key, { status: problem.status, body: JSON.stringify(problem) });
        return from(Promise.reject(error));
      }),
    );
  }
}
