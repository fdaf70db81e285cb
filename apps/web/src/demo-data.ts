import { ref } from 'vue';
import { get } from './api';

/** 演示数据: GET /api/v1/demo-data says which fiscal years hold simulated data; an error means none. */
const simulated = ref<Set<number>>(new Set());
let loaded = false;

export async function loadDemoData(): Promise<void> {
  if (loaded) return;
  loaded = true;
  try {
    const { fiscalYears } = await get('/demo-data');
    simulated.value = new Set(fiscalYears.filter((y) => y.simulated).map((y) => y.fiscalYear));
  } catch {
    simulated.value = new Set(); // unreachable or refused: show nothing
  }
}

export const simulatedYear = (year: number): boolean => simulated.value.has(year);
