import { ref } from 'vue';
import { get } from './api';

/**
 * 演示数据: GET /api/v1/demo-data says which fiscal years hold simulated data. Accepts `fiscalYears` as a list of
 * `{ fiscalYear, simulated }` or as an object keyed by year; a 404 (no such endpoint, or no demo data) means none.
 */
const simulated = ref<Set<number>>(new Set());
let loaded = false;

export async function loadDemoData(): Promise<void> {
  if (loaded) return;
  loaded = true;
  try {
    const res = await get<{ fiscalYears?: unknown }>('/demo-data');
    const years = new Set<number>();
    const entries = Array.isArray(res.fiscalYears)
      ? res.fiscalYears.map((y) => [String((y as { fiscalYear?: unknown; year?: unknown }).fiscalYear ?? (y as { year?: unknown }).year), y] as const)
      : Object.entries((res.fiscalYears ?? {}) as Record<string, unknown>);
    for (const [year, info] of entries) if ((info as { simulated?: unknown })?.simulated === true && /^\d{4}$/.test(year)) years.add(Number(year));
    simulated.value = years;
  } catch {
    simulated.value = new Set(); // 404 until the demo year exists: show nothing
  }
}

export const simulatedYear = (year: number): boolean => simulated.value.has(year);
