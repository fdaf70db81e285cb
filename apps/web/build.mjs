// npm run build:web — builds the web app aside and swaps it into dist/web, so an app serving dist/web
// (another test file, a running `npm start`) never sees a half-emptied directory.
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { build } from 'vite';

const target = fileURLToPath(new URL('../../dist/web', import.meta.url));
const next = `${target}.next-${process.pid}`;
const old = `${target}.old-${process.pid}`;

await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)), logLevel: 'warn', build: { outDir: next, emptyOutDir: true } });
await precompress(next);
await rename(target, old).catch(() => undefined);
try {
  await rename(next, target);
} catch {
  // a concurrent build swapped its own (identical) output in first
  await rm(next, { recursive: true, force: true });
}
await rm(old, { recursive: true, force: true });

/**
 * Every text file of the build also as .br (brotli at its best quality: done once here, not per request) and .gz,
 * which the API process sends to browsers that accept them (apps/api/src/live/web-assets.ts). Small files and
 * the .vite manifest are left alone.
 */
async function precompress(dir) {
  const TEXT = /\.(?:html|js|mjs|css|svg|json|txt|map|webmanifest)$/;
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  await Promise.all(entries.filter((e) => e.isFile() && TEXT.test(e.name) && !join(e.parentPath, e.name).slice(dir.length).includes('/.')).map(async (e) => {
    const file = join(e.parentPath, e.name);
    const content = await readFile(file);
    if (content.length < 1024) return;
    await writeFile(`${file}.br`, await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
    await writeFile(`${file}.gz`, await gz(content, { level: 9 }));
  }));
}
