import type { ConnectionOptions } from 'bullmq';

/** BullMQ connection options from REDIS_URL (redis://[:password@]host:port[/db], rediss:// for TLS). */
export function bullConnection(redisUrl: string): ConnectionOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    // workers must keep retrying while Redis is away instead of failing jobs
    maxRetriesPerRequest: null,
  };
}
