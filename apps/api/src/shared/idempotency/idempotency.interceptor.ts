import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { Observable, from, of, throwError } from 'rxjs';
import { catchError, mergeMap, tap } from 'rxjs/operators';
import { DomainError } from '@app/domain';
import type { IdempotencyKeyRef } from '@app/event-store';
import { Problem, ReplayedProblem, toProblem } from '../problem-details.filter';
import { IdempotencyService } from './idempotency.service';
import { NOT_KEPT, storedFormOf } from './withheld-on-replay';


/** A JSON body (the only kind the key's fingerprint covers): `application/json`, with or without parameters. */
const JSON_MEDIA = /^application\/json\s*(;|$)/i;
/** JSON with object keys sorted: the same body with its keys in another order is the same request. */
function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => Array.isArray(v) ? v.map(sort) : v && typeof v === 'object'
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sort(value));
}

/** What a key is bound to: the method, the URL and the body (its keys in any order). */
export const requestFingerprint = (method: string, url: string, body: unknown): string =>
  createHash('sha256').update(`${method} ${url}\n${canonicalJson(body ?? null)}`).digest('hex');

/** The request's key, for the command context (ids derived from it, the key recorded with the events). */
export type KeyedRequest = Request & { idempotencyKey?: IdempotencyKeyRef };

/**
 * Idempotency-Key on POST: the first response (success or business rejection) is kept and replayed for the same
 * key and the same request; another request under a used key is refused (422). The keeping is IdempotencyService's.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly idempotency: IdempotencyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<KeyedRequest>();
    const res = context.switchToHttp().getResponse<Response>();
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || typeof key !== 'string' || key === '') return next.handle();
    // an uploaded file is not in req.body, so it could not be told apart from another under the same key;
    // uploads are idempotent by their own natural keys (凭证号 per unit) instead
    if (req.headers['content-type'] !== undefined && !JSON_MEDIA.test(req.headers['content-type'])) return next.handle();
    if (key.length > 200) return throwError(() => DomainError.invalid('IDEMPOTENCY_KEY_TOO_LONG', 'Idempotency-Key', 'Idempotency-Key is longer than 200 characters'));
    const scope = (req as { principal?: { username: string } }).principal?.username ?? 'anonymous';
    const ref: IdempotencyKeyRef = { scope, key, fingerprint: requestFingerprint(req.method, req.url, req.body) };
    return from(this.idempotency.begin(ref)).pipe(mergeMap((begun) => {
      if (!begun.run) {
        res.header('Idempotent-Replayed', 'true');
        const body = JSON.parse(begun.answer.body) as unknown;
        // a kept rejection is rethrown so that the one filter renders it again, status and all
        return begun.answer.status >= 400 ? throwError(() => new ReplayedProblem(body as Problem)) : of(body);
      }
      // a first attempt recorded its events and lost its answer: this run finds them (ids derive from the key)
      if (begun.recorded) res.header('Idempotent-Replayed', 'true');
      req.idempotencyKey = ref;
      // the answer is kept (or the key freed) beside, not before, the response: see IdempotencyService.end
      return next.handle().pipe(
        tap((body) => {
          // a generated password or a session token is never written down (issue 12 §3): see withheld-on-replay.ts
          const stored = storedFormOf(body);
          void (stored === NOT_KEPT ? this.idempotency.release(ref) : this.idempotency.end(ref, { status: res.statusCode, body: JSON.stringify(stored ?? null) }));
        }),
        catchError((error: unknown) => {
          const problem = toProblem(error);
          void this.idempotency.end(ref, { status: problem.status, body: JSON.stringify(problem), code: problem.code });
          return throwError(() => error);
        }),
      );
    }));
  }
}
