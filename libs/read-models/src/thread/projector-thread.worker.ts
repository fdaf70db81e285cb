import { parentPort, workerData } from 'node:worker_threads';
import type { StoredEvent } from '@app/event-store';
import { openEventStore } from '@app/event-store/open-event-store';
import { openReadModels } from '../database';
import { Lease } from '../lease';
import { Projector } from '../projector';
import { SharedDoorbell } from '../doorbell';
import type { FromThread, ProjectorThreadOptions, ToThread } from './protocol';

/*
 * The projector thread (ADR 0019): its own event-store and read-model connections, the lease, the Projector.
 * It reads every event once, in pages; the main thread only rings with the new head after an append. It
 * loads its code as soon as it is created and opens its connections when told to start.
 */
const { options, doorbell } = workerData as { options: ProjectorThreadOptions; doorbell?: Int32Array };
const port = parentPort!;
const post = (message: FromThread) => port.postMessage(message);
const text = (error: unknown) => (error instanceof Error ? error.message : String(error));

function correlationIdsOf(events: readonly StoredEvent[], max = 20): string[] {
  const ids = new Set<string>();
  for (const e of events) {
    const id = (e.metadata as Record<string, unknown>).correlationId;
    if (typeof id === 'string') ids.add(id);
    if (ids.size >= max) break;
  }
  return [...ids];
}

interface Running { readonly projector: Projector; stop(): Promise<void> }

async function run(): Promise<Running> {
  const store = await openEventStore(options.store);
  // 4 MiB of page cache, not 16 MB: the thread writes in short batches, and a rebuild raises it while it runs (ADR 0023)
  const rm = await openReadModels(options.readModels, { cacheKiB: 4096 });
  const lease = options.lease && new Lease(rm, options.lease.name, {
    holder: options.lease.holder, ttlMs: options.lease.ttlMs, renewMs: options.lease.renewMs,
    onChange: (held, why) => {
      post({ type: 'log', level: why === 'lost' ? 'warn' : 'log', message: why === 'lost' ? 'projector lease lost: standing by' : held ? 'projector lease taken: this instance writes the read models' : 'projector lease released' });
      postState();
    },
    onError: (error) => post({ type: 'log', level: 'warn', message: `projector lease: ${text(error)}` }),
  });
  const projector: Projector = new Projector(store, rm, {
    lease, batchSize: options.batchSize, rebuildBacklog: options.rebuildBacklog, rebuildBatchSize: options.rebuildBatchSize, rebuildCacheKiB: options.rebuildCacheKiB,
    pollIntervalMs: options.pollIntervalMs, retryDelayMs: options.retryDelayMs, doorbell: doorbell && new SharedDoorbell(doorbell),
    onChange: () => postState(),
    onError: (error) => post({ type: 'log', level: 'error', message: `batch failed, retrying: ${text(error)}` }),
    onBatch: options.reportBatches
      ? ({ events, applied, position }) => post({ type: 'batch', events: events.length, applied, position, correlationIds: correlationIdsOf(events) })
      : undefined,
  });
  function postState(): void {
    const catchingUp = projector.catchingUp;
    const failure = projector.lastError;
    post({
      type: 'state',
      state: { position: projector.position, role: projector.role, catchingUp: catchingUp ?? null, replacing: projector.replacing, lastError: failure === undefined ? null : text(failure) },
    });
  }

  await lease?.start();
  await projector.start();
  postState();
  const catching = projector.catchingUp;
  post({ type: 'log', level: 'log', message: `read models at position ${projector.position}, ${projector.role === 'active' ? 'following the event store' : 'standby (another instance projects)'}${catching ? `; ${catching.phase} to position ${catching.target}` : ''}` });
  const heartbeat = setInterval(() => postState(), 1000); // a lease expires silently; speed estimates age
  return {
    projector,
    stop: async () => {
      clearInterval(heartbeat);
      await projector.stop();
      await lease?.stop(); // a standby takes over at its next look instead of waiting for the TTL
      await rm.close();
      await store.close();
    },
  };
}

let running: Promise<Running> | undefined;
let stopping: Promise<void> | undefined;
port.on('message', (message: ToThread) => {
  switch (message.type) {
    case 'start':
      running ??= run();
      running.catch((error: unknown) => {
        post({ type: 'failed', error: error instanceof Error ? error.stack ?? error.message : String(error) });
        port.close();
      });
      break;
    case 'ring': void running?.then((r) => r.projector.ring(message.head), () => undefined); break;
    case 'wait': void running?.then((r) => r.projector.waitFor(message.position, message.timeoutMs), () => undefined); break;
    case 'stop':
      stopping ??= (async () => {
        const r = await running?.catch(() => undefined);
        await r?.stop();
        post({ type: 'stopped' });
        port.close();
      })();
      break;
    default: { const unknown: never = message; throw new Error(`unknown message ${JSON.stringify(unknown)}`); }
  }
});
post({ type: 'loaded' });
