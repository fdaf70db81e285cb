import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { NextFunction, Request, Response } from 'express';

/** Paths the web app never answers: the API, health, API docs and the queue board keep their own 404s. */
const NOT_THE_WEB_APP = /^\/(api|health|metrics|admin)(\/|$)/;

/** Finds dist/web from wherever this module runs (apps/api/src/live under jest, dist/apps/api/src/live when built). */
export function webAssetsDir(from = __dirname): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'dist', 'web');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The web dashboard (built by `npm run build:web` into dist/web), served by the API process itself: every
 * asset is local. Hashed assets are cached for a year, index.html never. The app routes with URL hashes
 * (`/#/alerts`), so only `/` and the files themselves are answered here: every other path, and anything under
 * /api, /health and /admin, goes on to the API untouched (its 404 stays a problem document, /metrics stays metrics).
 */
export function webApp(dir = webAssetsDir()): express.RequestHandler {
  if (!dir) return (_req, _res, next) => next();
  const assets = express.static(dir, {
    index: 'index.html',
    fallthrough: true,
    setHeaders: (res, path) => res.setHeader('Cache-Control', path.startsWith(join(dir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_THE_WEB_APP.test(req.path)) return next();
    assets(req, res, next);
  };
}
