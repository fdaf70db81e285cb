import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { INestApplication, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { budgetStreamId } from '@app/domain';
import { DEMO_IMPORT_ACTOR } from '@app/demo-year';
import { ImportBudgetCommand } from '../apps/api/src/budgets/import-budget/import-budget.handler';
import { ImportReport } from '../apps/api/src/budgets/import-budget/import-report';
import { systemContext } from '@app/kernel';

export const DEMO_FILE = 'demo/budget-2023-426.json';

/** Finds the repository's demo file from wherever this module runs (src/ under jest, dist/src/ when built). */
export function demoBudgetPath(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, DEMO_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`${DEMO_FILE} not found above ${from}`);
  }
}

/**
 * First start: import the 2023 demo budget through the same command a user's import takes.
 * Skipped when the department's 2023 budget already exists (or with DEMO_DATA=false); DEMO_DATA=true also simulates a year on it (demo-year.ts).
 */
export async function importDemoBudgetIfAbsent(app: INestApplication): Promise<ImportReport | null> {
  const store = app.get<EventStore>(EVENT_STORE);
  const document = JSON.parse(readFileSync(demoBudgetPath(), 'utf8')) as { department: { code: string }; fiscalYear: number };
  if ((await store.streamRevision(budgetStreamId(document.department.code, document.fiscalYear))) >= 0) return null;
  const report = await app.get(CommandBus).execute(new ImportBudgetCommand(document, false, systemContext(DEMO_IMPORT_ACTOR)));
  new Logger('DemoBudget').log(`imported the ${report.fiscalYear} demo budget: ${report.counts.lines} lines, ${report.counts.indicators} indicators, total ${report.totalsWanYuan.total} 万元`);
  return report;
}
