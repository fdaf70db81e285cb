import { Injectable } from '@nestjs/common';
import { ALERT_SILENCES_STREAM, AlertSilence, AlertSilences, activeSilenceFor, alertSilencesDecider } from '@app/domain';
import { AggregateStore } from '@app/kernel';

/** The silences as recorded (stream `alert-silences`, folded and cached like any aggregate). */
@Injectable()
export class AlertSilencesReader {
  constructor(private readonly aggregates: AggregateStore) {}

  async load(): Promise<{ state: AlertSilences; revision: number }> {
    return this.aggregates.load(ALERT_SILENCES_STREAM, alertSilencesDecider);
  }

  /** For each alert, the silence in force now, if any. */
  async activeFor<A extends { rule: string; subjectKey: string; unit: string | null }>(alerts: readonly A[], now: Date): Promise<Map<A, AlertSilence>> {
    const { state } = await this.load();
    const found = new Map<A, AlertSilence>();
    if (state.byId.size === 0) return found;
    for (const a of alerts) {
      const silence = activeSilenceFor(state, a, now.toISOString());
      if (silence) found.set(a, silence);
    }
    return found;
  }
}
