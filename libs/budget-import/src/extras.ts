import {
  Money, ProcurementBudgetSet, ProcurementItem, SANGONG_CATEGORIES, SanGongBudgetSet, SanGongCaps, ZERO, toYuanString, wanYuanToYuan,
} from '@app/domain';
import { BudgetDocument } from './schema';
import { ImportIssue } from './issues';

type Report = (path: string, code: string, message: string) => void;
type Caps = Partial<Record<(typeof SANGONG_CATEGORIES)[number], string>>;

const sumOf = (values: Iterable<string>) => [...values].reduce((s: Money, v) => s.plus(v), ZERO);

/**
 * The rules of 表四 (三公经费, 机关运行经费) and 表九 (政府采购预算) in a document, each problem with its JSON path:
 * published totals reproduced to the cent, units and lines that exist, only in the initial budget.
 */
export function validateExtras(doc: BudgetDocument): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const fail: Report = (path, code, message) => issues.push({ path, code, message });
  const initialOnly = (key: 'sanGong' | 'agencyOperatingExpenses' | 'procurement') => {
    if (doc[key] && doc.kind !== 'initial') fail(key, 'ONLY_IN_INITIAL_BUDGET', `${key} belongs to the initial budget; revise a 三公 cap with its own command`);
  };
  initialOnly('sanGong');
  initialOnly('agencyOperatingExpenses');
  initialOnly('procurement');
  const units = new Set(doc.units.map((u) => u.code));

  const s = doc.sanGong;
  if (s) {
    const total = sumOf(Object.values(s.caps));
    if (s.total !== undefined && !total.eq(s.total)) fail('sanGong.total', 'SANGONG_TOTAL_MISMATCH', `published ${s.total}, the four caps add to ${total.toFixed(2)}`);
    if (s.priorYear) {
      const prior = sumOf(Object.values(s.priorYear.caps));
      if (!prior.eq(s.priorYear.total)) fail('sanGong.priorYear.total', 'SANGONG_TOTAL_MISMATCH', `published ${s.priorYear.total}, the four figures add to ${prior.toFixed(2)}`);
      if (s.priorYear.fiscalYear >= doc.fiscalYear) fail('sanGong.priorYear.fiscalYear', 'PRIOR_YEAR_NOT_BEFORE', `the prior year must be before ${doc.fiscalYear}`);
    }
    const seen = new Set<string>();
    s.units.forEach((u, i) => {
      if (!units.has(u.unit)) fail(`sanGong.units[${i}].unit`, 'UNKNOWN_UNIT', `unit ${u.unit} is not listed in units`);
      if (seen.has(u.unit)) fail(`sanGong.units[${i}].unit`, 'DUPLICATE', `unit ${u.unit} appears more than once`);
      seen.add(u.unit);
      for (const [category, cap] of Object.entries(u.caps) as [keyof Caps, string][]) {
        if (new Money(cap).gt(s.caps[category])) {
          fail(`sanGong.units[${i}].caps.${category}`, 'SANGONG_UNIT_CAP_ABOVE_DEPARTMENT', `unit cap ${cap} is above the department's ${s.caps[category]}`);
        }
      }
    });
  }

  const a = doc.agencyOperatingExpenses;
  if (a) {
    const listed = new Set(doc.functionalClassifications.map((c) => c.code));
    a.functional.forEach((f, i) => { if (!listed.has(f)) fail(`agencyOperatingExpenses.functional[${i}]`, 'UNKNOWN_FUNCTIONAL_CODE', `functional code ${f} is not listed`); });
    const lines = sumOf(doc.lines.filter((l) => l.type === 'basic' && l.basicKind === 'operating' && a.functional.includes(l.functional)).map((l) => l.amount));
    if (!lines.eq(a.amount)) {
      fail('agencyOperatingExpenses.amount', 'AGENCY_OPERATING_MISMATCH', `published ${a.amount}, the basic operating lines on ${a.functional.join(', ')} add to ${lines.toFixed(2)}`);
    }
  }

  const p = doc.procurement;
  if (p) {
    const lines = new Map(doc.lines.map((l) => [l.id, l]));
    const ids = new Set<string>();
    const onLine = new Map<string, Money>();
    p.items.forEach((item, i) => {
      const at = `procurement.items[${i}]`;
      if (ids.has(item.id)) fail(`${at}.id`, 'DUPLICATE', `${item.id} appears more than once`);
      ids.add(item.id);
      const line = lines.get(item.line);
      if (!line) fail(`${at}.line`, 'UNKNOWN_LINE', `line ${item.line} is not among the document's lines`);
      if (new Money(item.amount).lte(0)) fail(`${at}.amount`, 'AMOUNT_NOT_POSITIVE', 'amount must be greater than 0');
      const sources = sumOf(Object.values(item.fundingSources) as string[]);
      if (!sources.eq(item.amount)) fail(`${at}.fundingSources`, 'FUNDING_SOURCES_MISMATCH', `funding sources add to ${sources.toFixed(2)}, not ${item.amount}`);
      if (p.items.some((o, j) => j < i && o.line === item.line && o.category === item.category)) {
        fail(`${at}.category`, 'DUPLICATE', `line ${item.line} already has a ${item.category} item: one item per line and 品目`);
      }
      onLine.set(item.line, (onLine.get(item.line) ?? ZERO).plus(item.amount));
      if (line && onLine.get(item.line)!.gt(line.amount)) fail(`${at}.amount`, 'PROCUREMENT_ABOVE_LINE', `procurement on line ${item.line} exceeds its amount ${line.amount}`);
    });
    const total = sumOf(p.items.map((i) => i.amount));
    if (p.total !== undefined && !total.eq(p.total)) fail('procurement.total', 'CONTROL_TOTAL_MISMATCH', `published ${p.total}, items add to ${total.toFixed(2)}`);
    for (const [category, published] of Object.entries(p.byCategory ?? {})) {
      const got = sumOf(p.items.filter((i) => i.category === category).map((i) => i.amount));
      if (!got.eq(published)) fail(`procurement.byCategory.${category}`, 'CONTROL_TOTAL_MISMATCH', `published ${published}, items add to ${got.toFixed(2)}`);
    }
    for (const [source, published] of Object.entries(p.bySource ?? {}) as [string, string][]) {
      const got = sumOf(p.items.map((i) => (i.fundingSources as Record<string, string>)[source] ?? '0'));
      if (!got.eq(published)) fail(`procurement.bySource.${source}`, 'CONTROL_TOTAL_MISMATCH', `published ${published}, items add to ${got.toFixed(2)}`);
    }
  }
  return issues;
}

