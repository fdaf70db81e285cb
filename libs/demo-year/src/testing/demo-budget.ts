import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planBudgetImport } from '@app/budget-import';
import { DemoYearInput } from '../steps';

/** The 2023 budget of department 426 as the importer establishes it (demo/budget-2023-426.json). */
export function demoBudgetInput(): DemoYearInput {
  const document = JSON.parse(readFileSync(join(__dirname, '../../../../demo/budget-2023-426.json'), 'utf8'));
  const plan = planBudgetImport(document);
  return { fiscalYear: plan.fiscalYear, lines: plan.lines, indicators: plan.indicators };
}
