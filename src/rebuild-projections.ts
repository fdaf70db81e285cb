import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '@app/config';
import { SqliteEventStore } from '@app/event-store';
import { defaultReadModelFile, openReadModels, rebuild, type ReadModelOptions } from '@app/read-models';

/**
 * `npm run projections:rebuild`: rebuilds every read model from position 0 beside the live tables and swaps
 * them in, while the API keeps answering (see libs/read-models/README.md). Reads the app's config for
 * DATA_DIR (the event store and the embedded read-model file). Until the config schema has read-model
 * settings, READ_MODEL_URL=postgres://…[?schema=name] in the environment selects PostgreSQL.
 */
export function readModelOptions(env: NodeJS.ProcessEnv, dataDir: string): ReadModelOptions {
  const url = env.READ_MODEL_URL;
  if (!url) return { dialect: 'sqlite', filename: defaultReadModelFile(dataDir) };
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  return { dialect: 'postgres', connectionString: parsed.toString(), schema };
}

const where = (o: ReadModelOptions) => (o.dialect === 'sqlite' ? o.filename : `PostgreSQL schema ${o.schema ?? 'public'}`);

async function main(): Promise<void> {
  const config = loadConfig();
  const options = readModelOptions(process.env, config.DATA_DIR);
  const store = SqliteEventStore.open({ filename: config.EVENT_STORE_FILE });
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
    console.error(error);
    process.exitCode = 1;
  });
}
