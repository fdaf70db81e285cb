import { DecisionContext } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { BudgetDocumentImported, BudgetEvent, BudgetUnit, CodeName, ProjectInfo } from './events';

/** What is known of a department's fiscal year from its imported budget documents. */
export interface BudgetCatalog {
  readonly department: BudgetUnit | null;
  readonly fiscalYear: number | null;
  readonly importIds: readonly string[];
  readonly units: ReadonlyMap<string, BudgetUnit>;
  readonly functional: ReadonlyMap<string, string>;
  readonly economic: ReadonlyMap<string, string>;
  readonly projects: ReadonlyMap<string, ProjectInfo>;
}

export const emptyCatalog = (): BudgetCatalog => ({
  department: null, fiscalYear: null, importIds: [], units: new Map(), functional: new Map(), economic: new Map(), projects: new Map(),
});

const merge = <V>(base: ReadonlyMap<string, V>, items: readonly V[], key: (v: V) => string) => {
  const next = new Map(base);
  for (const item of items) next.set(key(item), item);
  return next;
};
const names = (base: ReadonlyMap<string, string>, items: readonly CodeName[]) => {
  const next = new Map(base);
  for (const { code, name } of items) next.set(code, name);
  return next;
};

export function evolveCatalog(catalog: BudgetCatalog, event: BudgetEvent): BudgetCatalog {
  const d = event.data;
  return {
    department: d.department,
    fiscalYear: d.fiscalYear,
    importIds: [...catalog.importIds, d.importId],
    units: merge(catalog.units, d.units, (u) => u.code),
    functional: names(catalog.functional, d.functionalClassifications),
    economic: names(catalog.economic, d.economicClassifications),
    projects: merge(catalog.projects, d.projects, (p) => p.code),
  };
}

/** 导入预算: a budget document of a department's fiscal year — 年初预算 once, then 追加预算 after it. */
export interface ImportBudgetDocument {
  readonly type: 'ImportBudgetDocument';
  readonly document: BudgetDocumentImported['data'];
  readonly effectiveDate: string;
}

/** The same document again records nothing (its id comes from its content). */
export function decideCatalog(command: ImportBudgetDocument, catalog: BudgetCatalog, _context: DecisionContext): BudgetEvent[] {
  const d = command.document;
  if (catalog.importIds.includes(d.importId)) return [];
  if (d.kind === 'initial' && catalog.importIds.length > 0) {
    throw DomainError.conflict('INITIAL_BUDGET_EXISTS', 'kind', `department ${d.department.code} already has an initial budget for ${d.fiscalYear}; import changes as a supplementary budget`);
  }
  if (d.kind === 'supplementary' && catalog.importIds.length === 0) {
    throw DomainError.conflict('NO_INITIAL_BUDGET', 'kind', `import the initial budget of ${d.fiscalYear} first`);
  }
  return [{ type: 'BudgetDocumentImported.v1', data: d, effectiveDate: command.effectiveDate }];
}
