import type { LoggerService, LogLevel } from '@nestjs/common';
import pino, { DestinationStream, Level, Logger } from 'pino';
import { currentLogContext } from '@app/kernel';

/** LOG_LEVEL keeps Nest's names; pino calls `log` info and `verbose` trace. */
const PINO_LEVEL: Readonly<Record<LogLevel, Level>> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/**
 * LOG_FORMAT=json: one JSON object per line through pino, `{level, time, pid, hostname, context, msg, …}`,
 * with the correlation id of the unit of work in progress (request, projector batch, alert job) merged in
 * from the log context. Nest's own `Logger` instances write through it, so framework lines are JSON too.
 */
export class JsonLogger implements LoggerService {
  readonly pino: Logger;

  constructor(level: LogLevel, destination: DestinationStream = pino.destination({ dest: 1, sync: true })) {
    this.pino = pino({
      level: PINO_LEVEL[level],
      messageKey: 'msg',
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
      // the unit of work's ids; explicit fields of a line win over them
      mixin: (merge) => {
        const context = currentLogContext();
        if (!context) return {};
        const extra: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(context)) if (value !== undefined && !(key in merge)) extra[key] = value;
        return extra;
      },
    }, destination);
  }

  log(message: unknown, ...params: unknown[]): void { this.write('info', message, params); }
  warn(message: unknown, ...params: unknown[]): void { this.write('warn', message, params); }
  debug(message: unknown, ...params: unknown[]): void { this.write('debug', message, params); }
  verbose(message: unknown, ...params: unknown[]): void { this.write('trace', message, params); }
  fatal(message: unknown, ...params: unknown[]): void { this.write('fatal', message, params); }

  /** Nest passes (message, stack?, context?) */
  error(message: unknown, ...params: unknown[]): void {
    const { context, rest } = splitContext(params);
    const stack = typeof rest[0] === 'string' ? rest[0] : undefined;
    if (message instanceof Error) this.pino.error({ context, err: message }, message.message);
    else this.write('error', message, stack ? [{ stack }, ...rest.slice(1)] : rest, context);
  }

  setLogLevels(levels: LogLevel[]): void {
    const order: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];
    const lowest = order.find((l) => levels.includes(l));
    if (lowest) this.pino.level = PINO_LEVEL[lowest];
  }

  private write(level: Level, message: unknown, params: unknown[], givenContext?: string): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const { context, rest } = givenContext !== undefined ? { context: givenContext, rest: params } : splitContext(params);
    const fields: Record<string, unknown> = { context };
    for (const p of rest) if (p && typeof p === 'object' && !Array.isArray(p)) Object.assign(fields, p);
    if (message && typeof message === 'object' && !(message instanceof Error)) {
      // an object message: its fields are the line's (`msg` among them, if given)
      this.pino[level]({ ...fields, ...(message as Record<string, unknown>) });
    } else {
      this.pino[level](fields, message instanceof Error ? message.message : String(message));
    }
  }
}

/** Nest appends the logger's context (a string) as the last parameter. */
function splitContext(params: unknown[]): { context: string | undefined; rest: unknown[] } {
  const last = params[params.length - 1];
  return typeof last === 'string' ? { context: last, rest: params.slice(0, -1) } : { context: undefined, rest: params };
}
