import type { Projection } from '../projection';
import { alertsProjection } from './alerts';
import { executionProjection } from './execution';
import { indicatorsProjection } from './indicators';
import { plansProjection } from './plans';
import { referenceProjection } from './reference';
import { wageCasesProjection } from './wage-cases';
import { yearEndProjection } from './year-end';
import { sanGongProjection } from './sangong';
import { procurementProjection } from './procurement';

export {
  alertsProjection, executionProjection, indicatorsProjection, plansProjection, referenceProjection, wageCasesProjection, yearEndProjection, sanGongProjection,
  procurementProjection,
};

/** Every projection of the read models; the projector and the rebuild run them in this order. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  referenceProjection, executionProjection, wageCasesProjection, indicatorsProjection, alertsProjection, yearEndProjection, sanGongProjection, procurementProjection,
  plansProjection,
] as Projection[];
