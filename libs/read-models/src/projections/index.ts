import type { Projection } from '../projection';
import { alertsProjection } from './alerts';
import { executionProjection } from './execution';
import { indicatorsProjection } from './indicators';
import { plansProjection } from './plans';
import { referenceProjection } from './reference';
import { wageCasesProjection } from './wage-cases';

export { alertsProjection, executionProjection, indicatorsProjection, plansProjection, referenceProjection, wageCasesProjection };

/** Every projection of the read models; the projector and the rebuild run them in this order. */
export const ALL_PROJECTIONS: readonly Projection[] = [referenceProjection, executionProjection, wageCasesProjection, indicatorsProjection, alertsProjection, plansProjection] as Projection[];
