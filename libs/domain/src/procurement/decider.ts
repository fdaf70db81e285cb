import { Map as ImmutableMap } from 'immutable';
import { DecisionContext, assertNever } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { Money, ZERO, money, parseAmount, toYuanString } from '../shared/money';
import {
  PROCUREMENT_CATEGORIES, PROCUREMENT_NAMES, ProcurementBudgetSet, ProcurementCategory, ProcurementEvent, ProcurementItem, ProcurementPolicy,
} from './events';

interface Draw { readonly itemId: string | null; readonly category: ProcurementCategory | null; readonly lineId: string; readonly unit: string; readonly amount: Money; readonly importId?: string }

/** Folded state of a department's 政府采购预算 in one fiscal year. */
export interface ProcurementState {
  readonly importId: string | null;
  /** block until a budget says otherwise */
  readonly policy: ProcurementPolicy;
  readonly items: ImmutableMap<string, ProcurementItem>;
  /** drawn net of reversals, by item */
  readonly drawn: ImmutableMap<string, Money>;
  readonly payments: ImmutableMap<string, Draw>;
}

export const initialProcurementState = (): ProcurementState =>
  ({ importId: null, policy: 'block', items: ImmutableMap(), drawn: ImmutableMap(), payments: ImmutableMap() });

export const isProcurementCategory = (v: unknown): v is ProcurementCategory => typeof v === 'string' && (PROCUREMENT_CATEGORIES as readonly string[]).includes(v);

/** A procurement line: one of its items says every payment on it is procurement. */
export const isProcurementLine = (state: ProcurementState, lineId: string): boolean =>
  state.items.some((i) => i.lineId === lineId && i.wholeLine);

export const remainingOf = (state: ProcurementState, item: ProcurementItem): Money =>
  money(item.amount).minus(state.drawn.get(item.itemId) ?? ZERO);

export function evolveProcurement(state: ProcurementState, event: ProcurementEvent): ProcurementState {
  switch (event.type) {
    case 'ProcurementBudgetSet.v1':
      return { ...state, importId: event.data.importId, policy: event.data.policy, items: ImmutableMap(event.data.items.map((i) => [i.itemId, i])) };
    case 'ProcurementDrawn.v1': {
      const d = event.data;
      const amount = money(d.amount);
      return {
        ...state,
        drawn: d.itemId === null ? state.drawn : state.drawn.set(d.itemId, (state.drawn.get(d.itemId) ?? ZERO).plus(amount)),
        payments: state.payments.set(d.disbursementId, { itemId: d.itemId, category: d.category, lineId: d.lineId, unit: d.unit, amount, ...(d.importId ? { importId: d.importId } : {}) }),
      };
    }
    case 'ProcurementImportWithdrawn.v1': {
      let drawn = state.drawn;
      const staged = state.payments.filter((p) => p.importId === event.data.importId);
      for (const p of staged.values()) if (p.itemId !== null) drawn = drawn.set(p.itemId, (drawn.get(p.itemId) ?? ZERO).minus(p.amount));
      return { ...state, drawn, payments: state.payments.filter((p) => p.importId !== event.data.importId) };
    }
    case 'ProcurementReleased.v1': {
      const d = event.data;
      const amount = money(d.amount);
      const p = state.payments.get(d.disbursementId);
      return {
        ...state,
        drawn: d.itemId === null ? state.drawn : state.drawn.set(d.itemId, (state.drawn.get(d.itemId) ?? ZERO).minus(amount)),
        payments: p ? state.payments.set(d.disbursementId, { ...p, amount: p.amount.minus(amount) }) : state.payments,
      };
    }
    case 'ProcurementOverrunWarned.v1':
      return state;
    default:
      return assertNever(event);
  }
}

export interface SetProcurementBudget { readonly type: 'SetProcurementBudget'; readonly budget: ProcurementBudgetSet['data']; readonly effectiveDate: string }

/** A procurement payment (flagged, or on a procurement line), decided together with its line. */
export interface DrawProcurement {
  readonly type: 'DrawProcurement';
  readonly disbursementId: string;
  readonly lineId: string;
  readonly unit: string;
  /** the 品目 the payment names; needed only when its line has items of several */
  readonly category: string | null;
  readonly amount: string;
  readonly effectiveDate: string;
  /** staged by this disbursement import (ADR 0022) */
  readonly importId?: string;
}

/** 批量导入放弃: give back what an abandoned import's payments drew. */
export interface WithdrawProcurementImport { readonly type: 'WithdrawProcurementImport'; readonly importId: string; readonly effectiveDate: string }

export interface ReleaseProcurement { readonly type: 'ReleaseProcurement'; readonly disbursementId: string; readonly amount: string; readonly effectiveDate: string }

export type ProcurementCommand = SetProcurementBudget | DrawProcurement | ReleaseProcurement | WithdrawProcurementImport;

