import { existsSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
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
 * A file the app would have built (hashed /assets, or a web file such as /favicon.ico): never the app's page. By
 * known extensions, not by any dot: an alert's path `/alerts/execution_lag.project-2023-P01.1` is a page.
 */
const AN_ASSET = /^\/assets\/|\.(?:html?|m?js|css|map|json|txt|xml|webmanifest|ico|png|jpe?g|gif|svg|webp|avif|woff2?|ttf|otf|eot)$/i;

/**
 * The web dashboard (built by `npm run build:web` into dist/web), served by the API process itself: every
 * asset is local. Hashed assets are cached for a year, index.html never. The app routes with the URL's path
 * (`/indicators/2023/D-08`, the links of alert e-mails), so every other GET or HEAD that is neither an asset nor
 * under /api, /health, /metrics or /admin answers index.html and the app opens the view after a reload too.
 * Those prefixes go on to the API untouched (its 404 stays a problem document, /metrics stays metrics), and a
 * missing asset is a 404, not a page. A file the build compressed beside itself (`.br`, `.gz`: apps/web/build.mjs)
 * is sent compressed to a browser that accepts it, so the dashboard's first load is small on the wire.
 */
export function webApp(dir = webAssetsDir()): express.RequestHandler {
  if (!dir) return (_req, _res, next) => next();
  const noCache = (res: Response) => res.setHeader('Cache-Control', 'no-cache');
  const cacheFor = (res: Response, path: string) => (path.startsWith(join(dir, 'assets')) ? res.setHeader('Cache-Control', 'public, max-age=31536000, immutable') : noCache(res));
  const assets = express.static(dir, { index: 'index.html', fallthrough: true, setHeaders: cacheFor });
  const index = join(dir, 'index.html');
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_THE_WEB_APP.test(req.path)) return next();
    const asked = req.path === '/' ? index : inside(dir, req.path);
    if (asked && sendPrecompressed(req, res, asked, () => cacheFor(res, asked), next)) return;
    assets(req, res, () => {
      if (AN_ASSET.test(req.path)) return next();
      noCache(res);
      if (sendPrecompressed(req, res, index, () => noCache(res), next)) return;
      res.type('html').sendFile(index, (error) => { if (error) next(error); });
    });
  };
}

/** The file a URL path names inside `dir`, or undefined when it would leave it. */
function inside(dir: string, urlPath: string): string | undefined {
  let path: string;
  try { path = normalize(join(dir, decodeURIComponent(urlPath))); } catch { return undefined; }
  // dot-files (the build's .vite manifest) are never served, compressed or not
  return path.startsWith(dir + sep) && !path.slice(dir.length).split(sep).some((part) => part.startsWith('.')) ? path : undefined;
}

/** Brotli first (smaller), then gzip, as the browser accepts them; false when neither is there or accepted. */
const ENCODINGS = [{ name: 'br', suffix: '.br' }, { name: 'gzip', suffix: '.gz' }] as const;

function sendPrecompressed(req: Request, res: Response, file: string, setCaching: () => void, next: NextFunction): boolean {
  const type = extname(file);
  if (!type) return false;
  const accepted = req.acceptsEncodings(); // what the browser takes (q > 0); ours is the order of preference
  const encoding = ENCODINGS.find((e) => accepted.includes(e.name) && existsSync(file + e.suffix));
  if (!encoding) return false;
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Content-Encoding', encoding.name);
  res.type(type);
  setCaching();
  res.sendFile(file + encoding.suffix, (error) => { if (error) next(error); });
  return true;
}
