import { Injectable } from '@nestjs/common';
import { LineCommand, lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import { CommandContext, AggregateStore, Appended, assertUnitInScope } from '@app/kernel';

/** Load–decide–append for commands that touch one appropriation line. */
@Injectable()
export class LineCommandExecutor {
  constructor(private readonly aggregates: AggregateStore) {}

  /** `command` may be looked up in each attempt (a 冲销 is handed its payment as the store finds it). */
  execute(lineId: string, command: LineCommand | (() => Promise<LineCommand>), ctx: CommandContext, ids?: readonly string[]): Promise<Appended> {
    return this.aggregates.handle(lineStreamId(lineId), lineDecider, async (state) => {
      // scope first: an out-of-scope caller learns nothing from the line's business rules
      if (state.status === 'open') assertUnitInScope(ctx.principal, state.attributes.unit, 'lineId');
      const events = lineDecider.decide(typeof command === 'function' ? await command() : command, state, ctx);
      return { events, unit: requireOpenLine(state).attributes.unit, ids };
    }, ctx);
  }
}
