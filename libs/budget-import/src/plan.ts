import { createHash } from 'node:crypto';
import {
  BudgetDocumentImported, Comparator, IndicatorDefined, LineAttributes, Money, ProcurementBudgetSet, SanGongBudgetSet, toYuanString, wanYuanToYuan,
} from '@app/domain';
import { planExtras, validateExtras } from './extras';
import { BudgetDocument, budgetDocumentSchema } from './schema';
import { BudgetImportRejected, ImportIssue, pathOf } from './issues';
import { BudgetTotals, ControlCheck, computeTotals, reconcile } from './totals';
import { validateDocument } from './validate';

/** Everything an import would record, computed without touching the store: the dry run shows it, the commit writes it. */
export interface ImportPlan {
  readonly importId: string;
  readonly kind: 'initial' | 'supplementary';
  readonly fiscalYear: number;
  readonly department: string;
  readonly effectiveDate: string;
  readonly document: BudgetDocumentImported['data'];
  readonly lines: readonly LineAttributes[];
  readonly indicators: readonly IndicatorDefined['data'][];
  readonly totals: BudgetTotals;
  readonly checks: readonly ControlCheck[];
  readonly warnings: readonly ImportIssue[];
  /** 表四: 三公经费 caps and 机关运行经费 (null: the document gives none) */
  readonly sanGong: SanGongBudgetSet['data'] | null;
  /** 表九: 政府采购预算 (null: the document gives none) */
  readonly procurement: ProcurementBudgetSet['data'] | null;
}

const COMPARATORS: Record<string, Comparator> = { '＝': 'eq', '≥': 'ge', '≤': 'le', '定性': 'qualitative' };

/** Parses, validates and reconciles a budget document. Throws BudgetImportRejected listing every problem. */
export function planBudgetImport(raw: unknown): ImportPlan {
  const parsed = budgetDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    throw new BudgetImportRejected(parsed.error.issues.map((i) => ({ path: pathOf(i.path), code: 'INVALID_FIELD', message: i.message })));
  }
  const doc = parsed.data;
  const { issues, warnings } = validateDocument(doc);
  issues.push(...validateExtras(doc));
  const effectiveDate = doc.kind === 'initial' ? `${doc.fiscalYear}-01-01` : doc.effectiveDate ?? '';
  if (doc.kind === 'supplementary' && !effectiveDate.startsWith(`${doc.fiscalYear}-`)) {
    issues.push({ path: 'effectiveDate', code: 'EFFECTIVE_DATE_REQUIRED', message: 'a supplementary budget needs an effectiveDate inside its fiscal year' });
  }
  const yuan = (amount: string) => (doc.amountUnit === '万元' ? wanYuanToYuan(new Money(amount)) : new Money(amount));
  const importId = `${doc.department.code}-${doc.fiscalYear}-${contentHash(doc).slice(0, 16)}`;
  const projectNames = new Map(doc.projects.map((p) => [p.code, p.name]));
  const lines: LineAttributes[] = doc.lines.map((l) => ({
    lineId: l.id, fiscalYear: doc.fiscalYear, department: doc.department.code, unit: l.unit, type: l.type,
    project: l.project ?? null, projectName: l.project ? projectNames.get(l.project) ?? null : null,
    basicKind: l.basicKind ?? null, functional: l.functional, economic: l.economic ?? null, fundingSource: l.fundingSource,
    amount: toYuanString(yuan(l.amount)), overspendPolicy: l.overspendPolicy, revolvingFund: l.revolvingFund, importId, inferred: l.inferred,
  }));
  const totals = computeTotals(lines.map((l) => ({ ...l, amount: new Money(l.amount) })));
  const control = Object.fromEntries(Object.entries(doc.controlTotals).map(([k, v]) => [k,
    typeof v === 'string' ? toYuanString(yuan(v)) : Object.fromEntries(Object.entries(v ?? {}).map(([c, a]) => [c, toYuanString(yuan(a))]))]));
  const checks = reconcile(totals, control);
  for (const c of checks.filter((c) => !c.ok)) {
    issues.push({ path: `controlTotals.${c.name}`, code: 'CONTROL_TOTAL_MISMATCH', message: `published ${c.expected} 元, lines add to ${c.actual} 元` });
  }
  if (issues.length > 0) throw new BudgetImportRejected(issues);

  const projectUnits = new Map(doc.projects.map((p) => [p.code, p.unit]));
  const indicators: IndicatorDefined['data'][] = doc.indicators.map((i) => ({
    indicatorId: i.id, fiscalYear: doc.fiscalYear, department: doc.department.code, scope: i.scope,
    project: i.project ?? null, unit: i.project ? projectUnits.get(i.project) ?? null : null,
    level1: i.level1, level2: i.level2, name: i.name, comparator: COMPARATORS[i.comparator], target: i.target, targetText: i.targetText,
    measureUnit: i.unit ?? null, weight: i.weight, kind: i.kind, metric: i.metric ?? null, subsidyCategory: i.subsidyCategory ?? null, importId,
  }));
  return {
    importId, kind: doc.kind, fiscalYear: doc.fiscalYear, department: doc.department.code, effectiveDate,
    document: { ...documentEvent(doc, importId, lines, indicators, control), totals: { ...totals } },
    lines, indicators, totals, checks, warnings, ...planExtras(doc, importId, projectNames),
  };
}

function documentEvent(doc: BudgetDocument, importId: string, lines: LineAttributes[], indicators: IndicatorDefined['data'][],
  controlTotals: BudgetDocumentImported['data']['controlTotals']): Omit<BudgetDocumentImported['data'], 'totals'> {
  const yuan = (a: string) => toYuanString(doc.amountUnit === '万元' ? wanYuanToYuan(new Money(a)) : new Money(a));
  return {
    importId, kind: doc.kind, fiscalYear: doc.fiscalYear,
    department: { code: doc.department.code, name: doc.department.name, shortName: doc.department.shortName ?? null },
    source: { title: doc.source.title, reference: doc.source.reference ?? null },
    units: doc.units.map((u) => ({ code: u.code, name: u.name, shortName: u.shortName ?? null })),
    functionalClassifications: doc.functionalClassifications, economicClassifications: doc.economicClassifications,
    projects: doc.projects.map((p) => ({
      code: p.code, name: p.name, seq: p.seq ?? null, unit: p.unit, category: p.category, subCategory: p.subCategory ?? null, total: yuan(p.total), notes: p.notes,
    })),
    lineIds: lines.map((l) => l.lineId), indicatorIds: indicators.map((i) => i.indicatorId), controlTotals, quirks: doc.quirks,
  };
}

/** Same document, same id: re-importing it records nothing twice. Keys sorted so formatting does not matter. */
function contentHash(doc: BudgetDocument): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object'
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
  return createHash('sha256').update(JSON.stringify(canonical(doc))).digest('hex');
}
