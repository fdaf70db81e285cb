import { CarriedAdvance } from '../appropriation/events';
import { OpenLine } from '../appropriation/state';
import { DomainError } from '../shared/domain-error';
import { Money, ZERO, sum, toYuanString } from '../shared/money';
import { carriedLineId } from './carry-forward';
import { CloseRules, DecidedBy, FATES, Fate, LineSettlement, SettlementTotals } from './events';

/** 表十 category and sub-category of a project, from the year's budget documents. */
export interface ProjectKind { readonly category: string; readonly subCategory: string | null }

export interface Settlement {
  readonly lines: readonly LineSettlement[];
  readonly totals: SettlementTotals;
}

/**
 * Checks the rules against the year's lines and projects before anything is recorded: every field named in
 * an error is the rule's path (`rules.lines.426001-2023-B-2080101-30101`).
 */
export function validateRules(rules: CloseRules, lines: readonly OpenLine[], projects: ReadonlyMap<string, ProjectKind>): void {
  const fate = (value: unknown, field: string) => {
    if (!FATES.includes(value as Fate)) throw DomainError.invalid('INVALID_FATE', field, `${field} must be "carry" (结转) or "lapse" (结余)`);
  };
  if (rules.basic !== undefined) {
    fate(rules.basic, 'rules.basic');
    if (rules.basic === 'carry') throw DomainError.invalid('BASIC_LINE_CANNOT_CARRY', 'rules.basic', '基本支出 balances are 结余 at the close: they cannot be carried forward (结转)');
  }
  if (rules.project !== undefined) fate(rules.project, 'rules.project');
  if (rules.carriedIn !== undefined) fate(rules.carriedIn, 'rules.carriedIn');
  const byId = new Map(lines.map((l) => [l.attributes.lineId, l]));
  for (const [lineId, value] of Object.entries(rules.lines ?? {})) {
    const field = `rules.lines.${lineId}`;
    fate(value, field);
    const line = byId.get(lineId);
    if (!line) throw DomainError.invalid('UNKNOWN_LINE', field, `line ${lineId} is not an appropriation line of this fiscal year`);
    if (value === 'carry' && line.attributes.type === 'basic') {
      throw DomainError.invalid('BASIC_LINE_CANNOT_CARRY', field, `line ${lineId} is 基本支出: its balance is 结余 at the close and cannot be carried forward (结转)`, { lineId });
    }
  }
  const yearProjects = new Set([...lines.map((l) => l.attributes.project).filter((p): p is string => p !== null), ...projects.keys()]);
  for (const [code, value] of Object.entries(rules.projects ?? {})) {
    fate(value, `rules.projects.${code}`);
    if (!yearProjects.has(code)) throw DomainError.invalid('UNKNOWN_PROJECT', `rules.projects.${code}`, `project ${code} has no lines in this fiscal year`);
  }
  const kinds = new Set([...projects.values()].flatMap((p) => [p.category, p.subCategory]).filter((k): k is string => k !== null));
  for (const [kind, value] of Object.entries(rules.kinds ?? {})) {
    fate(value, `rules.kinds.${kind}`);
    if (!kinds.has(kind)) {
      throw DomainError.invalid('UNKNOWN_PROJECT_KIND', `rules.kinds.${kind}`, `no project of this fiscal year is of kind ${kind} (known: ${[...kinds].join(', ') || 'none'})`);
    }
  }
}

/** The rule that applies to a line, most specific first. */
export function fateOf(line: OpenLine, rules: CloseRules, projects: ReadonlyMap<string, ProjectKind>): { fate: Fate; decidedBy: DecidedBy } {
  const a = line.attributes;
  if (a.type === 'basic') return { fate: 'lapse', decidedBy: rules.lines?.[a.lineId] !== undefined ? 'line' : 'type' };
  const byLine = rules.lines?.[a.lineId];
  if (byLine) return { fate: byLine, decidedBy: 'line' };
  const byProject = a.project === null ? undefined : rules.projects?.[a.project];
  if (byProject) return { fate: byProject, decidedBy: 'project' };
  if (a.carriedFrom) return { fate: rules.carriedIn ?? 'lapse', decidedBy: 'carried-in' };
  const kind = a.project === null ? undefined : projects.get(a.project);
  const bySub = kind?.subCategory ? rules.kinds?.[kind.subCategory] : undefined;
  if (bySub) return { fate: bySub, decidedBy: 'sub-category' };
  const byCategory = kind ? rules.kinds?.[kind.category] : undefined;
  if (byCategory) return { fate: byCategory, decidedBy: 'category' };
  return { fate: rules.project ?? 'carry', decidedBy: 'type' };
}

