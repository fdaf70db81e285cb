// npm run build:web — builds the web app aside and swaps it into dist/web, so an app serving dist/web
// (another test file, a running `npm start`) never sees a half-emptied directory.
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const target = fileURLToPath(new URL('../../dist/web', import.meta.url));
const next = `${target}.next-${process.pid}`;
const old = `${target}.old-${process.pid}`;

await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)), logLevel: 'warn', build: { outDir: next, emptyOutDir: true } });
await rename(target, old).catch(() => undefined);
try {
  await rename(next, target);
} catch {
  // a concurrent build swapped its own (identical) output in first
  await rm(next, { recursive: true, force: true });
}
await rm(old, { recursive: true, force: true });
