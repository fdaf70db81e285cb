import { Map as ImmutableMap } from 'immutable';
import { assertInFiscalYear } from '../shared/business-date';
import { DecisionContext, assertNever } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { Money, ZERO, money, parseAmount, toYuanString } from '../shared/money';
import { requireText } from '../shared/text';
import { SANGONG_CATEGORIES, SANGONG_NAMES, SanGongCategory, parseNonNegativeAmount, requireSanGongCategory } from './categories';
import { SanGongBudgetSet, SanGongCaps, SanGongEvent } from './events';

/** Caps and use are kept by `unit|category`; the department's under the unit ''. */
const key = (unit: string | null, category: SanGongCategory) => `${unit ?? ''}|${category}`;

interface SanGongPayment { readonly lineId: string; readonly unit: string; readonly category: SanGongCategory; readonly amount: Money; readonly importId?: string }

/** Folded state of a department's 三公经费 in one fiscal year. */
export interface SanGongState {
  /** the import that set the budget's caps (null: none yet) */
  readonly importId: string | null;
  readonly caps: ImmutableMap<string, Money>;
  /** net of reversals, by `unit|category` and by `|category` (the department) */
  readonly used: ImmutableMap<string, Money>;
  readonly payments: ImmutableMap<string, SanGongPayment>;
}

export const initialSanGongState = (): SanGongState => ({ importId: null, caps: ImmutableMap(), used: ImmutableMap(), payments: ImmutableMap() });

/** The cap in force (null: none) and what is used, at the department (unit null) or a unit. */
export function capOf(state: SanGongState, category: SanGongCategory, unit: string | null = null) {
  const cap = state.caps.get(key(unit, category)) ?? null;
  const used = state.used.get(key(unit, category)) ?? ZERO;
  return { cap, used, remaining: cap === null ? null : cap.minus(used) };
}

function withCaps(caps: ImmutableMap<string, Money>, unit: string | null, given: SanGongCaps): ImmutableMap<string, Money> {
  let next = caps;
  for (const c of SANGONG_CATEGORIES) if (given[c] !== undefined) next = next.set(key(unit, c), money(given[c]!));
  return next;
}

const addUse = (used: ImmutableMap<string, Money>, unit: string, category: SanGongCategory, delta: Money) => used
  .set(key(null, category), (used.get(key(null, category)) ?? ZERO).plus(delta))
  .set(key(unit, category), (used.get(key(unit, category)) ?? ZERO).plus(delta));

export function evolveSanGong(state: SanGongState, event: SanGongEvent): SanGongState {
  switch (event.type) {
    case 'SanGongBudgetSet.v1': {
      let caps = withCaps(state.caps, null, event.data.caps);
      for (const u of event.data.unitCaps) caps = withCaps(caps, u.unit, u.caps);
      return { ...state, importId: event.data.importId, caps };
    }
    case 'SanGongCapRevised.v1':
      return { ...state, caps: state.caps.set(key(event.data.unit, event.data.category), money(event.data.cap)) };
    case 'SanGongSpent.v1': {
      const d = event.data;
      const amount = money(d.amount);
      return {
        ...state, used: addUse(state.used, d.unit, d.category, amount),
        payments: state.payments.set(d.disbursementId, { lineId: d.lineId, unit: d.unit, category: d.category, amount, ...(d.importId ? { importId: d.importId } : {}) }),
      };
    }
    case 'SanGongImportWithdrawn.v1': {
      let used = state.used;
      const staged = state.payments.filter((p) => p.importId === event.data.importId);
      for (const p of staged.values()) used = addUse(used, p.unit, p.category, p.amount.neg());
      return { ...state, used, payments: state.payments.filter((p) => p.importId !== event.data.importId) };
    }
    case 'SanGongReleased.v1': {
      const d = event.data;
      const amount = money(d.amount);
      const payment = state.payments.get(d.disbursementId);
      return {
        ...state, used: addUse(state.used, d.unit, d.category, amount.neg()),
        payments: payment ? state.payments.set(d.disbursementId, { ...payment, amount: payment.amount.minus(amount) }) : state.payments,
      };
    }
    default:
      return assertNever(event);
  }
}

/** 表四 from the initial budget document (amounts already in 元). */
export interface SetSanGongBudget { readonly type: 'SetSanGongBudget'; readonly budget: SanGongBudgetSet['data']; readonly effectiveDate: string }

/** 调整三公经费预算 (admin): the cap of one category, for the department or one unit. */
export interface ReviseSanGongCap {
  readonly type: 'ReviseSanGongCap';
  readonly department: string;
  readonly fiscalYear: number;
  readonly category: string;
  readonly unit: string | null;
  readonly cap: string;
  readonly reason: string;
  readonly documentNo: string | null;
  readonly effectiveDate: string;
}

/** A payment of a 三公 category, decided together with its line. */
export interface SpendSanGong {
  readonly type: 'SpendSanGong';
  readonly disbursementId: string;
  readonly lineId: string;
  readonly unit: string;
  readonly category: SanGongCategory;
  readonly amount: string;
  readonly effectiveDate: string;
  /** staged by this disbursement import (ADR 0022) */
  readonly importId?: string;
}

/** 批量导入放弃: give back what an abandoned import's payments took. */
export interface WithdrawSanGongImport { readonly type: 'WithdrawSanGongImport'; readonly importId: string; readonly effectiveDate: string }

