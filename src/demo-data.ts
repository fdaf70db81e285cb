import { INestApplication } from '@nestjs/common';
import { DemoDataMode } from '@app/config';
import { importDemoBudgetIfAbsent } from './demo-budget';
import { simulateDemoYearIfAbsent } from './demo-year';

/**
 * First start's demo data (DEMO_DATA): `simulated` imports the demo budget and records a simulated year on it,
 * `budget` imports the budget only, `off` nothing. Each part does nothing when already done, so every start
 * may call it; main.ts calls it before listening, so the first page a newcomer opens is complete.
 */
export async function loadDemoData(app: INestApplication, mode: DemoDataMode): Promise<void> {
  if (mode === 'off') return;
  await importDemoBudgetIfAbsent(app);
  if (mode === 'simulated') await simulateDemoYearIfAbsent(app);
}
