import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { NewEvent } from '../../event-store.port';

/*
 * Another process appending through its own PostgresEventStore, stopped inside the append transaction
 * (after the INSERT, before COMMIT, allocator lock held) until the parent says 'commit' or kills it.
 * It runs the adapter's TypeScript through an @swc/core require hook, as the SQLite cross-process tests do.
 */
const CHILD_SCRIPT = `
const [swcPath, adapterPath, connectionString, schema] = process.argv.slice(2);
const swc = require(swcPath);
require.extensions['.ts'] = (module, file) => {
  const { code } = swc.transformFileSync(file, {
    swcrc: false, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' },
  });
  module._compile(code, file);
};
const { PostgresEventStore } = require(adapterPath);
let release;
const gate = new Promise((resolve) => { release = resolve; });
process.on('message', (message) => { if (message === 'commit') release(); });
(async () => {
  const store = await PostgresEventStore.connect({ connectionString, schema, beforeCommit: async (positions) => {
    process.send({ holding: { first: positions.first, last: positions.last } });
    await gate;
  } });
  process.once('message', async (task) => {
    const result = await store.append(task.streamId, task.events, task.expected);
    await store.close();
    process.send({ appended: result }, () => process.disconnect());
  });
  process.send('ready');
})().catch((e) => { process.send({ fatal: String(e && e.stack || e) }); process.exit(1); });
`;

export interface HoldingChild {
  readonly child: ChildProcess;
  /** the positions its insert took, once it holds the transaction open before COMMIT */
  readonly holding: Promise<{ first: number; last: number }>;
  /** resolves with the append's result once it committed */
  readonly appended: Promise<unknown>;
  readonly exited: Promise<number | null>;
  commit(): void;
  dispose(): void;
}

export async function appendInChild(
  connectionString: string, schema: string, task: { streamId: string; events: readonly NewEvent[]; expected: number | 'any' | 'no_stream' },
): Promise<HoldingChild> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-event-store-child-'));
  const script = join(dir, 'append-child.js');
  writeFileSync(script, CHILD_SCRIPT);
  const adapter = resolve(__dirname, '..', 'postgres-event-store.ts');
  const child = fork(script, [require.resolve('@swc/core'), adapter, connectionString, schema], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const message = <T>(pick: (m: Record<string, unknown>) => T | undefined) => new Promise<T>((done, fail) => {
    child.on('message', (m) => {
      if (m && typeof m === 'object' && 'fatal' in m) fail(new Error(String((m as { fatal: unknown }).fatal)));
      const value = m && typeof m === 'object' ? pick(m as Record<string, unknown>) : undefined;
      if (value !== undefined) done(value);
    });
    child.on('exit', (code) => fail(new Error(`child exited with ${code}`)));
  });
  const ready = new Promise<void>((done, fail) => {
    child.on('message', (m) => (m === 'ready' ? done() : undefined));
    child.on('exit', (code) => fail(new Error(`child exited with ${code} during start-up`)));
  });
  const holding = message((m) => m.holding as { first: number; last: number } | undefined);
  const appended = message((m) => m.appended);
  holding.catch(() => undefined);
  appended.catch(() => undefined);
  await ready;
  child.send(task);
  return {
    child, holding, appended, exited,
    commit: () => child.send('commit'),
    dispose: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
