import { Map as ImmutableMap } from 'immutable';
import { assertNever } from '../shared/decider';
import { Money, ZERO, money } from '../shared/money';
import { AppropriationEstablished, AppropriationEvent } from './events';
import { LinePlanState, PlanMovement, emptyLinePlan, evolveLinePlan } from '../plans/state';

export type LineAttributes = AppropriationEstablished['data'];

/**
 * Folded state of one appropriation line (预算指标): its totals and its open items, bounded whatever the number of
 * payments. Past payments are not kept: a command about one (a 凭证号 used again, a 冲销) is handed that payment
 * as the store's index finds it (payment-on-record.ts). Outstanding 垫付 per case are open items (few, and settled
 * at the close); they live in a persistent map so that a cached state is evolved without copying. The state is
 * snapshotted (ADR 0020): a change to what this fold computes bumps `lineDecider.snapshot.version`.
 */
export type LineState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'open';
      readonly attributes: LineAttributes;
      /** current appropriation: initial + 追加 − 调减 ± 调剂 */
      readonly appropriated: Money;
      /** disbursed net of reversals */
      readonly disbursed: Money;
      /** 垫付 advanced and not yet recovered (revolving-fund line only) */
      readonly advancesOutstanding: Money;
      /** 支付笔数: payments recorded on the line (a reversed one still counts) */
      readonly disbursementCount: number;
      readonly outstandingByCase: ImmutableMap<string, Money>;
      /** 用款计划: the plans filed, and the appropriation and payments by month they are measured with */
      readonly plan: LinePlanState;
      /**
       * 拦截的超支: the refused overspends recorded since the available balance last moved, as refusalKey()s
       * (absent: none). decide.ts records at most REFUSALS_RECORDED_PER_BALANCE of them (ADR 3).
       */
      readonly refusedAtBalance?: readonly string[];
    };

export type OpenLine = Extract<LineState, { status: 'open' }>;

export const initialLineState = (): LineState => ({ status: 'absent' });

/** What can still be paid or advanced from the line. */
export function available(line: OpenLine): Money {
  return line.appropriated.minus(line.disbursed).minus(line.advancesOutstanding);
}

export function evolveLine(state: LineState, event: AppropriationEvent): LineState {
  const next = evolveFigures(state, event);
  if (next.status !== 'open') return next;
  const movement = planMovementOf(event);
  return evolveRefusals(state, movement ? { ...next, plan: evolveLinePlan(next.plan, movement) } : next, event);
}

/** A refused overspend is one fact per voucher and amount against one balance. */
export const refusalKey = (voucherNo: string, requested: string) => `${voucherNo}\u0000${requested}`;

/** The refusals recorded against the current balance: one more with OverspendBlocked, none once the balance moves. */
function evolveRefusals(before: LineState, line: OpenLine, event: AppropriationEvent): OpenLine {
  if (event.type === 'OverspendBlocked.v1') {
    return { ...line, refusedAtBalance: [...(line.refusedAtBalance ?? []), refusalKey(event.data.voucherNo, event.data.requested)] };
  }
  const refused = line.refusedAtBalance;
  if (refused === undefined || refused.length === 0 || before.status !== 'open' || available(before).eq(available(line))) return line;
  const { refusedAtBalance: _, ...moved } = line;
  return moved;
}

/** What an event changes in the line's plan figures (plans/state.ts). */
function planMovementOf(event: AppropriationEvent): PlanMovement | null {
  const date = event.effectiveDate;
  switch (event.type) {
    case 'AppropriationEstablished.v1': case 'AppropriationIncreased.v1': case 'AppropriationTransferredIn.v1':
      return { kind: 'appropriation', date, signed: event.data.amount };
    case 'AppropriationDecreased.v1': case 'AppropriationTransferredOut.v1':
      return { kind: 'appropriation', date, signed: `-${event.data.amount}` };
    case 'DisbursementRecorded.v1': return { kind: 'payment', date, signed: event.data.amount };
    case 'DisbursementReversed.v1': return { kind: 'payment', date, signed: `-${event.data.amount}` };
    case 'SpendingPlanFiled.v1': return { kind: 'filed', date, revision: event.data.revision, months: event.data.months };
    default: return null;
  }
}

function evolveFigures(state: LineState, event: AppropriationEvent): LineState {
  if (event.type === 'AppropriationEstablished.v1') {
    // a 上年结转 fund line starts with the advances it carries: they are recovered on it this year
    const carried = event.data.advancesCarried ?? [];
    return {
      status: 'open', attributes: event.data, appropriated: money(event.data.amount), disbursed: ZERO,
      advancesOutstanding: carried.reduce((total, a) => total.plus(a.amount), ZERO), disbursementCount: 0,
      outstandingByCase: ImmutableMap(carried.map((a) => [a.caseId, money(a.amount)] as const)), plan: emptyLinePlan(),
    };
  }
  if (state.status !== 'open') return state;
  switch (event.type) {
    case 'AppropriationIncreased.v1':
    case 'AppropriationTransferredIn.v1':
      return { ...state, appropriated: state.appropriated.plus(event.data.amount) };
    case 'AppropriationDecreased.v1':
    case 'AppropriationTransferredOut.v1':
      return { ...state, appropriated: state.appropriated.minus(event.data.amount) };
    case 'DisbursementRecorded.v1':
      return { ...state, disbursed: state.disbursed.plus(event.data.amount), disbursementCount: state.disbursementCount + 1 };
    // the decider records a 冲销 only of a payment of this line, found in the store (payment-on-record.ts)
    case 'DisbursementReversed.v1':
      return { ...state, disbursed: state.disbursed.minus(event.data.amount) };
    case 'FundAdvancePaid.v1': {
      const owed = state.outstandingByCase.get(event.data.caseId) ?? ZERO;
      return {
        ...state,
        advancesOutstanding: state.advancesOutstanding.plus(event.data.amount),
        outstandingByCase: state.outstandingByCase.set(event.data.caseId, owed.plus(event.data.amount)),
      };
    }
    case 'FundAdvanceRecovered.v1': {
      const owed = state.outstandingByCase.get(event.data.caseId) ?? ZERO;
      return {
        ...state,
        advancesOutstanding: state.advancesOutstanding.minus(event.data.amount),
        outstandingByCase: state.outstandingByCase.set(event.data.caseId, owed.minus(event.data.amount)),
      };
    }
    case 'OverspendWarned.v1':
    case 'OverspendBlocked.v1':
    case 'SpendingPlanFiled.v1':
    case 'PlanExceededWarned.v1':
      return state;
    default:
      return assertNever(event);
  }
}
