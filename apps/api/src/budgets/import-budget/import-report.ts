import { toWanYuanString, Money } from '@app/domain';
import { ImportPlan } from '@app/budget-import';

/** What the dry run shows and the commit confirms: counts, totals (元 and 万元) and every control check. */
export interface ImportReport {
  readonly importId: string;
  readonly kind: 'initial' | 'supplementary';
  readonly fiscalYear: number;
  readonly department: string;
  readonly dryRun: boolean;
  /** the same document was imported before: nothing was recorded this time */
  readonly alreadyImported: boolean;
  readonly recorded: boolean;
  /** global position of the recorded document (now or before): pass it as minPosition to read the import; null on a dry run */
  readonly position: number | null;
  readonly counts: { units: number; projects: number; lines: number; linesEstablished: number; linesIncreased: number; indicators: number; indicatorsDefined: number };
  readonly totals: ImportPlan['totals'];
  readonly totalsWanYuan: { total: string; basic: string; project: string };
  readonly checks: ImportPlan['checks'];
  readonly warnings: ImportPlan['warnings'];
}

export function toReport(plan: ImportPlan, r: { dryRun: boolean; alreadyImported: boolean; established: number; increased: number; indicators: number; position: number | null }): ImportReport {
  const wan = (s: string) => toWanYuanString(new Money(s));
  return {
    importId: plan.importId, kind: plan.kind, fiscalYear: plan.fiscalYear, department: plan.department,
    dryRun: r.dryRun, alreadyImported: r.alreadyImported, recorded: !r.dryRun && !r.alreadyImported, position: r.position,
    counts: {
      units: plan.document.units.length, projects: plan.document.projects.length, lines: plan.lines.length,
      linesEstablished: r.established, linesIncreased: r.increased, indicators: plan.indicators.length, indicatorsDefined: r.indicators,
    },
    totals: plan.totals,
    totalsWanYuan: { total: wan(plan.totals.total), basic: wan(plan.totals.basic), project: wan(plan.totals.project) },
    checks: plan.checks,
    warnings: plan.warnings,
  };
}
