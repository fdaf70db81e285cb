import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { BullBoardModule } from '@bull-board/nestjs';
import { NotificationsModule } from '../notifications/notifications.module';
import { AlertEvaluationProcessor } from './alert-evaluation.processor';
import { ALERT_EVALUATIONS } from '@app/platform';
import { AlertScheduler } from './alert-scheduler';
import { AlertEvaluation } from './evaluation/alert-evaluation';
import { EvaluationRuns } from './evaluation/evaluation-runs';
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
    EvaluationRuns, AlertEvaluation, OverspendIncident, AlertEvaluationProcessor, AlertTriggers, AlertScheduler,
  ],
  exports: [AlertEvaluation, AlertTriggers],
})
export class AlertsModule {}
