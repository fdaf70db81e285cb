import { onMounted, ref, watch, WatchSource } from 'vue';
import { asOf, live } from './state';

/**
 * Runs `load` on mount, when the 截至日期 changes, when the live feed announces new events, and when any
 * extra source changes (unless `live: false`); keeps the last error. Results are replaced only when the latest call answers.
 */
export function useLoader(load: () => Promise<void>, sources: WatchSource[] = [], options: { live?: boolean } = {}) {
  const loading = ref(false);
  const error = ref('');
  let generation = 0;
  async function run() {
    const mine = ++generation;
    loading.value = true;
    try {
      await load();
      if (mine === generation) error.value = '';
    } catch (e) {
      if (mine === generation) error.value = e instanceof Error ? e.message : String(e);
    } finally {
      if (mine === generation) loading.value = false;
    }
  }
  onMounted(run);
  // a form that edits a record opts out of the live feed: a reload would re-render it under the user's hands
  watch(options.live === false ? [...sources] : [asOf, () => live.tick, ...sources], run);
  return { loading, error, reload: run };
}
