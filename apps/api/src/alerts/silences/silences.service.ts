import { Injectable } from '@nestjs/common';
import { ALERT_SILENCES_STREAM, AlertSilenceCommand, alertSilencesDecider } from '@app/domain';
import { CommandContext, AggregateStore } from '@app/kernel';

/** 静默 (stream `alert-silences`): load–decide–append, like every other aggregate. */
@Injectable()
export class AlertSilencesService {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute(command: AlertSilenceCommand, ctx: CommandContext): Promise<{ revision: number; position: number; changed: boolean }> {
    const handled = await this.aggregates.handle(ALERT_SILENCES_STREAM, alertSilencesDecider,
      (state) => ({ events: alertSilencesDecider.decide(command, state, ctx), unit: null }), ctx);
    return { revision: handled.revision, position: handled.position, changed: handled.events.length > 0 };
  }
}
