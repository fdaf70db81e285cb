import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { correlationIdFrom, withLogContext } from '@app/kernel';

/** Probes and scrapes answer every few seconds: logged at debug, not as traffic. */
const QUIET = /^\/(health|metrics)(\/|\?|$)/;

/**
 * The first middleware: gives the request its correlation id (the client's `X-Correlation-Id`, or a fresh
 * one written back into the header, so the command context records it on the events), echoes it in the
 * response, and logs one line when the response is finished — also for requests refused before Nest
 * (body too large, malformed JSON).
 */
export function requestLogging() {
  const logger = new Logger('HTTP');
  return (req: Request, res: Response, next: NextFunction) => {
    const correlationId = correlationIdFrom(req.headers['x-correlation-id']);
    req.headers['x-correlation-id'] = correlationId;
    res.setHeader('X-Correlation-Id', correlationId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      const user = (req as { principal?: { username?: string } }).principal?.username;
      const fields = { correlationId, method: req.method, url: req.originalUrl, status: res.statusCode, durationMs, ...(user ? { user } : {}) };
      const line = `${req.method} ${req.originalUrl} ${res.statusCode} ${durationMs} ms [${correlationId}]`;
      // JSON lines take the fields from the log context (see JsonLogger); text lines read the message
      withLogContext(fields, () => {
        if (res.statusCode >= 500) logger.error(line);
        else if (QUIET.test(req.originalUrl)) logger.debug(line);
        else logger.log(line);
      });
    });
    withLogContext({ correlationId }, next);
  };
}
