import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Emmett's SQLite event store, loaded from bench/node_modules (the bench's own dependencies, installed by
 * `npm run bench`). Typed here by hand, from the package's index.d.ts, so that the main project's typecheck
 * never needs bench/node_modules.
 */

export interface EmmettEvent {
  readonly type: string;
  readonly data: unknown;
  readonly metadata?: Record<string, unknown>;
}

export interface EmmettAppendResult {
  readonly nextExpectedStreamVersion: bigint;
  readonly lastEventGlobalPosition: bigint;
  readonly createdNewStream: boolean;
}

export interface EmmettConnection {
  querySingle<T>(sql: string, values?: unknown[]): Promise<T | null>;
}

export interface EmmettSQLiteEventStore {
  appendToStream(streamName: string, events: EmmettEvent[], options?: { expectedStreamVersion?: bigint }): Promise<EmmettAppendResult>;
}

export interface EmmettSQLiteEventStoreOptions {
  readonly fileName: string;
  readonly schema?: { readonly autoMigration?: 'None' | 'CreateOrUpdate' };
  readonly hooks?: {
    readonly onBeforeCommit?: (messages: unknown[], context: { connection: EmmettConnection }) => Promise<void>;
  };
}

export interface EmmettModule {
  getSQLiteEventStore(options: EmmettSQLiteEventStoreOptions): EmmettSQLiteEventStore;
}

export interface LoadedEmmett {
  readonly module: EmmettModule;
  readonly versions: { readonly emmettSqlite: string; readonly emmett: string; readonly sqlite3: string; readonly sqlite: string };
}

export function loadEmmett(repoRoot: string): LoadedEmmett {
  const benchPackage = join(repoRoot, 'bench', 'package.json');
  const requireFromBench = createRequire(benchPackage);
  const version = (name: string) =>
    (JSON.parse(readFileSync(join(repoRoot, 'bench', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  let module: EmmettModule;
  let sqlite: string;
  try {
    module = requireFromBench('@event-driven-io/emmett-sqlite') as EmmettModule;
    sqlite = (requireFromBench('sqlite3') as { VERSION: string }).VERSION;
  } catch (error) {
    throw new Error(`cannot load Emmett from bench/node_modules (run \`npm --prefix bench ci\`): ${(error as Error).message}`);
  }
  return {
    module,
    versions: {
      emmettSqlite: version('@event-driven-io/emmett-sqlite'),
      emmett: version('@event-driven-io/emmett'),
      sqlite3: version('sqlite3'),
      sqlite,
    },
  };
}
