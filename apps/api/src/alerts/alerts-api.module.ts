import { Module } from '@nestjs/common';
import { AcknowledgeAlertController } from './acknowledge-alert/acknowledge-alert.controller';
import { AcknowledgeAlertsController } from './acknowledge-alerts/acknowledge-alerts.controller';
import { AlertStreams } from './alert-streams';
import { AlertViews } from './alert-views';
import { AlertingCoreModule } from '@app/platform';
import { GetAlertController } from './get-alert/get-alert.controller';
import { ListAlertsController } from './list-alerts/list-alerts.controller';
import { People } from './people';
import { CreateSilenceController } from './silences/create-silence/create-silence.controller';
import { LiftSilenceController } from './silences/lift-silence/lift-silence.controller';
import { ListSilencesController } from './silences/list-silences/list-silences.controller';
import { AlertSilencesService } from './silences/silences.service';

/**
 * 预警 as the dashboard reads, acknowledges and silences them (the evaluation itself runs in the worker).
 * AcknowledgeAlertsController comes before GetAlertController: `acknowledgements` is not an alert id.
 */
@Module({
  imports: [AlertingCoreModule],
  controllers: [ListAlertsController, AcknowledgeAlertsController, GetAlertController, AcknowledgeAlertController,
    CreateSilenceController, ListSilencesController, LiftSilenceController],
  providers: [AlertViews, AlertStreams, People, AlertSilencesService],
})
export class AlertsApiModule {}