/**
 * 结转结余: per line, unspent = appropriated − disbursed (net of 冲销), split into what is carried into the next
 * year and what lapses. The revolving fund's outstanding 垫付 are not spent (employers owe them back): they are
 * part of its unspent balance and always carried with the fund, so that they can be recovered next year; its
 * cash balance follows the rule. An overspent line ('warn' policy) carries nothing; its negative balance is 结余
 * (超支). Σ unspent = Σ carriedForward + Σ lapsed, to the cent.
 */
export function settleLines(fiscalYear: number, lines: readonly OpenLine[], rules: CloseRules, projects: ReadonlyMap<string, ProjectKind>,
  /** what an earlier close (before a reopen) carried, by origin line: its 上年结转 line stays the target even at 0 */
  carriedBefore: ReadonlyMap<string, string> = new Map()): Settlement {
  validateRules(rules, lines, projects);
  const settled = [...lines].sort((x, y) => (x.attributes.lineId < y.attributes.lineId ? -1 : 1))
    .map((line) => settleLine(fiscalYear, line, rules, projects, carriedBefore.has(line.attributes.lineId)));
  const total = (pick: (l: LineSettlement) => string) => toYuanString(sum(settled.map((l) => new Money(pick(l)))));
  const totals: SettlementTotals = {
    appropriated: total((l) => l.appropriated), disbursed: total((l) => l.disbursed), unspent: total((l) => l.unspent),
    carriedForward: total((l) => l.carriedForward), lapsed: total((l) => l.lapsed), advancesOutstanding: total((l) => l.advancesOutstanding),
  };
  if (!new Money(totals.unspent).eq(new Money(totals.carriedForward).plus(totals.lapsed))) {
    throw new Error(`settlement of ${fiscalYear} does not reconcile: ${totals.unspent} ≠ ${totals.carriedForward} + ${totals.lapsed}`);
  }
  return { lines: settled, totals };
}

function settleLine(fiscalYear: number, line: OpenLine, rules: CloseRules, projects: ReadonlyMap<string, ProjectKind>, carriedBefore: boolean): LineSettlement {
  const a = line.attributes;
  const { fate, decidedBy } = fateOf(line, rules, projects);
  const unspent = line.appropriated.minus(line.disbursed);
  const advances = line.advancesOutstanding;
  const cash = unspent.minus(advances);
  let carried: Money = ZERO;
  let lapsed: Money;
  if (unspent.lte(0)) {
    lapsed = unspent;
  } else {
    carried = advances.plus(fate === 'carry' ? Money.max(cash, ZERO) : ZERO);
    lapsed = unspent.minus(carried);
  }
  const advancesCarried: CarriedAdvance[] = advances.gt(0) && unspent.gt(0)
    ? [...line.outstandingByCase.entries()].filter(([, owed]) => owed.gt(0)).sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([caseId, owed]) => ({ caseId, amount: toYuanString(owed) }))
    : [];
  return {
    lineId: a.lineId, unit: a.unit, type: a.type, project: a.project, functional: a.functional, economic: a.economic,
    fundingSource: a.fundingSource, revolvingFund: a.revolvingFund, carriedFrom: a.carriedFrom ?? null,
    appropriated: toYuanString(line.appropriated), disbursed: toYuanString(line.disbursed), unspent: toYuanString(unspent),
    advancesOutstanding: toYuanString(advances), fate, decidedBy,
    carriedForward: toYuanString(carried), lapsed: toYuanString(lapsed),
    carriedTo: carried.gt(0) || carriedBefore ? carriedLineId(a, fiscalYear + 1) : null, advancesCarried,
  };
}
