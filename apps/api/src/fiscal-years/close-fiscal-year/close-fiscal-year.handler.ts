import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  CloseRules, CloseSupplement, DomainError, FiscalYearState, LineSettlement, carriedBefore, decideCarry, fiscalYearDecider, fiscalYearStreamId,
  lineDecider, lineStreamId, settleLines, yearEnd,
} from '@app/domain';
import { AggregateStore, CommandContext, Decision, StreamRef } from '@app/kernel';
import { YEAR_END_SUPPLEMENTS, YearEndSupplementReader } from '../year-end-supplements';
import { FrozenScoresReader } from './frozen-scores';
import { YearBooksReader } from './year-books';

export interface CloseOutcome {
  readonly fiscalYear: number;
  readonly position: number;
  readonly early: boolean;
  /** said when the year had not ended (a forced early close) */
  readonly warnings: readonly string[];
}

export class CloseFiscalYearCommand extends Command<CloseOutcome> {
  constructor(readonly fiscalYear: number, readonly reason: string, readonly rules: CloseRules, readonly force: boolean, readonly ctx: CommandContext) { super(); }
}

/**
 * 年终结账 in two steps (ADR 0013). First everything that can refuse the close is checked with nothing recorded:
 * the year's status, the early-close policy, the rules against the year's lines, the next year being open.
 * Then the year is locked (FiscalYearLocked): from that write on nothing can take effect in it. The now frozen
 * books are read (line states from their streams, scores from the read models caught up with the head) and the
 * close is recorded with the 上年结转 lines of the next year in one atomic write. A failure after the lock
 * records FiscalYearCloseAbandoned, and the year is open again. A year left locked by a crash is completed by
 * closing it again (with the rules of its lock), or unlocked by a reopen.
 */
@CommandHandler(CloseFiscalYearCommand)
export class CloseFiscalYearHandler implements ICommandHandler<CloseFiscalYearCommand> {
  constructor(private readonly aggregates: AggregateStore, private readonly books: YearBooksReader, private readonly scores: FrozenScoresReader,
    @Inject(YEAR_END_SUPPLEMENTS) private readonly supplements: readonly YearEndSupplementReader[]) {}

  async execute({ fiscalYear, reason, rules, force, ctx: keyed }: CloseFiscalYearCommand): Promise<CloseOutcome> {
    // random event ids even under an Idempotency-Key (ADR 0017): a close retried after a failure locks the year again
    // after its FiscalYearCloseAbandoned, which the first lock's id would hide; a crashed close is completed as it is
    const ctx = { ...keyed, idSeed: undefined };
    const streamId = fiscalYearStreamId(fiscalYear);
    const lock = { type: 'LockFiscalYear' as const, fiscalYear, reason, rules, force };
    const { state } = await this.aggregates.load(streamId, fiscalYearDecider);
    if (state.status !== 'closing') {
      // a dry decision: already closed, not ended (without force), not begun, no reason: refused before anything is written
      fiscalYearDecider.decide(lock, state, ctx);
      await this.settle(fiscalYear, rules, state);
      await this.aggregates.handle(streamId, fiscalYearDecider, (s) => ({ events: fiscalYearDecider.decide(lock, s, ctx), unit: null }), { ...ctx, expectedRevision: undefined });
    }
    try {
      return await this.complete(fiscalYear, ctx);
    } catch (e) {
      const code = e instanceof DomainError ? e.code : 'INTERNAL_ERROR';
      await this.aggregates.handle(streamId, fiscalYearDecider, (s) => ({
        events: fiscalYearDecider.decide({ type: 'AbandonClose', code, message: e instanceof Error ? e.message : String(e) }, s, ctx), unit: null,
      }), { ...ctx, expectedRevision: undefined }).catch(() => undefined);
      throw e;
    }
  }

  /** The settlement of the year's books by the rules (refusing bad rules), and whether the next year can take its 结转. */
  private async settle(fiscalYear: number, rules: CloseRules, state: FiscalYearState) {
    const books = await this.books.read(fiscalYear);
    if (books.lines.length === 0) throw DomainError.notFound('BUDGET_NOT_FOUND', 'year', `no appropriation lines in fiscal year ${fiscalYear}: nothing to close`);
    const settlement = settleLines(fiscalYear, books.lines, rules, books.projects, carriedBefore(state));
    if (settlement.lines.some((l) => l.carriedTo !== null)) {
      const next = await this.aggregates.load(fiscalYearStreamId(fiscalYear + 1), fiscalYearDecider);
      if (next.state.status !== 'open') {
        throw DomainError.conflict('FISCAL_YEAR_CLOSED', 'year', `fiscal year ${fiscalYear + 1} is ${next.state.status}: the 结转 of ${fiscalYear} cannot be recorded in it; reopen it first`,
          { fiscalYear: fiscalYear + 1, status: next.state.status });
      }
    }
    return { books, settlement };
  }

  private async complete(fiscalYear: number, ctx: CommandContext): Promise<CloseOutcome> {
    const streamId = fiscalYearStreamId(fiscalYear);
    const { state } = await this.aggregates.load(streamId, fiscalYearDecider);
    if (state.status !== 'closing' || state.lock === null) throw DomainError.conflict('FISCAL_YEAR_NOT_LOCKED', 'year', `fiscal year ${fiscalYear} is ${state.status}`);
    const { books, settlement } = await this.settle(fiscalYear, state.lock.rules, state);
    const asOf = ctx.today < yearEnd(fiscalYear) ? ctx.today : yearEnd(fiscalYear);
    const scores = await this.scores.read(fiscalYear, asOf, books.departments);
    const supplements = (await Promise.all(this.supplements.map((s) => s.read(fiscalYear, asOf)))).filter((s): s is CloseSupplement => s !== null);
    const origins = new Map(books.lines.map((l) => [l.attributes.lineId, l.attributes]));
    const before = carriedBefore(state);
    const carried: LineSettlement[] = settlement.lines.filter((l) => l.carriedTo !== null);
    const streams: StreamRef<any, any>[] = [
      { streamId, reducer: fiscalYearDecider },
      ...carried.map((l) => ({ streamId: lineStreamId(l.carriedTo!), reducer: lineDecider })),
    ];
    const handled = await this.aggregates.handleMany(streams, ([year, ...targets]): Decision<never>[] => [
      { events: fiscalYearDecider.decide({ type: 'CompleteClose', settlement, scores, supplements }, year.state, ctx) as never[], unit: null },
      ...carried.map((l, i): Decision<never> => ({
        events: decideCarry(origins.get(l.lineId)!, l, targets[i].state, before.get(l.lineId) ?? null, ctx.today) as never[], unit: l.unit,
      })),
    ], { ...ctx, expectedRevision: undefined });
    const warnings = state.lock.early
      ? [`fiscal year ${fiscalYear} was closed before it ended (${ctx.today}): balances and scores stand at ${asOf}; record nothing more in it until it is reopened`]
      : [];
    return { fiscalYear, position: Math.max(0, ...handled.map((h) => h.position)), early: state.lock.early, warnings };
  }
}
