import { Inject, Injectable } from '@nestjs/common';
import { AlertSettings } from '@app/alerting';
import { ReadModelDb, openAlertsOf } from '@app/read-models';
import { ALERT_SETTINGS, AlertSilencesReader, READ_MODELS, NotificationRequest } from '@app/platform';

export type HoldReason = 'silenced' | 'inhibited';

/**
 * Notices held back at sending time, as Alertmanager does: a silence in force for the alert (静默), or an open
 * alert that makes this one redundant (抑制: a project's execution alert holds back its lines'). The alert itself
 * stays open and listed; only the e-mail is not sent. Checked when the e-mail goes out, so a silence set after
 * the evaluation still counts.
 */
@Injectable()
export class NotificationHolds {
  constructor(private readonly silences: AlertSilencesReader, @Inject(READ_MODELS) private readonly rm: ReadModelDb,
    @Inject(ALERT_SETTINGS) private readonly settings: AlertSettings) {}

  async heldBack(notices: readonly NotificationRequest[], now: Date): Promise<Map<string, HoldReason>> {
    const held = new Map<string, HoldReason>();
    const silenced = await this.silences.activeFor(notices.map((n) => ({ n, rule: n.alert.rule, subjectKey: n.alert.subjectKey, unit: n.alert.unit })), now);
    for (const { n } of silenced.keys()) held.set(n.notificationId, 'silenced');
    if (!this.settings.inhibition) return held;
    const inhibitors = [...new Set(notices.flatMap((n) => n.alert.inhibitedBy ?? []))];
    if (inhibitors.length === 0) return held;
    const openKeys = new Set((await openAlertsOf(this.rm.db, inhibitors)).map((r) => `${r.rule}.${r.subject_key}`));
    for (const n of notices) {
      if (!held.has(n.notificationId) && (n.alert.inhibitedBy ?? []).some((k) => openKeys.has(k))) held.set(n.notificationId, 'inhibited');
    }
    return held;
  }
}
