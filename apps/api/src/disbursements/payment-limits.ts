import {
  DomainError, DomainEvent, OpenLine, ProcurementEvent, ProcurementState, SanGongCategory, SanGongEvent, SanGongState, isProcurementLine,
  procurementDecider, procurementStreamId, sanGongCategoryOf, sanGongDecider, sanGongStreamId,
} from '@app/domain';
import { AggregateStore, CommandContext, Decision, StreamRef, deterministicId } from '@app/kernel';

/** What a payment says beyond its amount that decides which limits it meets (the request's or a spreadsheet row's). */
export interface PaymentTags {
  readonly economic?: string | null;
  readonly sanGongCategory?: string | null;
  readonly procurement?: boolean | null;
  readonly procurementCategory?: string | null;
}

/**
 * The streams a payment is decided with beside its line: its department's 三公 caps (a 三公 category) and its
 * procurement budget (flagged, or on a procurement line). Both are one stream per department and year, so
 * concurrent payments on different lines are serialised there and never pass a limit together.
 */
export interface PaymentLimits {
  readonly sanGong: { readonly streamId: string; readonly category: SanGongCategory } | null;
  readonly procurement: { readonly streamId: string; readonly category: string | null } | null;
}

export async function paymentLimits(aggregates: AggregateStore, line: OpenLine, tags: PaymentTags): Promise<PaymentLimits | null> {
  const { department, fiscalYear, lineId } = line.attributes;
  const category = sanGongCategoryOf(tags, line.attributes);
  const flagged = tags.procurement === true || !!tags.procurementCategory;
  const procurement = flagged || isProcurementLine((await aggregates.load(procurementStreamId(department, fiscalYear), procurementDecider)).state, lineId);
  return limitsFor(line, category, procurement ? tags.procurementCategory ?? null : undefined);
}

/** The limits of a payment of this 三公 category (or none), drawing on procurement (the 品目 it names, null) or not (undefined). */
export function limitsFor(line: OpenLine, category: SanGongCategory | null, procurementCategory: string | null | undefined): PaymentLimits | null {
  const { department, fiscalYear } = line.attributes;
  const sanGong = category ? { streamId: sanGongStreamId(department, fiscalYear), category } : null;
  const procurement = procurementCategory !== undefined ? { streamId: procurementStreamId(department, fiscalYear), category: procurementCategory } : null;
  return sanGong || procurement ? { sanGong, procurement } : null;
}

/** The limit streams in the order `decidePaymentLimits` answers for them. */
export function limitStreams(limits: PaymentLimits): StreamRef<any, any>[] {
  return [
    ...(limits.sanGong ? [{ streamId: limits.sanGong.streamId, reducer: sanGongDecider }] : []),
    ...(limits.procurement ? [{ streamId: limits.procurement.streamId, reducer: procurementDecider }] : []),
  ];
}

export interface LimitedPayment {
  readonly disbursementId: string;
  readonly lineId: string;
  readonly unit: string;
  readonly amount: string;
  readonly effectiveDate: string;
  /** staged by this disbursement import (ADR 0022): its facts are withdrawn if the import is abandoned */
  readonly importId?: string;
}

/** Ids of the facts a payment or reversal records in a limit stream: derived from it, so a retry finds them. */
const limitIds = (key: string, kind: 'sangong' | 'procurement', events: readonly DomainEvent[]) => events.map((_, i) => deterministicId(`${key}/${kind}/${i}`));

/**
 * What the payment uses of its caps and procurement budget, one decision per limit stream (states in the order of
 * `limitStreams`). Throws SANGONG_CAP_EXCEEDED or PROCUREMENT_BUDGET_EXCEEDED, naming cap, used and remaining.
 */
export function decidePaymentLimits(limits: PaymentLimits, states: readonly unknown[], p: LimitedPayment, ctx: CommandContext): Decision<DomainEvent>[] {
  const queue = [...states];
  const out: Decision<DomainEvent>[] = [];
  if (limits.sanGong) {
    const events = sanGongDecider.decide({ type: 'SpendSanGong', ...p, category: limits.sanGong.category }, queue.shift() as SanGongState, ctx);
    out.push({ events, unit: p.unit, ids: limitIds(p.disbursementId, 'sangong', events) });
  }
  if (limits.procurement) {
    const events = procurementDecider.decide({ type: 'DrawProcurement', ...p, category: limits.procurement.category }, queue.shift() as ProcurementState, ctx);
    out.push({ events, unit: p.unit, ids: limitIds(p.disbursementId, 'procurement', events) });
  }
  return out;
}

/** The limit streams that know a payment (it was 三公 or procurement): its reversal gives their room back. */
export async function reversalLimits(aggregates: AggregateStore, line: OpenLine, disbursementId: string): Promise<StreamRef<any, any>[]> {
  const { department, fiscalYear } = line.attributes;
  const sanGong = { streamId: sanGongStreamId(department, fiscalYear), reducer: sanGongDecider };
  const procurement = { streamId: procurementStreamId(department, fiscalYear), reducer: procurementDecider };
  const knows = [
    (await aggregates.load(sanGong.streamId, sanGongDecider)).state.payments.has(disbursementId),
    (await aggregates.load(procurement.streamId, procurementDecider)).state.payments.has(disbursementId),
  ];
  return [sanGong, procurement].filter((_, i) => knows[i]);
}

/** The release of a reversed payment's room in each limit stream that knows it. */
export function decideReversalLimits(streams: readonly StreamRef<any, any>[], states: readonly unknown[], r: { disbursementId: string; amount: string; effectiveDate: string; unit: string },
  ctx: CommandContext): Decision<DomainEvent>[] {
  return streams.map((s, i) => {
    const events: readonly (SanGongEvent | ProcurementEvent)[] = s.reducer === sanGongDecider
      ? sanGongDecider.decide({ type: 'ReleaseSanGong', ...r }, states[i] as SanGongState, ctx)
      : procurementDecider.decide({ type: 'ReleaseProcurement', ...r }, states[i] as ProcurementState, ctx);
    return { events, unit: r.unit, ids: limitIds(`reversal/${r.disbursementId}`, s.reducer === sanGongDecider ? 'sangong' : 'procurement', events) };
  });
}

/** With several streams the client's If-Match is about the line: checked here, the others retried as usual. */
export function assertClientRevision(ctx: CommandContext, revision: number): void {
  if (ctx.expectedRevision !== undefined && ctx.expectedRevision !== revision) {
    throw DomainError.conflict('REVISION_MISMATCH', 'If-Match', `the stream is at revision ${revision}, not ${ctx.expectedRevision}`, { kind: 'precondition', actual: revision });
  }
}