/** 表四 and 表九 in 元, as their streams record them (null where the document gives none). */
export function planExtras(doc: BudgetDocument, importId: string, projectNames: ReadonlyMap<string, string>): {
  sanGong: SanGongBudgetSet['data'] | null; procurement: ProcurementBudgetSet['data'] | null;
} {
  const yuan = (a: string) => toYuanString(doc.amountUnit === '万元' ? wanYuanToYuan(new Money(a)) : new Money(a));
  const caps = (c: Caps): SanGongCaps => Object.fromEntries(SANGONG_CATEGORIES.filter((k) => c[k] !== undefined).map((k) => [k, yuan(c[k]!)]));
  const head = { importId, department: doc.department.code, fiscalYear: doc.fiscalYear };
  const s = doc.sanGong;
  const a = doc.agencyOperatingExpenses;
  const sanGong = s || a ? {
    ...head,
    caps: s ? caps(s.caps) : {},
    unitCaps: s ? s.units.map((u) => ({ unit: u.unit, caps: caps(u.caps) })) : [],
    priorYear: s?.priorYear ? { fiscalYear: s.priorYear.fiscalYear, total: yuan(s.priorYear.total), caps: caps(s.priorYear.caps) } : null,
    agencyOperatingExpenses: a ? { amount: yuan(a.amount), priorYear: a.priorYear ? yuan(a.priorYear) : null, functional: a.functional } : null,
  } : null;
  const lines = new Map(doc.lines.map((l) => [l.id, l]));
  const p = doc.procurement;
  const procurement = p ? {
    ...head, policy: p.overrunPolicy,
    items: p.items.map((i): ProcurementItem => {
      const line = lines.get(i.line)!;
      return {
        itemId: i.id, lineId: i.line, unit: line.unit, project: line.project ?? null, projectName: line.project ? projectNames.get(line.project) ?? null : null,
        category: i.category, name: i.name, amount: yuan(i.amount),
        fundingSources: Object.fromEntries(Object.entries(i.fundingSources).map(([k, v]) => [k, yuan(v as string)])), wholeLine: i.wholeLine,
      };
    }),
  } : null;
  return { sanGong, procurement };
}