export function decideProcurement(command: ProcurementCommand, state: ProcurementState, _context: DecisionContext): ProcurementEvent[] {
  switch (command.type) {
    case 'SetProcurementBudget': return setBudget(command, state);
    case 'DrawProcurement': return draw(command, state);
    case 'ReleaseProcurement': return release(command, state);
    case 'WithdrawProcurementImport':
      return state.payments.some((p) => p.importId === command.importId)
        ? [{ type: 'ProcurementImportWithdrawn.v1', effectiveDate: command.effectiveDate, data: { importId: command.importId } }] : [];
    default: return assertNever(command);
  }
}

function setBudget(command: SetProcurementBudget, state: ProcurementState): ProcurementEvent[] {
  const b = command.budget;
  if (state.importId === b.importId) return [];
  if (state.importId !== null) throw DomainError.conflict('PROCUREMENT_BUDGET_EXISTS', 'procurement', `the procurement budget of ${b.fiscalYear} is set`);
  b.items.forEach((item, i) => {
    if (!isProcurementCategory(item.category)) throw DomainError.invalid('PROCUREMENT_CATEGORY_UNKNOWN', `procurement.items[${i}].category`, 'category must be goods, works or services');
    if (money(item.amount).lt(0)) throw DomainError.invalid('AMOUNT_NEGATIVE', `procurement.items[${i}].amount`, 'amount must not be negative');
  });
  return [{ type: 'ProcurementBudgetSet.v1', effectiveDate: command.effectiveDate, data: b }];
}

/** The item a payment draws on: its line's item of the 品目 named, or the line's only item; null when there is none. */
function itemFor(command: DrawProcurement, state: ProcurementState): ProcurementItem | null {
  if (command.category !== null && !isProcurementCategory(command.category)) {
    throw DomainError.invalid('PROCUREMENT_CATEGORY_UNKNOWN', 'procurementCategory', 'procurementCategory must be goods, works or services');
  }
  const onLine = [...state.items.values()].filter((i) => i.lineId === command.lineId && (command.category === null || i.category === command.category));
  if (onLine.length > 1) {
    throw DomainError.invalid('PROCUREMENT_ITEM_AMBIGUOUS', 'procurementCategory',
      `line ${command.lineId} has procurement of ${onLine.map((i) => PROCUREMENT_NAMES[i.category]).join('、')}: name the 品目 (procurementCategory)`);
  }
  return onLine[0] ?? null;
}

function draw(command: DrawProcurement, state: ProcurementState): ProcurementEvent[] {
  if (state.payments.has(command.disbursementId)) return [];
  const amount = parseAmount(command.amount);
  const item = itemFor(command, state);
  const budget = item ? money(item.amount) : ZERO;
  const used = item ? state.drawn.get(item.itemId) ?? ZERO : ZERO;
  const remaining = budget.minus(used);
  const category = item?.category ?? (command.category as ProcurementCategory | null);
  const drawn: ProcurementEvent = {
    type: 'ProcurementDrawn.v1', effectiveDate: command.effectiveDate,
    data: {
      disbursementId: command.disbursementId, lineId: command.lineId, unit: command.unit, itemId: item?.itemId ?? null, category, amount: toYuanString(amount),
      ...(command.importId ? { importId: command.importId } : {}),
    },
  };
  if (amount.lte(remaining)) return [drawn];
  const figures = { remaining: toYuanString(Money.max(remaining, 0)), requested: toYuanString(amount), shortfall: toYuanString(amount.minus(Money.max(remaining, 0))) };
  if (state.policy === 'block') {
    throw DomainError.conflict('PROCUREMENT_BUDGET_EXCEEDED', 'amount', item
      ? `政府采购预算「${item.name}」(${PROCUREMENT_NAMES[item.category]}): budget ${toYuanString(budget)} 元, used ${toYuanString(used)} 元, ${figures.remaining} 元 remain`
      : `line ${command.lineId} has no 政府采购预算${command.category ? ` of ${PROCUREMENT_NAMES[command.category as ProcurementCategory]}` : ''}`,
    { itemId: item?.itemId ?? null, name: item?.name ?? null, category, budget: toYuanString(budget), used: toYuanString(used), ...figures });
  }
  return [drawn, {
    type: 'ProcurementOverrunWarned.v1', effectiveDate: command.effectiveDate,
    data: { disbursementId: command.disbursementId, lineId: command.lineId, itemId: item?.itemId ?? null, ...figures },
  }];
}

function release(command: ReleaseProcurement, state: ProcurementState): ProcurementEvent[] {
  const p = state.payments.get(command.disbursementId);
  if (!p) return []; // not a procurement payment
  const amount = Money.min(parseAmount(command.amount), p.amount);
  if (amount.lte(0)) return [];
  return [{
    type: 'ProcurementReleased.v1', effectiveDate: command.effectiveDate,
    data: { disbursementId: command.disbursementId, lineId: p.lineId, unit: p.unit, itemId: p.itemId, category: p.category, amount: toYuanString(amount) },
  }];
}

/** 政府采购预算 of a department's year as one aggregate. */
export const procurementDecider = { initialState: initialProcurementState, evolve: evolveProcurement, decide: decideProcurement } as const;
