import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';

/**
 * Answers compressed (brotli or gzip, as the client accepts) when they are worth it: a JSON or CSV answer over
 * 1 kB (a read model's table, an export, the OpenAPI document). Only reads: a command's answer is a few hundred
 * bytes, so commands skip the middleware altogether. The live feed says `no-transform` and is never buffered; the
 * web app's files come compressed from the build.
 */
export function compressedAnswers() {
  const compress = compression({ threshold: 1024 });
  return (req: Request, res: Response, next: NextFunction) => (req.method === 'GET' || req.method === 'HEAD' ? compress(req, res, next) : next());
}
