import { type AppropriationEvent, type DomainEvent, evolveLine, initialLineState, type LineState, Money, toYuanString, available } from '@app/domain';

/** Line figures as the domain folds them: the reference the as-of answers are checked against. */
export interface FoldedLine { appropriated: string; netDisbursed: string; balance: string; disbursed: string; reversed: string; advanced: string; recovered: string }

const LINE_EVENTS = new Set([
  'AppropriationEstablished.v1', 'AppropriationIncreased.v1', 'AppropriationDecreased.v1', 'AppropriationTransferredIn.v1',
  'AppropriationTransferredOut.v1', 'DisbursementRecorded.v1', 'DisbursementReversed.v1', 'FundAdvancePaid.v1', 'FundAdvanceRecovered.v1',
]);
const GROSS: Record<string, keyof FoldedLine> = {
  'DisbursementRecorded.v1': 'disbursed', 'DisbursementReversed.v1': 'reversed', 'FundAdvancePaid.v1': 'advanced', 'FundAdvanceRecovered.v1': 'recovered',
};

/**
 * The state of every line on `asOf`: the domain's own evolveLine over the events (in recorded order)
 * whose effective date is ≤ asOf, plus plain gross sums. Lines not yet established are absent.
 */
export function foldAsOf(events: readonly DomainEvent[], asOf: string): Map<string, FoldedLine> {
  const states = new Map<string, LineState>();
  const gross = new Map<string, Record<string, Money>>();
  for (const event of events) {
    if (!LINE_EVENTS.has(event.type) || event.effectiveDate > asOf) continue;
    const lineId = (event.data as { lineId: string }).lineId;
    states.set(lineId, evolveLine(states.get(lineId) ?? initialLineState(), event as AppropriationEvent));
    const column = GROSS[event.type];
    if (column) {
      const sums = gross.get(lineId) ?? {};
      sums[column] = (sums[column] ?? new Money(0)).plus((event.data as { amount: string }).amount);
      gross.set(lineId, sums);
    }
  }
  const out = new Map<string, FoldedLine>();
  for (const [lineId, state] of states) {
    if (state.status !== 'open') continue;
    const g = gross.get(lineId) ?? {};
    const y = (k: string) => toYuanString(g[k] ?? new Money(0));
    out.set(lineId, {
      appropriated: toYuanString(state.appropriated), netDisbursed: toYuanString(state.disbursed), balance: toYuanString(available(state)),
      disbursed: y('disbursed'), reversed: y('reversed'), advanced: y('advanced'), recovered: y('recovered'),
    });
  }
  return out;
}
