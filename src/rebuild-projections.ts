import { Presets, SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '@app/config';
import { eventStoreSelectionFor, openEventStore } from '@app/event-store';
import { openReadModels, readModelOptionsFor, rebuild, type ReadModelOptions } from '@app/read-models';
import { applyServerMemoryPolicy } from './memory-policy';

/**
 * `npm run projections:rebuild`: rebuilds every read model from position 0 beside the live tables and swaps
 * them in, while the API keeps answering (see libs/read-models/README.md). Uses the app's configuration:
 * EVENT_STORE … for the event store, READ_MODEL_URL / READ_MODEL_SCHEMA for PostgreSQL, else the SQLite file.
 */
const where = (o: ReadModelOptions) => (o.dialect === 'sqlite' ? o.filename : `PostgreSQL schema ${o.schema ?? 'public'}`);

async function main(): Promise<void> {
  const config = loadConfig();
  applyServerMemoryPolicy(config);
  const options = readModelOptionsFor(config);
  // the same store the app uses: rebuilding from an empty SQLite file while events live elsewhere would swap in empty tables
  const store = await openEventStore(eventStoreSelectionFor(config));
  const rm = await openReadModels(options, { migrate: false }); // the rebuild creates what it needs
  const bar = new SingleBar({
    format: 'projections:rebuild |{bar}| {percentage}% | {value}/{total} events | {speed} events/s | {phase}',
    hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000,
  }, Presets.shades_classic);
  try {
    bar.start(await store.headPosition(), 0, { speed: 0, phase: 'building' });
    const result = await rebuild(store, rm, {
      onProgress: (p) => {
        bar.setTotal(Math.max(p.head, p.position));
        bar.update(p.position, { speed: Math.round(p.eventsPerSecond), phase: p.phase });
      },
    });
    bar.stop();
    console.log(`rebuilt the read models in ${where(options)}: ${result.events} events to position ${result.position} `
      + `in ${(result.elapsedMs / 1000).toFixed(1)} s (${Math.round(result.eventsPerSecond)} events/s)`);
  } finally {
    bar.stop();
    await rm.close();
    await store.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exitCode = 1;
  });
}
