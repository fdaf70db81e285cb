import { Injectable } from '@nestjs/common';
import { ALERT_SILENCES_STREAM, AlertSilenceCommand, alertSilencesDecider } from '@app/domain';
import { CommandContext, AggregateStore, envelope } from '@app/kernel';

/** 静默 (stream `alert-silences`): load–decide–append, like every other aggregate. */
@Injectable()
export class AlertSilencesService {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute(command: AlertSilenceCommand, ctx: CommandContext): Promise<{ revision: number; position: number; changed: boolean }> {
    return this.aggregates.withRetry(async () => {
      const { state, revision } = await this.aggregates.load(ALERT_SILENCES_STREAM, alertSilencesDecider);
      const events = alertSilencesDecider.decide(command, state, ctx);
      if (events.length === 0) return { revision, position: 0, changed: false };
      const appended = await this.aggregates.append(ALERT_SILENCES_STREAM, envelope(events, ctx, null), revision);
      return { revision: appended.revision, position: appended.position, changed: true };
    });
  }
}
