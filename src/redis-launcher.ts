import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { withoutCredentials } from '@app/config';

/** Answers PONG within a second? */
export async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export class RedisUnavailableError extends Error {}

/**
 * The embedded default needs a Redis for its queues. If none answers at REDIS_URL and the URL points at
 * this machine, start a private redis-server under DATA_DIR (append-only file, so queued jobs survive).
 */
export async function ensureRedis(url: string, dataDir: string, autostart: boolean): Promise<ChildProcess | null> {
  if (await redisAnswers(url)) return null;
  const parsed = new URL(url);
  const local = ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(parsed.hostname);
  const hasBinary = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!autostart || !local || !hasBinary) {
    throw new RedisUnavailableError(`Redis is not answering at ${withoutCredentials(url)}` + (hasBinary ? '' : ' and no redis-server is on PATH')
      + ': install Redis (Debian: apt-get install redis-server) or set REDIS_URL to a running one.');
  }
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const child = spawn('redis-server', ['--port', parsed.port || '6379', '--bind', '127.0.0.1', '--dir', dir,
    '--appendonly', 'yes', '--save', '', '--daemonize', 'no', '--logfile', join(dir, 'redis.log')], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    if (await redisAnswers(url)) return child;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new RedisUnavailableError(`started redis-server but it does not answer at ${withoutCredentials(url)}; see ${join(dir, 'redis.log')}`);
}
