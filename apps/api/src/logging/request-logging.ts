import { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { correlationIdFrom, withLogContext } from '@app/kernel';

/** Probes and scrapes answer every few seconds: logged at debug, not as traffic. */
const QUIET = /^\/(health|metrics)(\/|\?|$)/;

/**
 * The first hooks: give the request its correlation id (the client's `X-Correlation-Id`, or a fresh one
 * written back into the header, so the command context records it on the events), echo it in the response,
 * and log one line when the response is sent — also for requests refused before the route (body too large,
 * malformed JSON).
 */
export function requestLogging() {
  const logger = new Logger('HTTP');
  return {
    onRequest(req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void {
      const correlationId = correlationIdFrom(req.headers['x-correlation-id']);
      req.headers['x-correlation-id'] = correlationId;
      reply.header('X-Correlation-Id', correlationId);
      withLogContext({ correlationId }, done);
    },
    async onResponse(req: FastifyRequest, reply: FastifyReply): Promise<void> {
      const correlationId = req.headers['x-correlation-id'] as string;
      const durationMs = Math.round(reply.elapsedTime * 10) / 10;
      const user = (req as { principal?: { username?: string } }).principal?.username;
      const fields = { correlationId, method: req.method, url: req.url, status: reply.statusCode, durationMs, ...(user ? { user } : {}) };
      const line = `${req.method} ${req.url} ${reply.statusCode} ${durationMs} ms [${correlationId}]`;
      // JSON lines take the fields from the log context (see JsonLogger); text lines read the message
      withLogContext(fields, () => {
        if (reply.statusCode >= 500) logger.error(line);
        else if (QUIET.test(req.url)) logger.debug(line);
        else logger.log(line);
      });
    },
  };
}
