import { Global, Module } from '@nestjs/common';
import { AlertFigures, AlertSettings } from '@app/alerting';
import { APP_CONFIG } from '@app/config';
import { MonitoringSettings, SpendingPlanSettings } from '@app/domain';
import { ReadModelDb } from '@app/read-models';
import { IndicatorEvaluator } from '../read-models/indicator-evaluator';
import { MONITORING, READ_MODELS } from '../read-models/read-models.module';
import { ALERT_SETTINGS, alertSettingsFrom } from './alert-settings.provider';
import { SPENDING_PLANS } from '../plans/spending-plan-settings.provider';
import { AlertSilencesReader } from './alert-silences.reader';

/**
 * What both sides of alerting need, in one place: the validated ALERT_SETTINGS, the live figures of alert
 * subjects (the API's alerts page and the worker's e-mails show them) and the silences in force.
 */
@Global()
@Module({
  providers: [
    { provide: ALERT_SETTINGS, inject: [APP_CONFIG], useFactory: alertSettingsFrom },
    IndicatorEvaluator,
    {
      provide: AlertFigures, inject: [READ_MODELS, MONITORING, ALERT_SETTINGS, IndicatorEvaluator, SPENDING_PLANS],
      useFactory: (rm: ReadModelDb, monitoring: MonitoringSettings, settings: AlertSettings, indicators: IndicatorEvaluator, plans: SpendingPlanSettings) =>
        new AlertFigures({ rm, monitoring, settings, indicators, plans }),
    },
    AlertSilencesReader,
  ],
  exports: [ALERT_SETTINGS, IndicatorEvaluator, AlertFigures, AlertSilencesReader],
})
export class AlertingCoreModule {}
