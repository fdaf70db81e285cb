import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ReadModelOptions } from '../database';
import type { RebuildResult } from '../rebuild';

/*
 * Runs rebuild() in a child process, as `npm run projections:rebuild` runs beside the API. Needed for SQLite:
 * better-sqlite3 waits for a lock synchronously, so two connections of one process would block each other.
 * The child runs the TypeScript sources through an @swc/core require hook with the repo's path aliases.
 */
const CHILD_SCRIPT = `
const [swcPath, root, storeFile, options] = process.argv.slice(2);
const swc = require(swcPath);
const libs = ['domain', 'event-store', 'budget-import', 'config', 'read-models'];
const paths = Object.fromEntries(libs.flatMap((l) => [['@app/' + l, ['libs/' + l + '/src']], ['@app/' + l + '/*', ['libs/' + l + '/src/*']]]));
require.extensions['.ts'] = (module, file) => {
  const { code } = swc.transformFileSync(file, {
    swcrc: false, jsc: { parser: { syntax: 'typescript' }, target: 'es2022', baseUrl: root, paths }, module: { type: 'commonjs' },
  });
  module._compile(code, file);
};
const { SqliteEventStore } = require(root + '/libs/event-store/src/index.ts');
const { openReadModels, rebuild } = require(root + '/libs/read-models/src/index.ts');
(async () => {
  const store = SqliteEventStore.open({ filename: storeFile });
  const rm = await openReadModels(JSON.parse(options));
  let pages = 0;
  const result = await rebuild(store, rm, { batchSize: 40, onProgress: (p) => { if (p.phase === 'building' && pages++ < 5) process.send({ progress: p.position }); } });
  await rm.close();
  await store.close();
  process.send({ result }, () => process.disconnect());
})().catch((e) => process.send({ error: String(e && e.stack || e) }, () => process.disconnect()));
`;

/** Rebuilds the read models at `options` from `storeFile` in a child process; `onProgress` hears the first pages. */
export async function rebuildInChildProcess(storeFile: string, options: ReadModelOptions, onProgress: () => Promise<void>): Promise<RebuildResult> {
  const dir = mkdtempSync(join(tmpdir(), 'read-models-child-'));
  const script = join(dir, 'rebuild-child.js');
  writeFileSync(script, CHILD_SCRIPT);
  const root = resolve(__dirname, '..', '..', '..', '..');
  const child = fork(script, [require.resolve('@swc/core'), root, storeFile, JSON.stringify(options)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    return await new Promise<RebuildResult>((done, fail) => {
      let outcome: RebuildResult | undefined;
      child.on('message', (message: { progress?: number; result?: RebuildResult; error?: string }) => {
        if (message.progress !== undefined) onProgress().catch(fail);
        if (message.error) fail(new Error(message.error));
        if (message.result) outcome = message.result;
      });
      child.on('exit', (code) => (outcome ? done(outcome) : fail(new Error(`rebuild child exited with ${code}`))));
      child.on('error', fail);
    });
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
