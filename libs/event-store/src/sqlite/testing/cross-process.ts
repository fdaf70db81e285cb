import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { NewEvent } from '../../event-store.port';

/** Work given to one child process; each child opens its own SqliteEventStore on the shared file. */
export type ChildTask =
  /** one append with a fixed expectation: the race test */
  | { readonly kind: 'race'; readonly streamId: string; readonly events: readonly NewEvent[]; readonly expected: number }
  /** `events.length` single-event appends, each retried after reading the revision until it wins */
  | { readonly kind: 'retry-loop'; readonly streamId: string; readonly events: readonly NewEvent[] };

export interface ChildOutcome {
  readonly ok: boolean;
  readonly code?: string;
  readonly name?: string;
  readonly conflicts?: number;
  readonly fatal?: string;
}

/*
 * Children run the adapter's TypeScript source, not a build: a require hook compiles each .ts file with
 * @swc/core (already a dev dependency for jest), so no extra loader package is needed. They wait for a
 * 'go' message sent once every child is ready, so their appends really overlap.
 */
const CHILD_SCRIPT = `
const [swcPath, adapterPath, filename] = process.argv.slice(2);
const swc = require(swcPath);
require.extensions['.ts'] = (module, file) => {
  const { code } = swc.transformFileSync(file, {
    swcrc: false, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' },
  });
  module._compile(code, file);
};
const { SqliteEventStore } = require(adapterPath);
const store = SqliteEventStore.open({ filename });
const fail = (e) => ({ ok: false, name: e && e.name, code: e && e.code, fatal: e && e.code ? undefined : String(e && e.stack || e) });
async function run(task) {
  if (task.kind === 'race') {
    try { await store.append(task.streamId, task.events, task.expected); return { ok: true }; }
    catch (e) { return fail(e); }
  }
  let conflicts = 0;
  for (const event of task.events) {
    for (;;) {
      const revision = await store.streamRevision(task.streamId);
      try { await store.append(task.streamId, [event], revision); break; }
      catch (e) { if (e.code !== 'WRONG_EXPECTED_REVISION') return fail(e); conflicts++; }
    }
  }
  return { ok: true, conflicts };
}
process.on('message', async (task) => {
  const outcome = await run(task).catch(fail);
  await store.close();
  process.send(outcome, () => process.disconnect());
});
process.send('ready');
`;

export async function runInChildProcesses(filename: string, tasks: readonly ChildTask[]): Promise<ChildOutcome[]> {
  const dir = mkdtempSync(join(tmpdir(), 'event-store-child-'));
  const script = join(dir, 'append-child.js');
  writeFileSync(script, CHILD_SCRIPT);
  const adapter = resolve(__dirname, '..', 'sqlite-event-store.ts');
  const children = tasks.map(() =>
    fork(script, [require.resolve('@swc/core'), adapter, filename], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  try {
    // Settles when the child has exited, so no process outlives the test.
    const outcomes = children.map((child) => new Promise<ChildOutcome>((done, reject) => {
      let outcome: ChildOutcome | undefined;
      child.on('message', (message) => { if (message !== 'ready') outcome = message as ChildOutcome; });
      child.on('exit', (code) => (outcome ? done(outcome) : reject(new Error(`child exited with ${code} before reporting`))));
      child.on('error', reject);
    }));
    outcomes.forEach((outcome) => outcome.catch(() => undefined)); // awaited below, unless start-up fails
    await Promise.all(children.map((child) => new Promise<void>((ready, reject) => {
      child.once('message', (message) => (message === 'ready' ? ready() : reject(new Error(String(message)))));
      child.once('exit', (code) => reject(new Error(`child exited with ${code} during start-up`)));
    })));
    children.forEach((child, i) => child.send(tasks[i]));
    return await Promise.all(outcomes);
  } finally {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
