import { onMounted, ref, watch, WatchSource } from 'vue';
import { asOf, live } from './state';

/**
 * Runs `load` on mount, when the 截至日期 changes, when the live feed announces new events, and when any
 * extra source changes (unless `live: false`); keeps the last error.
 *
 * Loads never overlap: `load` assigns its results itself, so an older call that answered after a newer one would put
 * the old subject's figures back on screen (a manager picks P29 while the first project's figures are still loading).
 * A request while one runs queues one more run, which starts when the running one ends and reads the sources as they
 * are then; further requests join that queued run. The last run therefore always reflects the latest sources.
 */
export function useLoader(load: () => Promise<void>, sources: WatchSource[] = [], options: { live?: boolean } = {}) {
  const serial = serialLoader(load);
  onMounted(serial.run);
  // a form that edits a record opts out of the live feed: a reload would re-render it under the user's hands
  watch(options.live === false ? [...sources] : [asOf, () => live.tick, ...sources], serial.run);
  return { loading: serial.loading, error: serial.error, reload: serial.run };
}

/** The queueing of useLoader, apart from the component's lifecycle (tested on its own). */
export function serialLoader(load: () => Promise<void>) {
  const loading = ref(false);
  const error = ref('');
  let tail: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;
  async function once() {
    try {
      await load();
      error.value = '';
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    }
  }
  /** Resolves when a load that started after this call has ended. */
  function run(): Promise<void> {
    loading.value = true;
    if (queued) return queued;
    const next: Promise<void> = tail.then(() => {
      queued = null;
      return once();
    }).finally(() => {
      if (tail === next && !queued) loading.value = false;
    });
    queued = next;
    tail = next;
    return next;
  }
  return { loading, error, run };
}
