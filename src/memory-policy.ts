import { setFlagsFromString } from 'node:v8';
import type { AppConfig } from '@app/config';

/**
 * The server process's heap policy (issue 14; docs/adr/0023-server-memory-policy.md). On a machine with plenty of
 * memory V8 lets a heap grow to up to 4× what it held live after the last full collection before it collects again:
 * a 100,000-row import held about 75 MB live and peaked at 468 MB RSS. Growing by at most HEAP_GROWING_PERCENT (50 %)
 * of the live size collects sooner and keeps the peak near 330 MB, for more frequent (smaller) collections.
 * A V8 flag read at every collection, so it takes effect when set at start; it applies to the projector thread too.
 * `npm start`, the Docker image and every bench section that measures the server call this; tests do not.
 */
export function applyServerMemoryPolicy(config: Pick<AppConfig, 'HEAP_GROWING_PERCENT'>): void {
  if (config.HEAP_GROWING_PERCENT > 0) setFlagsFromString(`--heap-growing-percent=${config.HEAP_GROWING_PERCENT}`);
}

/**
 * What the server's process needs in its environment from its exec on, as `npm start` and the image (Dockerfile
 * `ENV`) start it, and every bench section that measures the server's memory (ADR 0023); code cannot set it later.
 * MALLOC_ARENA_MAX: glibc gives each thread that contends for malloc an arena of its own, up to 8 per core (the
 * request thread, the projector thread, libuv's pool, V8's helpers), and every arena keeps what
 * was freed in it: with 2, a 100,000-row import peaked at 277–280 MiB instead of 285–292 (3 runs each, bench
 * section 9), and the HTTP path (section 8) measured no slower.
 */
export const SERVER_PROCESS_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
