import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

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
 * is sent compressed to a browser that accepts it (@fastify/static's preCompressed), so the dashboard's first
 * load is small on the wire.
 */
export function webApp(dir = webAssetsDir()): FastifyPluginAsync {
  return async (fastify) => {
    if (!dir) return;
    const assetsDir = join(dir, 'assets');
    const cacheFor = (path: string) => (path.startsWith(assetsDir + sep) ? 'public, max-age=31536000, immutable' : 'no-cache');
    await fastify.register(fastifyStatic, { root: dir, serve: false, preCompressed: true, cacheControl: false, lastModified: true, etag: true });
    const send = (reply: FastifyReply, file: string) => reply
      .header('Cache-Control', cacheFor(file))
      .sendFile(relative(dir, file));
    fastify.get('/*', (req, reply) => {
      const path = req.url.split('?')[0];
      if (NOT_THE_WEB_APP.test(path)) return reply.callNotFound();
      const asked = path === '/' ? join(dir, 'index.html') : inside(dir, path);
      if (asked && isFile(asked)) return send(reply, asked);
      if (AN_ASSET.test(path)) return reply.callNotFound();
      return send(reply, join(dir, 'index.html'));
    });
  };
}

function isFile(path: string): boolean {
  try { return statSync(path).isFile(); } catch { return false; }
}

/** The file a URL path names inside `dir`, or undefined when it would leave it. */
function inside(dir: string, urlPath: string): string | undefined {
  let path: string;
  try { path = normalize(join(dir, decodeURIComponent(urlPath))); } catch { return undefined; }
  // dot-files (the build's .vite manifest) are never served, compressed or not
  return path.startsWith(dir + sep) && !path.slice(dir.length).split(sep).some((part) => part.startsWith('.')) ? path : undefined;
}