/** 冲销 of a payment: if it was a 三公 payment, its room is given back. */
export interface ReleaseSanGong { readonly type: 'ReleaseSanGong'; readonly disbursementId: string; readonly amount: string; readonly effectiveDate: string }

export type SanGongCommand = SetSanGongBudget | ReviseSanGongCap | SpendSanGong | ReleaseSanGong | WithdrawSanGongImport;

/** Decides the facts of a department's 三公经费 in one year: caps are a hard ceiling across all lines. */
export function decideSanGong(command: SanGongCommand, state: SanGongState, context: DecisionContext): SanGongEvent[] {
  switch (command.type) {
    case 'SetSanGongBudget': return setBudget(command, state);
    case 'ReviseSanGongCap': return revise(command, state, context);
    case 'SpendSanGong': return spend(command, state);
    case 'ReleaseSanGong': return release(command, state);
    case 'WithdrawSanGongImport':
      return state.payments.some((p) => p.importId === command.importId)
        ? [{ type: 'SanGongImportWithdrawn.v1', effectiveDate: command.effectiveDate, data: { importId: command.importId } }] : [];
    default: return assertNever(command);
  }
}

function setBudget(command: SetSanGongBudget, state: SanGongState): SanGongEvent[] {
  const b = command.budget;
  if (state.importId === b.importId) return [];
  if (state.importId !== null) throw DomainError.conflict('SANGONG_BUDGET_EXISTS', 'sanGong', `the 三公经费 caps of ${b.fiscalYear} are set; revise a cap instead`);
  const check = (caps: SanGongCaps, at: string) => {
    for (const [category, cap] of Object.entries(caps)) {
      requireSanGongCategory(category, `${at}.${category}`);
      parseNonNegativeAmount(cap, `${at}.${category}`);
    }
  };
  check(b.caps, 'sanGong.caps');
  b.unitCaps.forEach((u, i) => check(u.caps, `sanGong.units[${i}].caps`));
  return [{ type: 'SanGongBudgetSet.v1', effectiveDate: command.effectiveDate, data: b }];
}

function revise(command: ReviseSanGongCap, state: SanGongState, context: DecisionContext): SanGongEvent[] {
  const category = requireSanGongCategory(command.category, 'category');
  const cap = parseNonNegativeAmount(command.cap, 'cap');
  const reason = requireText(command.reason, 'reason');
  assertInFiscalYear(command.effectiveDate, command.fiscalYear, 'effectiveDate', context.today);
  const now = capOf(state, category, command.unit);
  if (cap.lt(now.used)) {
    throw DomainError.conflict('SANGONG_CAP_BELOW_USED', 'cap',
      `${SANGONG_NAMES[category]} has ${toYuanString(now.used)} 元 used already; a cap of ${toYuanString(cap)} 元 would be below it`,
      { category, unit: command.unit, used: toYuanString(now.used), cap: toYuanString(cap) });
  }
  if (now.cap !== null && now.cap.eq(cap)) return [];
  return [{
    type: 'SanGongCapRevised.v1', effectiveDate: command.effectiveDate,
    data: {
      department: command.department, fiscalYear: command.fiscalYear, category, unit: command.unit,
      previous: now.cap === null ? null : toYuanString(now.cap), cap: toYuanString(cap), reason, documentNo: command.documentNo,
    },
  }];
}

function spend(command: SpendSanGong, state: SanGongState): SanGongEvent[] {
  // the same payment again (a retried request): its line decides whether it is a repeat or a reused voucher
  if (state.payments.has(command.disbursementId)) return [];
  const category = requireSanGongCategory(command.category, 'sanGongCategory');
  const amount = parseAmount(command.amount);
  for (const unit of [null, command.unit]) {
    const { cap, used, remaining } = capOf(state, category, unit);
    if (cap === null || remaining === null || amount.lte(remaining)) continue;
    const where = unit === null ? 'the department' : `unit ${unit}`;
    throw DomainError.conflict('SANGONG_CAP_EXCEEDED', 'amount',
      `${SANGONG_NAMES[category]} of ${where}: cap ${toYuanString(cap)} 元, used ${toYuanString(used)} 元, ${toYuanString(Money.max(remaining, 0))} 元 remain; ${toYuanString(amount)} 元 would pass the cap`,
      {
        category, name: SANGONG_NAMES[category], unit, cap: toYuanString(cap), used: toYuanString(used),
        remaining: toYuanString(Money.max(remaining, 0)), requested: toYuanString(amount),
      });
  }
  return [{
    type: 'SanGongSpent.v1', effectiveDate: command.effectiveDate,
    data: {
      disbursementId: command.disbursementId, lineId: command.lineId, unit: command.unit, category, amount: toYuanString(amount),
      ...(command.importId ? { importId: command.importId } : {}),
    },
  }];
}

function release(command: ReleaseSanGong, state: SanGongState): SanGongEvent[] {
  const payment = state.payments.get(command.disbursementId);
  if (!payment) return []; // not a 三公 payment
  const amount = Money.min(parseAmount(command.amount), payment.amount);
  if (amount.lte(0)) return [];
  return [{
    type: 'SanGongReleased.v1', effectiveDate: command.effectiveDate,
    data: { disbursementId: command.disbursementId, lineId: payment.lineId, unit: payment.unit, category: payment.category, amount: toYuanString(amount) },
  }];
}

/** 三公经费 of a department's year as one aggregate (stable identity: the command side caches folded states by it). */
export const sanGongDecider = { initialState: initialSanGongState, evolve: evolveSanGong, decide: decideSanGong } as const;
