import { Injectable } from '@nestjs/common';
import { LineCommand, lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import { CommandContext, AggregateStore, Appended, assertUnitInScope } from '@app/kernel';

/** Load–decide–append for commands that touch one appropriation line. */
@Injectable()
export class LineCommandExecutor {
  constructor(private readonly aggregates: AggregateStore) {}

  /**
   * `ids`: the event ids the command derives (ADR 0017). When the decider finds the command already recorded
   * (nothing new), the answer is the one it had: its events found by those ids. `command` may be looked up in each
   * attempt (a 冲销 is handed its payment as the store finds it, ADR 0020).
   */
  async execute(lineId: string, command: LineCommand | (() => Promise<LineCommand>), ctx: CommandContext, ids?: readonly string[]): Promise<Appended> {
    const handled = await this.aggregates.handle(lineStreamId(lineId), lineDecider, async (state) => {
      // scope first: an out-of-scope caller learns nothing from the line's business rules
      if (state.status === 'open') assertUnitInScope(ctx.principal, state.attributes.unit, 'lineId');
      const events = lineDecider.decide(typeof command === 'function' ? await command() : command, state, ctx);
      return { events, unit: requireOpenLine(state).attributes.unit, ids };
    }, ctx);
    return handled.events.length === 0 && ids ? this.aggregates.recordedAnswer(handled.streamId, ids) : handled;
  }
}
