import { CallHandler, ExecutionContext, Injectable, NestInterceptor, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import type { Request } from 'express';
import { Observable, tap } from 'rxjs';
import { toProblem } from '../shared/problem-details.filter';
import { Metrics } from '@app/platform';

/** Commands are the writes; queries (GET) are not counted here. */
const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Counts every command and times it: the type is the use case (the controller's name without
 * `Controller`, e.g. RecordDisbursement), the outcome `ok` or the problem code the one error filter
 * answers (OVERSPEND_BLOCKED, VOUCHER_ALREADY_USED, VALIDATION_FAILED…), so the label set stays bounded.
 */
@Injectable()
export class CommandMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: Metrics) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || !COMMAND_METHODS.has(context.switchToHttp().getRequest<Request>().method)) return next.handle();
    const command = commandType(context);
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    return next.handle().pipe(tap({
      next: () => this.metrics.command(command, 'ok', seconds()),
      error: (error: unknown) => this.metrics.command(command, toProblem(error).code, seconds()),
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
