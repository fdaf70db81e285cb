import { Map as ImmutableMap } from 'immutable';
import { assertNever } from '../shared/decider';
import { Money, ZERO, money } from '../shared/money';
import { AppropriationEstablished, AppropriationEvent } from './events';
import { Fen, fenOf } from '../plans/effective-plan';
import { LinePlanState, PlanMovement, addToMonth, emptyLinePlan, evolveLinePlan } from '../plans/state';
import type { DisbursementEntry } from './payment-on-record';

export type LineAttributes = AppropriationEstablished['data'];

/**
 * A command recorded on the line under its id (调剂 transferId, 追加/调减 adjustmentId, 垫付 advanceId, 追偿
 * recoveryId): the same id again is the same command, answered without recording anything (ADR 0017).
 */
export interface RecordedCommand {
  readonly amount: Money;
  readonly effectiveDate: string;
}

/** A payment staged by a pending disbursement import (ADR 0022): what its withdrawal takes off the line again. */
/**
 * What a pending import has staged on a line: all a withdrawal takes off (the count, the amount, the payments by
 * effective month of the plan figures). A summary, not the payments: a 100,000-row import kept them all in memory
 * while it was recorded, 50 MB of the app's heap (bench section 9).
 */
export interface StagedImport {
  readonly count: number;
  readonly amount: Money;
  /** net payments by effective month (分), as LinePlanState.paidByMonth */
  readonly paidByMonth: readonly Fen[];
}

const NOTHING_STAGED: StagedImport = { count: 0, amount: ZERO, paidByMonth: emptyLinePlan().paidByMonth };

/**
 * Folded state of one appropriation line (预算指标): its totals and its open items, bounded whatever the number of
 * payments. Past payments are not kept: a command about one (a 凭证号 used again, a 冲销) is handed that payment
 * as the store's index finds it (payment-on-record.ts). Open items are kept: outstanding 垫付 per case (few, and
 * settled at the close) and the payments staged by imports still pending (dropped once applied or withdrawn). They
 * live in persistent maps so that a cached state is evolved without copying. The state is snapshotted (ADR 0020): a
 * change to what this fold computes bumps `lineDecider.snapshot.version`.
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
      /** commands recorded here, by their id: a retried or repeated command finds itself (ADR 0017) */
      readonly commands: ImmutableMap<string, RecordedCommand>;
      /** 用款计划: the plans filed, and the appropriation and payments by month they are measured with */
      readonly plan: LinePlanState;
      /**
       * 拦截的超支: the refused overspends recorded since the available balance last moved, as refusalKey()s
       * (absent: none). decide.ts records at most REFUSALS_RECORDED_PER_BALANCE of them (ADR 3).
       */
      readonly refusedAtBalance?: readonly string[];
      /**
       * 批量导入 in progress (ADR 0022): imports whose staged payments are counted in `disbursed` (so that nothing
       * recorded meanwhile can overspend together with them) but are not yet applied, or will be withdrawn; each with
       * what it has staged (what a withdrawal takes off). Only imports still pending are kept.
       */
      readonly pendingImports: ImmutableMap<string, StagedImport>;
    };

export type OpenLine = Extract<LineState, { status: 'open' }>;

export const initialLineState = (): LineState => ({ status: 'absent' });

/** A payment of this line staged by a disbursement import that is neither applied nor withdrawn yet. */
export const isPending = (line: OpenLine, entry: DisbursementEntry): boolean =>
  entry.importId !== undefined && entry.lineId === line.attributes.lineId && line.pendingImports.has(entry.importId);

/** What can still be paid or advanced from the line (a pending import's payments are reserved: counted as paid). */
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
      outstandingByCase: ImmutableMap(carried.map((a) => [a.caseId, money(a.amount)] as const)), commands: ImmutableMap(), plan: emptyLinePlan(),
      pendingImports: ImmutableMap(),
    };
  }
  if (state.status !== 'open') return state;
  const recorded = recordedCommandOf(event);
  return evolveOpenFigures(recorded ? { ...state, commands: state.commands.set(...recorded) } : state, event);
}

/** The id a command recorded this event under, and what it asked, for the events of commands that carry one. */
function recordedCommandOf(event: AppropriationEvent): [string, RecordedCommand] | undefined {
  const entry = (id: string | null | undefined, amount: string): [string, RecordedCommand] | undefined =>
    (id ? [id, { amount: money(amount), effectiveDate: event.effectiveDate }] : undefined);
  switch (event.type) {
    case 'AppropriationTransferredOut.v1': case 'AppropriationTransferredIn.v1': return entry(event.data.transferId, event.data.amount);
    case 'AppropriationIncreased.v1': case 'AppropriationDecreased.v1': return entry(event.data.adjustmentId, event.data.amount);
    case 'FundAdvancePaid.v1': return entry(event.data.advanceId, event.data.amount);
    case 'FundAdvanceRecovered.v1': return entry(event.data.recoveryId, event.data.amount);
    default: return undefined;
  }
}

function evolveOpenFigures(state: OpenLine, event: AppropriationEvent): LineState {
  switch (event.type) {
    case 'AppropriationIncreased.v1':
    case 'AppropriationTransferredIn.v1':
      return { ...state, appropriated: state.appropriated.plus(event.data.amount) };
    case 'AppropriationDecreased.v1':
    case 'AppropriationTransferredOut.v1':
      return { ...state, appropriated: state.appropriated.minus(event.data.amount) };
    case 'DisbursementRecorded.v1': {
      const importId = event.data.importId;
      const next = { ...state, disbursed: state.disbursed.plus(event.data.amount), disbursementCount: state.disbursementCount + 1 };
      if (!importId) return next;
      const staged = state.pendingImports.get(importId) ?? NOTHING_STAGED;
      const paidByMonth = addToMonth(staged.paidByMonth, event.effectiveDate, fenOf(event.data.amount));
      return { ...next, pendingImports: state.pendingImports.set(importId, { count: staged.count + 1, amount: staged.amount.plus(event.data.amount), paidByMonth }) };
    }
    case 'DisbursementImportApplied.v1':
      return { ...state, pendingImports: state.pendingImports.remove(event.data.importId) };
    case 'DisbursementImportWithdrawn.v1':
      return withdrawImport(state, event.data.importId);
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
    case 'AppropriationEstablished.v1':
      return state;
    default:
      return assertNever(event);
  }
}

/** An abandoned import's staged payments leave the line: its balance, count and plan figures are as if they never came. */
function withdrawImport(state: OpenLine, importId: string): OpenLine {
  const staged = state.pendingImports.get(importId);
  if (!staged) return state;
  const plan = { ...state.plan, paidByMonth: state.plan.paidByMonth.map((fen, i) => fen - staged.paidByMonth[i]) };
  return { ...state, disbursed: state.disbursed.minus(staged.amount), plan, disbursementCount: state.disbursementCount - staged.count, pendingImports: state.pendingImports.remove(importId) };
}
