import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@app/domain';
import { BudgetImportRejected } from '@app/budget-import';
import { EventStoreError } from '@app/event-store';
import { RequestValidationError } from './validation';
import { ReadModelBehindError } from '@app/platform';
import { Forbidden, Unauthenticated } from '@app/kernel';
import { TooManyLoginAttempts } from '../auth/login-limiter';
import { RequestBodyRefused } from '../http-platform/request-body-refused';

/** RFC 9457 problem details: the one place where failures become HTTP. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  field?: string;
  errors?: readonly { field?: string; path?: string; code: string; message: string }[];
  [extension: string]: unknown;
}

const STATUS_BY_KIND = { invalid: HttpStatus.UNPROCESSABLE_ENTITY, not_found: HttpStatus.NOT_FOUND, conflict: HttpStatus.CONFLICT } as const;

/** A rejection stored under an Idempotency-Key, answered again verbatim. */
export class ReplayedProblem extends Error {
  constructor(readonly problem: Problem) { super(problem.detail); }
}

export function toProblem(error: unknown): Problem {
  if (error instanceof ReplayedProblem) return error.problem;
  if (error instanceof Unauthenticated) return problem(401, error.code, 'Not authenticated', error.message, {});
  if (error instanceof Forbidden) return problem(403, error.code, 'Forbidden', error.message, error.field ? { field: error.field } : {});
  if (error instanceof TooManyLoginAttempts) return problem(429, error.code, 'Too many failed attempts', error.message, { retryAfter: error.retryAfterSeconds });
  if (error instanceof RequestBodyRefused) return problem(error.status, error.code, 'The request body was refused', error.message, {});
  if (error instanceof RequestValidationError) {
    return problem(400, 'VALIDATION_FAILED', 'The request is malformed', error.message, { field: error.errors[0]?.field, errors: error.errors });
  }
  if (error instanceof BudgetImportRejected) {
    return problem(422, error.code, 'The budget document was not imported', error.message, { field: error.issues[0]?.path, errors: error.issues });
  }
  if (error instanceof DomainError) {
    const status = error.details?.kind === 'precondition' ? HttpStatus.PRECONDITION_FAILED : STATUS_BY_KIND[error.kind];
    return problem(status, error.code, error.code.toLowerCase().replace(/_/g, ' '), error.message, {
      ...(error.field ? { field: error.field } : {}), ...(error.details ? { details: error.details } : {}),
    });
  }
  if (error instanceof ReadModelBehindError) {
    return problem(503, error.code, 'Read models are catching up', error.message, {
      retryAfter: error.retryAfterSeconds, position: error.reached, ...(error.progress ? { progress: error.progress } : {}),
    });
  }
  if (error instanceof EventStoreError) {
    return problem(409, error.code, 'Conflicting write', error.message, {});
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const detail = typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? error.message);
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 404 ? 'NOT_FOUND' : `HTTP_${status}`;
    return problem(status, code, HttpStatus[status] ?? 'Error', detail, {});
  }
  const status = (error as { status?: number; type?: string })?.status;
  if (status === 413) return problem(413, 'PAYLOAD_TOO_LARGE', 'Payload too large', 'the request body is larger than allowed', {});
  if (status === 400 && (error as { type?: string }).type === 'entity.parse.failed') {
    return problem(400, 'MALFORMED_JSON', 'Malformed JSON', 'the request body is not valid JSON', {});
  }
  return problem(500, 'INTERNAL_ERROR', 'Internal error', 'an unexpected error occurred; it has been logged', {});
}

function problem(status: number, code: string, title: string, detail: string, extra: Partial<Problem>): Problem {
  return { type: `urn:budget-tracker:problem:${code.toLowerCase().replace(/_/g, '-')}`, title, status, code, detail, ...extra };
}

/** Answers an RFC 9457 problem document (the one shape every refusal takes, before or inside a route). */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<FastifyReply>();
    const body = toProblem(error);
    if (error instanceof ReadModelBehindError || error instanceof TooManyLoginAttempts) res.header('Retry-After', String(error.retryAfterSeconds));
    if (error instanceof Unauthenticated) res.header('WWW-Authenticate', 'Bearer realm="budget-tracker"');
    if (body.status >= 500 && body.status !== 503) this.logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
    sendProblem(res, body);
  }
}
