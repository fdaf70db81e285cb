import { Module } from '@nestjs/common';
import { AlertingCoreModule } from './alerting-core.module';
import { AcknowledgeAlertController } from './acknowledge-alert/acknowledge-alert.controller';
import { ListAlertsController } from './list-alerts/list-alerts.controller';

/** 预警 as the dashboard reads and acknowledges them (the evaluation itself runs in the worker). */
@Module({ imports: [AlertingCoreModule], controllers: [ListAlertsController, AcknowledgeAlertController] })
export class AlertsApiModule {}
