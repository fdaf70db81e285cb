import type { GetExecutionController } from '../../apps/api/src/execution/get-execution/get-execution.controller';
import type { ExecutionAnswer } from '../../apps/api/src/execution/get-execution/get-execution.response';
import type { GetCurveController } from '../../apps/api/src/execution/get-curve/get-curve.controller';
import type { CurveAnswer } from '../../apps/api/src/execution/get-curve/get-curve.response';
import type { ListIndicatorsController } from '../../apps/api/src/indicators/list-indicators/list-indicators.controller';
import type { GetScorecardController } from '../../apps/api/src/indicators/get-scorecard/get-scorecard.controller';
import type { DepartmentScorecardAnswer, IndicatorList, ProjectScorecardAnswer } from '../../apps/api/src/indicators/indicator.response';
import type { GetLineController } from '../../apps/api/src/appropriations/get-line/get-line.controller';
import type { LineAnswer } from '../../apps/api/src/appropriations/get-line/get-line.response';
import type { GetMetricsController } from '../../apps/api/src/wage-arrears/get-metrics/get-metrics.controller';
import type { ListCasesController } from '../../apps/api/src/wage-arrears/list-cases/list-cases.controller';
import type { BeneficiariesAnswer, CaseList, FundPositionAnswer, WageArrearsMetricsAnswer } from '../../apps/api/src/wage-arrears/wage-arrears.response';
import type { ListAlertsController } from '../../apps/api/src/alerts/list-alerts/list-alerts.controller';
import type { GetAlertController } from '../../apps/api/src/alerts/get-alert/get-alert.controller';
import type { AcknowledgeAlertsController } from '../../apps/api/src/alerts/acknowledge-alerts/acknowledge-alerts.controller';
import type { AcknowledgeResult, AlertAnswer, AlertList } from '../../apps/api/src/alerts/alert.response';
import type { ListSilencesController } from '../../apps/api/src/alerts/silences/list-silences/list-silences.controller';
import type { CreateSilenceController } from '../../apps/api/src/alerts/silences/create-silence/create-silence.controller';
import type { SilenceCreated, SilenceList } from '../../apps/api/src/alerts/silences/silence.response';
import type { ListUsersController } from '../../apps/api/src/auth/users/list-users/list-users.controller';
import type { UserList } from '../../apps/api/src/auth/users/users.response';
import type { CompareExecutionController } from '../../apps/api/src/execution/compare-execution/compare-execution.controller';
import type { ComparisonAnswer } from '../../apps/api/src/execution/compare-execution/compare-execution.response';
import type { ListFiscalYearsController } from '../../apps/api/src/fiscal-years/list-fiscal-years/list-fiscal-years.controller';
import type { CloseFiscalYearController } from '../../apps/api/src/fiscal-years/close-fiscal-year/close-fiscal-year.controller';
import type { GetFinalAccountsController } from '../../apps/api/src/fiscal-years/get-final-accounts/get-final-accounts.controller';
import type { FinalAccountsAnswer, FiscalYearClosedAnswer, FiscalYearDetail, FiscalYearList } from '../../apps/api/src/fiscal-years/fiscal-year.response';

/**
 * Compile-time (npm run typecheck): what each controller returns is assignable to the response DTO its route
 * declares. A line's payments and adjustments and the budget documents take their dates from the events' metadata,
 * which the store types loosely: tests/api-responses.int-spec.ts checks those answers at run time only.
 */
type Answer<C, K extends keyof C> = C[K] extends (...args: never[]) => infer R ? Awaited<R> : never;
export const controllersAnswerTheirDtos = {
  execution: (a: Answer<GetExecutionController, 'execution'>): ExecutionAnswer => a,
  curve: (a: Answer<GetCurveController, 'curve'>): CurveAnswer => a,
  indicators: (a: Answer<ListIndicatorsController, 'list'>): IndicatorList => a,
  projectScorecard: (a: Answer<GetScorecardController, 'project'>): ProjectScorecardAnswer => a,
  departmentScorecard: (a: Answer<GetScorecardController, 'department'>): DepartmentScorecardAnswer => a,
  line: (a: Answer<GetLineController, 'get'>): LineAnswer => a,
  wageArrears: (a: Answer<GetMetricsController, 'wageArrears'>): WageArrearsMetricsAnswer => a,
  fund: (a: Answer<GetMetricsController, 'fund'>): FundPositionAnswer => a,
  beneficiaries: (a: Answer<GetMetricsController, 'beneficiaries'>): BeneficiariesAnswer => a,
  cases: (a: Answer<ListCasesController, 'list'>): CaseList => a,
  alerts: (a: Answer<ListAlertsController, 'list'>): AlertList => a,
  alert: (a: Answer<GetAlertController, 'get'>): AlertAnswer => a,
  acknowledgements: (a: Answer<AcknowledgeAlertsController, 'acknowledge'>): AcknowledgeResult => a,
  silences: (a: Answer<ListSilencesController, 'list'>): SilenceList => a,
  silenceCreated: (a: Answer<CreateSilenceController, 'create'>): SilenceCreated => a,
  users: (a: Answer<ListUsersController, 'list'>): UserList => a,
  compare: (a: Answer<CompareExecutionController, 'compare'>): ComparisonAnswer => a,
  fiscalYears: (a: Answer<ListFiscalYearsController, 'list'>): FiscalYearList => a,
  fiscalYear: (a: Answer<ListFiscalYearsController, 'get'>): FiscalYearDetail => a,
  close: (a: Answer<CloseFiscalYearController, 'close'>): FiscalYearClosedAnswer => a,
  finalAccounts: (a: Answer<GetFinalAccountsController, 'get'>): FinalAccountsAnswer => a,
};
