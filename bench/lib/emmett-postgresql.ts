import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { EmmettAppendResult, EmmettEvent } from './emmett';

/**
 * Emmett's PostgreSQL event store, from bench/emmett-postgresql/node_modules: a folder of its own, because
 * @event-driven-io/emmett-postgresql 0.42.0 needs @event-driven-io/emmett 0.42.0 while the SQLite comparison
 * (bench/package.json) pins 0.38.5. Typed by hand from its index.d.ts, so the repository's typecheck never
 * needs that folder.
 */
export interface EmmettPostgresEventStore {
  appendToStream(streamName: string, events: EmmettEvent[], options?: { expectedStreamVersion?: bigint }): Promise<EmmettAppendResult>;
  close(): Promise<void>;
}

export interface EmmettPostgresModule {
  getPostgreSQLEventStore(connectionString: string, options?: { schema?: { autoMigration?: 'None' | 'CreateOrUpdate' } }): EmmettPostgresEventStore;
}

export interface LoadedEmmettPostgres {
  readonly module: EmmettPostgresModule;
  readonly versions: { readonly emmettPostgresql: string; readonly emmett: string; readonly pg: string };
}

export function loadEmmettPostgres(repoRoot: string): LoadedEmmettPostgres | { readonly error: string } {
  const folder = join(repoRoot, 'bench', 'emmett-postgresql');
  const requireFromFolder = createRequire(join(folder, 'package.json'));
  const version = (name: string) => (JSON.parse(readFileSync(join(folder, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  try {
    return {
      module: requireFromFolder('@event-driven-io/emmett-postgresql') as EmmettPostgresModule,
      versions: { emmettPostgresql: version('@event-driven-io/emmett-postgresql'), emmett: version('@event-driven-io/emmett'), pg: version('pg') },
    };
  } catch (error) {
    return { error: `cannot load Emmett's PostgreSQL store from bench/emmett-postgresql (npm --prefix bench/emmett-postgresql ci): ${(error as Error).message}` };
  }
}
