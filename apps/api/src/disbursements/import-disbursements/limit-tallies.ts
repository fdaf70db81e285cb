import { DomainError, OpenLine, ProcurementState, formatYuan, isProcurementLine, money, procurementDecider, procurementStreamId, sanGongCategoryOf } from '@app/domain';
import { NewEvent, StreamWrite } from '@app/event-store';
import { AggregateStore, CommandContext, deterministicId, envelope } from '@app/kernel';
import { LimitedPayment, PaymentLimits, PaymentTags, decidePaymentLimits, limitStreams, limitsFor } from '../payment-limits';

interface Tally { readonly reducer: { evolve: (s: any, e: any) => any }; state: unknown; readonly revision: number; readonly events: NewEvent[] }

/**
 * The 三公 caps and procurement budgets a spreadsheet's rows draw on, moved on row by row like the lines' states:
 * two rows together can pass a cap, and the second is refused. A chunk stages their facts in the same atomic
 * write as its payments, expecting the revisions it read (a concurrent payment makes it decide the chunk again).
 */
export class LimitTallies {
  private readonly tallies = new Map<string, Tally>();
  constructor(private readonly aggregates: AggregateStore) {}

  /** Which limits a row meets; the procurement budget (is the line a procurement line?) is read once per file. */
  async limitsOf(line: OpenLine, tags: PaymentTags): Promise<PaymentLimits | null> {
    const streamId = procurementStreamId(line.attributes.department, line.attributes.fiscalYear);
    if (!this.tallies.has(streamId)) {
      const { state, revision } = await this.aggregates.load(streamId, procurementDecider);
      this.tallies.set(streamId, { reducer: procurementDecider, state, revision, events: [] });
    }
    const procurement = this.tallies.get(streamId)!.state as ProcurementState;
    const flagged = tags.procurement === true || !!tags.procurementCategory;
    const category = sanGongCategoryOf(tags, line.attributes);
    return limitsFor(line, category, flagged || isProcurementLine(procurement, line.attributes.lineId) ? tags.procurementCategory ?? null : undefined);
  }

  /** Decides the row against the limits as they stand; answers how to accept it (the row may still be refused by its line). */
  async decide(limits: PaymentLimits, payment: LimitedPayment, ctx: CommandContext, collect: boolean): Promise<() => void> {
    const streams = limitStreams(limits);
    const tallies: Tally[] = [];
    for (const s of streams) {
      let t = this.tallies.get(s.streamId);
      if (!t) {
        const { state, revision } = await this.aggregates.load(s.streamId, s.reducer);
        this.tallies.set(s.streamId, (t = { reducer: s.reducer, state, revision, events: [] }));
      }
      tallies.push(t);
    }
    const decisions = decidePaymentLimits(limits, tallies.map((t) => t.state), payment, ctx);
    return () => decisions.forEach((d, i) => {
      tallies[i].state = d.events.reduce(tallies[i].reducer.evolve, tallies[i].state);
      // an import's facts are named after it too: abandoned and sent again, the same payment is new facts
      const ids = payment.importId ? d.ids?.map((id) => deterministicId(`${payment.importId}/${id}`)) : d.ids;
      if (collect) tallies[i].events.push(...envelope(d.events, ctx, d.unit, ids));
    });
  }

  writes(): StreamWrite[] {
    return [...this.tallies].filter(([, t]) => t.events.length > 0).map(([streamId, t]) => ({ streamId, events: t.events, expectedRevision: t.revision }));
  }
}

/** A row refused by a limit, in Chinese with its figures (the English detail carries them too). */
export function limitRefusalZh(e: DomainError): string | undefined {
  const d = (e.details ?? {}) as Record<string, string | null>;
  const yuan = (v: string | null | undefined) => (v ? formatYuan(money(v)) : '0.00');
  if (e.code === 'SANGONG_CAP_EXCEEDED') {
    return `超出三公经费「${d.name}」${d.unit ? `（单位 ${d.unit}）` : ''}预算上限 ${yuan(d.cap)} 元：已用 ${yuan(d.used)} 元，尚余 ${yuan(d.remaining)} 元`;
  }
  if (e.code === 'PROCUREMENT_BUDGET_EXCEEDED') {
    return d.name ? `超出政府采购预算「${d.name}」：预算 ${yuan(d.budget)} 元，已用 ${yuan(d.used)} 元，尚余 ${yuan(d.remaining)} 元` : '该预算指标没有政府采购预算';
  }
  return undefined;
}
