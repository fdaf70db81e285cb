import { ConsoleLogger, LoggerService, LogLevel } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import type { AppConfig } from '@app/config';
import { JsonLogger } from './json-logger';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/**
 * The process's logger: LOG_FORMAT=json, pino (one JSON object per line, with the correlation id of the
 * request, projector batch or alert job); text, Nest's console logger. LOG_LEVEL keeps its meaning in
 * both: `log` shows error, warn and log; `verbose` everything. `destination`: where JSON lines go
 * (stdout by default; tests capture them).
 */
export function createLogger(config: Pick<AppConfig, 'LOG_FORMAT' | 'LOG_LEVEL'>, destination?: DestinationStream): LoggerService {
  if (config.LOG_FORMAT === 'json') return new JsonLogger(config.LOG_LEVEL, destination);
  return new ConsoleLogger({ logLevels: LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL) + 1), prefix: 'budget' });
}
