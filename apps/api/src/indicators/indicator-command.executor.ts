import { Injectable } from '@nestjs/common';
import { DomainError, IndicatorCommand, indicatorDecider, indicatorStreamId } from '@app/domain';
import { CommandContext, AggregateStore, Appended, assertIndicatorInScope } from '@app/kernel';

/** Load–decide–append for one performance indicator (绩效指标). */
@Injectable()
export class IndicatorCommandExecutor {
  constructor(private readonly aggregates: AggregateStore) {}

  execute(fiscalYear: string, indicatorId: string, command: IndicatorCommand, ctx: CommandContext): Promise<Appended> {
    if (!/^\d{4}$/.test(fiscalYear)) throw DomainError.invalid('INVALID_FISCAL_YEAR', 'fiscalYear', 'fiscalYear must be a 4-digit year');
    return this.aggregates.handle(indicatorStreamId(Number(fiscalYear), indicatorId), indicatorDecider, (state) => {
      if (state.status === 'defined') assertIndicatorInScope(ctx.principal, state.definition.unit);
      const events = indicatorDecider.decide(command, state, ctx);
      return { events, unit: state.status === 'defined' ? state.definition.unit : null };
    }, ctx);
  }
}
