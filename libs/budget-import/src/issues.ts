/** A problem found in a budget document, located by its JSON path (e.g. `lines[12].functional`). */
export interface ImportIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export class BudgetImportRejected extends Error {
  readonly code = 'BUDGET_DOCUMENT_INVALID';
  constructor(readonly issues: readonly ImportIssue[]) {
    super(`the budget document has ${issues.length} problem(s); first: ${issues[0]?.path}: ${issues[0]?.message}`);
    this.name = 'BudgetImportRejected';
  }
}

export function pathOf(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${String(s)}` : String(s)), '');
}
