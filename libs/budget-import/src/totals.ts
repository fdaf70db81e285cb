import { Money, ZERO, toYuanString } from '@app/domain';

/** A line reduced to what the control totals are computed from (amount in 元). */
export interface TotalsLine {
  readonly unit: string;
  readonly type: 'basic' | 'project';
  readonly project: string | null;
  readonly functional: string;
  readonly economic: string | null;
  readonly amount: Money;
}

export interface BudgetTotals {
  readonly total: string;
  readonly basic: string;
  readonly project: string;
  readonly byFunctional: Record<string, string>;
  readonly basicByFunctional: Record<string, string>;
  readonly projectByFunctional: Record<string, string>;
  readonly basicByEconomic: Record<string, string>;
  readonly byProject: Record<string, string>;
  readonly byUnit: Record<string, string>;
}

function add(map: Map<string, Money>, key: string, amount: Money) {
  map.set(key, (map.get(key) ?? ZERO).plus(amount));
}
/** A 7-digit 项 code rolls up to its 5-digit 款 and 3-digit 类; a 5-digit economic 款 to its 类. */
function prefixes(code: string): string[] {
  return code.length === 7 ? [code.slice(0, 3), code.slice(0, 5), code] : [code.slice(0, 3), code];
}
const sorted = (map: Map<string, Money>) =>
  Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, toYuanString(v)]));

/** The totals a finance office checks a budget by, in 元. */
export function computeTotals(lines: Iterable<TotalsLine>): BudgetTotals {
  let total = ZERO, basic = ZERO, project = ZERO;
  const byFunctional = new Map<string, Money>(), basicByFunctional = new Map<string, Money>(), projectByFunctional = new Map<string, Money>();
  const basicByEconomic = new Map<string, Money>(), byProject = new Map<string, Money>(), byUnit = new Map<string, Money>();
  for (const l of lines) {
    total = total.plus(l.amount);
    add(byUnit, l.unit, l.amount);
    for (const code of prefixes(l.functional)) {
      add(byFunctional, code, l.amount);
      add(l.type === 'basic' ? basicByFunctional : projectByFunctional, code, l.amount);
    }
    if (l.type === 'basic') {
      basic = basic.plus(l.amount);
      if (l.economic) for (const code of prefixes(l.economic)) add(basicByEconomic, code, l.amount);
    } else {
      project = project.plus(l.amount);
      if (l.project) add(byProject, l.project, l.amount);
    }
  }
  return {
    total: toYuanString(total), basic: toYuanString(basic), project: toYuanString(project),
    byFunctional: sorted(byFunctional), basicByFunctional: sorted(basicByFunctional), projectByFunctional: sorted(projectByFunctional),
    basicByEconomic: sorted(basicByEconomic), byProject: sorted(byProject), byUnit: sorted(byUnit),
  };
}

export interface ControlCheck {
  readonly name: string;
  readonly expected: string;
  readonly actual: string;
  readonly ok: boolean;
}

/** Compares computed totals with the document's control totals (控制数), both in 元. */
export function reconcile(totals: BudgetTotals, control: Partial<Record<keyof BudgetTotals, string | Record<string, string>>>): ControlCheck[] {
  const checks: ControlCheck[] = [];
  for (const [name, expected] of Object.entries(control)) {
    const actual = totals[name as keyof BudgetTotals];
    if (typeof expected === 'string') {
      checks.push({ name, expected, actual: actual as string, ok: new Money(expected).eq(actual as string) });
    } else if (expected) {
      for (const [key, value] of Object.entries(expected)) {
        const got = (actual as Record<string, string>)[key] ?? '0.00';
        checks.push({ name: `${name}.${key}`, expected: value, actual: got, ok: new Money(value).eq(got) });
      }
    }
  }
  return checks;
}
