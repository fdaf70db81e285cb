import { PayFundAdvance, TransferAppropriation } from '../appropriation/commands';
import { AppropriationEvent } from '../appropriation/events';
import { decideFundAdvance } from '../appropriation/fund-advance';
import { LineState, evolveLine, initialLineState } from '../appropriation/state';
import { decideTransfer } from '../appropriation/transfer';
import { CaseState, evolveCase, initialCaseState } from '../wage-arrears/decider';
import { WageArrearsEvent } from '../wage-arrears/events';

/**
 * Deciders that read more than one stream, shaped for `specification()`: the given events of all the
 * streams involved are routed to their stream by id, as the command handler would load them.
 */

type Lines = ReadonlyMap<string, LineState>;

export function foldLines(lines: Lines, event: AppropriationEvent): Lines {
  const id = event.data.lineId;
  return new Map(lines).set(id, evolveLine(lines.get(id) ?? initialLineState(), event));
}

/** 调剂: given the events of both lines, the decision is [out, in]. */
export const transferDecider = {
  initialState: (): Lines => new Map(),
  evolve: foldLines,
  decide: (command: TransferAppropriation, lines: Lines, context: { today: string }): AppropriationEvent[] => {
    const decision = decideTransfer(command, lines.get(command.fromLineId) ?? initialLineState(),
      lines.get(command.toLineId) ?? initialLineState(), context);
    return decision ? [decision.out, decision.in] : [];
  },
};

type FundOrCaseEvent = AppropriationEvent | WageArrearsEvent;
interface FundAndCases { readonly fund: LineState; readonly cases: ReadonlyMap<string, CaseState> }

/** 垫付: given the fund line's events and the cases' events. */
export const fundAdvanceDecider = {
  initialState: (): FundAndCases => ({ fund: initialLineState(), cases: new Map() }),
  evolve: (state: FundAndCases, event: FundOrCaseEvent): FundAndCases => {
    if (event.type === 'WageArrearsCaseReported.v1' || event.type === 'WageArrearsCaseResolved.v1') {
      const id = event.data.caseId;
      return { ...state, cases: new Map(state.cases).set(id, evolveCase(state.cases.get(id) ?? initialCaseState(), event)) };
    }
    return { ...state, fund: evolveLine(state.fund, event) };
  },
  decide: (command: PayFundAdvance, state: FundAndCases, context: { today: string }): FundOrCaseEvent[] =>
    decideFundAdvance(command, state.fund, state.cases.get(command.caseId) ?? initialCaseState(), context),
};
