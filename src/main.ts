import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { ConfigError, loadConfig, withoutCredentials } from '@app/config';
import { createApp, createLogger } from './create-app';
import { loadDemoData } from './demo-data';
import { applyServerMemoryPolicy } from './memory-policy';
import { RedisUnavailableError, ensureRedis } from './redis-launcher';

/** npm start: the all-in-one product on the embedded default (SQLite under DATA_DIR, Redis at REDIS_URL). */
async function main(): Promise<void> {
  const config = loadConfig();
  applyServerMemoryPolicy(config);
  const logger = createLogger(config);
  const redis: ChildProcess | null = await ensureRedis(config.REDIS_URL, config.DATA_DIR, config.REDIS_AUTOSTART);
  if (redis) logger.log(`started a private redis-server for ${withoutCredentials(config.REDIS_URL)} (data in ${config.DATA_DIR}/redis)`, 'Redis');
  const app = await createApp(config, logger);
  await app.init();
  await loadDemoData(app, config.DEMO_DATA);
  await app.listen(config.PORT, config.HOST);
  logger.log(`listening on http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT} (API docs at /api/docs), data in ${config.DATA_DIR}`, 'Main');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing in-flight requests, closing workers and the store`, 'Main');
    const force = setTimeout(() => { logger.error('shutdown timed out; exiting', 'Main'); process.exit(1); }, config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    // app.close stops the HTTP server (in-flight requests complete), then module shutdown hooks close workers and the store
    await app.close();
    redis?.kill('SIGTERM');
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof RedisUnavailableError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
