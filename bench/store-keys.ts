import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { runStoreKeysBench, storeKeysSettings } from './lib/store-keys-bench';
import { storeKeysMarkdown, storeKeysTargets } from './lib/store-keys-report';
import { findRepoRoot, makeWorkDir } from './lib/workdir';

/**
 * npm run bench:store-keys: section 10 of `npm run bench` alone (ordered event keys and group commit in the
 * SQLite store, ADR 0018), written to bench/results/<timestamp>-section-10.md and .json.
 */
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const started = new Date();
  const loadAtStart = loadavg()[0];
  const repoRoot = findRepoRoot(__dirname);
  const work = makeWorkDir(repoRoot);
  log(`bench 10: work dir ${work.dir} (${work.fsType} on ${work.device})`);
  try {
    const results = await runStoreKeysBench(storeKeysSettings(work.dir, log));
    const targets = storeKeysTargets(results);
    const markdown = [`# Event store benchmark, section 10 only, ${started.toISOString()}`, '',
      `Load average (1 min): ${loadAtStart.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end; temp dir ${work.fsType} on ${work.device}.`, '',
      ...storeKeysMarkdown(results, targets)].join('\n') + '\n';
    const resultsDir = join(repoRoot, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const stamp = started.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
    writeFileSync(join(resultsDir, `${stamp}-section-10.md`), markdown);
    writeFileSync(join(resultsDir, `${stamp}-section-10.json`), JSON.stringify({ startedAt: started.toISOString(), loadAverage: { start: loadAtStart, end: loadavg()[0] }, results, targets }, null, 2) + '\n');
    process.stdout.write(`\n${markdown}\n`);
    for (const t of targets.filter((x) => !x.pass)) process.stdout.write(`!!! FAIL ${t.name}: ${t.value.toFixed(2)}, target ${t.op} ${t.limit}\n`);
    process.stdout.write(`bench 10: written to bench/results/${stamp}-section-10.md and .json\n`);
  } finally {
    work.remove();
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  process.stderr.write(`bench 10 failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
