import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type EventStore, PostgresEventStore, SqliteEventStore } from '@app/event-store';
import { openReadModels, rebuild, type ReadModelOptions } from '@app/read-models';

/**
 * Child process of the read-model bench (forked from read-model-bench.ts), so that each measurement starts in a
 * fresh process and its peak memory is its own: either a raw sequential read of the event rows
 * (`store.readAll` pages) or a full `rebuild()` of the read models, from the SQLite file or a PostgreSQL event store. It samples process.memoryUsage() every
 * 20 ms and reads the kernel's peak RSS (VmHWM) at the end.
 */
export interface ChildRequest {
  readonly mode: 'raw' | 'rebuild';
  readonly storeFile: string;
  /** read the events from this PostgreSQL event store instead of `storeFile` */
  readonly pgStore?: { readonly connectionString: string; readonly schema: string };
  readonly options?: ReadModelOptions;
  readonly batchSize: number;
}

export interface ChildResult {
  readonly mode: 'raw' | 'rebuild';
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  /** sampled peaks of process.memoryUsage() */
  readonly peakRssBytes: number;
  readonly peakHeapUsedBytes: number;
  readonly peakHeapTotalBytes: number;
  /** /proc/self/status VmHWM: the kernel's peak resident set size of the process */
  readonly vmHwmBytes: number;
}

function vmHwm(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

async function main(request: ChildRequest): Promise<ChildResult> {
  const peak = { rss: 0, heapUsed: 0, heapTotal: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.heapTotal = Math.max(peak.heapTotal, m.heapTotal);
  };
  const timer = setInterval(sample, 20);
  const store: EventStore = request.pgStore
    ? await PostgresEventStore.connect({ connectionString: request.pgStore.connectionString, schema: request.pgStore.schema })
    : SqliteEventStore.open({ filename: request.storeFile });
  let events = 0;
  let seconds = 0;
  try {
    if (request.mode === 'raw') {
      const start = performance.now();
      let after = 0;
      for (;;) {
        const page = await store.readAll({ after, maxCount: request.batchSize });
        if (page.length === 0) break;
        events += page.length;
        after = page[page.length - 1].position;
        sample();
        await new Promise((resolve) => setImmediate(resolve)); // let the sampler run, as the rebuild's awaits do
      }
      seconds = (performance.now() - start) / 1000;
    } else {
      const rm = await openReadModels(request.options!);
      try {
        const result = await rebuild(store, rm, { batchSize: request.batchSize, onProgress: sample });
        events = result.events;
        seconds = result.elapsedMs / 1000;
      } finally {
        await rm.close();
      }
    }
  } finally {
    clearInterval(timer);
    await store.close();
  }
  sample();
  return {
    mode: request.mode, events, seconds, eventsPerSecond: events / seconds,
    peakRssBytes: peak.rss, peakHeapUsedBytes: peak.heapUsed, peakHeapTotalBytes: peak.heapTotal, vmHwmBytes: vmHwm(),
  };
}

main(JSON.parse(process.argv[2]) as ChildRequest).then(
  (result) => process.send!({ result }, () => process.disconnect()),
  (error: unknown) => process.send!({ error: error instanceof Error ? error.stack : String(error) }, () => process.disconnect()),
);
