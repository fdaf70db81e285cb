import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { BullBoardModule } from '@bull-board/nestjs';
import { APP_CONFIG } from '@app/config';
import { IndicatorEvaluator } from '../../../api/src/indicators/indicator-evaluator';
import { NotificationsModule } from '../notifications/notifications.module';
import { AlertEvaluationProcessor } from './alert-evaluation.processor';
import { ALERT_EVALUATIONS } from './alert-queue';
import { AlertScheduler } from './alert-scheduler';
import { ALERT_SETTINGS, alertSettingsFrom } from './alert-settings.provider';
import { AlertEvaluation } from './evaluation/alert-evaluation';
import { OverspendIncident } from './evaluation/overspend-incident';
import { AlertTriggers } from './triggers/alert-triggers';

/** Alert rules evaluated by schedule and by events, recorded as lifecycle events, handed to the notifier. */
@Module({
  imports: [
    BullModule.registerQueue({ name: ALERT_EVALUATIONS }),
    BullBoardModule.forFeature({ name: ALERT_EVALUATIONS, adapter: BullMQAdapter }),
    NotificationsModule,
  ],
  providers: [
    { provide: ALERT_SETTINGS, inject: [APP_CONFIG], useFactory: alertSettingsFrom },
    IndicatorEvaluator, AlertEvaluation, OverspendIncident, AlertEvaluationProcessor, AlertTriggers, AlertScheduler,
  ],
  exports: [AlertEvaluation, AlertTriggers, ALERT_SETTINGS],
})
export class AlertsModule {}
