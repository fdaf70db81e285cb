import type { CompiledQuery, Kysely } from 'kysely';

const PREFIX = Symbol('read-model table prefix');
const cache = new Map<string, CompiledQuery>();
const MAX_CACHED = 1000;

/** Marks a table-prefixed Kysely view (database.ts) with its prefix, so that its compiled statements can be shared. */
export function withPrefixMark<T extends object>(db: T, prefix: string): T {
  Object.defineProperty(db, PREFIX, { value: prefix });
  return db;
}

/**
 * Kysely builds and compiles a query on every call (about half of the in-process projector's cost in a CPU
 * profile): the statements a projector repeats for every batch are compiled once per dialect, table prefix
 * and `key`, with placeholders, and then run with new `parameters` (in the order the placeholders were built).
 */
export function compiledOnce(db: Kysely<any>, key: string, build: () => CompiledQuery): CompiledQuery {
  const prefix = (db as unknown as Record<symbol, string | undefined>)[PREFIX];
  if (prefix === undefined) return build(); // not a marked view: nothing to share safely
  const id = `${db.getExecutor().adapter.constructor.name}|${prefix}|${key}`;
  let compiled = cache.get(id);
  if (!compiled) {
    if (cache.size >= MAX_CACHED) cache.clear();
    compiled = build();
    cache.set(id, compiled);
  }
  return compiled;
}

/** Runs a statement compiled by compiledOnce with these parameters. */
export function runCompiled<R>(db: Kysely<any>, compiled: CompiledQuery, parameters: readonly unknown[]) {
  return db.executeQuery<R>({ ...compiled, parameters });
}
