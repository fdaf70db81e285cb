import { Injectable } from '@nestjs/common';
import { LineCommand, lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import { CommandContext, AggregateStore, Appended, envelope, assertUnitInScope } from '@app/kernel';

/** Load–decide–append for commands that touch one appropriation line. */
@Injectable()
export class LineCommandExecutor {
  constructor(private readonly aggregates: AggregateStore) {}

  execute(lineId: string, command: LineCommand, ctx: CommandContext, ids?: readonly string[]): Promise<Appended> {
    const streamId = lineStreamId(lineId);
    return this.aggregates.withRetry(async () => {
      const { state, revision } = await this.aggregates.load(streamId, lineDecider);
      // scope first: an out-of-scope caller learns nothing from the line's business rules
      if (state.status === 'open') assertUnitInScope(ctx.principal, state.attributes.unit, 'lineId');
      const events = lineDecider.decide(command, state, ctx);
      const unit = requireOpenLine(state).attributes.unit;
      return this.aggregates.append(streamId, envelope(events, ctx, unit, ids), ctx.expectedRevision ?? revision);
    }, ctx.expectedRevision);
  }
}
