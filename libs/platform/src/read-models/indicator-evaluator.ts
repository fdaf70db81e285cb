import { Inject, Injectable } from '@nestjs/common';
import { MonitoringSettings } from '@app/domain';
import { EvaluatedIndicator, IndicatorEvaluation, ReadModelDb } from '@app/read-models';
import { MONITORING, READ_MODELS } from './read-models.module';

export type { EvaluatedIndicator };

/** 绩效指标 as of a date (the read-models library's IndicatorEvaluation), as a Nest provider. */
@Injectable()
export class IndicatorEvaluator extends IndicatorEvaluation {
  constructor(@Inject(READ_MODELS) rm: ReadModelDb, @Inject(MONITORING) settings: MonitoringSettings) {
    super(rm, settings);
  }
}
