import { CallHandler, ExecutionContext, Injectable, NestInterceptor, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import type { FastifyRequest as Request } from 'fastify';
import { Observable } from 'rxjs';
import { correlationIdFrom, withLogContext } from '@app/kernel';
import { toProblem } from '../shared/problem-details.filter';
import { Metrics } from '@app/platform';

/** Commands are the writes; queries (GET) are not counted here. */
const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one interceptor around every route (the idempotency replay is the other, for POSTs with a key): re-enters
 * the request's log context around the handler (the JSON parser resumes the request from stream callbacks, which
 * lose the async context, so the handler's log lines would otherwise go without it), and counts and times
 * every command: the type is the use case (the controller's name without `Controller`, e.g. RecordDisbursement),
 * the outcome `ok` or the problem code the one error filter answers (OVERSPEND_BLOCKED, VALIDATION_FAILED…), so
 * the label set stays bounded. One layer instead of two: each costs an Observable per request.
 */
@Injectable()
export class RequestInterceptor implements NestInterceptor {
  constructor(private readonly metrics: Metrics) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const correlationId = correlationIdFrom(req.headers['x-correlation-id']);
    const command = COMMAND_METHODS.has(req.method) ? commandType(context) : undefined;
    return new Observable((subscriber) => withLogContext({ correlationId }, () => {
      if (!command) return next.handle().subscribe(subscriber);
      const started = process.hrtime.bigint();
      let counted = false;
      const count = (outcome: string) => {
        if (!counted) this.metrics.command(command, outcome, Number(process.hrtime.bigint() - started) / 1e9);
        counted = true;
      };
      return next.handle().subscribe({
        next: (value) => { count('ok'); subscriber.next(value); },
        error: (error: unknown) => { count(toProblem(error).code); subscriber.error(error); },
        complete: () => subscriber.complete(),
      });
    }));
  }
}

const commandHandlers = new WeakMap<object, number>();

/** Command routes (POST, PUT, PATCH, DELETE) a controller declares, read once from Nest's route metadata. */
function commandRoutes(controller: { prototype: object }): number {
  let count = commandHandlers.get(controller);
  if (count === undefined) {
    const proto = controller.prototype as Record<string, unknown>;
    count = Object.getOwnPropertyNames(proto).filter((name) => {
      const method = typeof proto[name] === 'function' ? Reflect.getMetadata(METHOD_METADATA, proto[name] as object) : undefined;
      return [RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE].includes(method);
    }).length;
    commandHandlers.set(controller, count);
  }
  return count;
}

/** The use case: `RecordDisbursement`; a controller with several commands adds the handler: `Users.resetPassword`. */
function commandType(context: ExecutionContext): string {
  const controller = context.getClass();
  const name = controller.name.replace(/Controller$/, '');
  return commandRoutes(controller) > 1 ? `${name}.${context.getHandler().name}` : name;
}
