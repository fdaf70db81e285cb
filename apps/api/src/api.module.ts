import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AdjustAppropriationController } from './appropriations/adjust-appropriation/adjust-appropriation.controller';
import { AdjustAppropriationHandler } from './appropriations/adjust-appropriation/adjust-appropriation.handler';
import { GetLineController } from './appropriations/get-line/get-line.controller';
import { LineCommandExecutor } from './appropriations/line-command.executor';
import { TransferAppropriationController } from './appropriations/transfer-appropriation/transfer-appropriation.controller';
import { TransferAppropriationHandler } from './appropriations/transfer-appropriation/transfer-appropriation.handler';
import { GetBudgetController } from './budgets/get-budget/get-budget.controller';
import { GetDemoDataController } from './demo-data/get-demo-data/get-demo-data.controller';
import { ImportBudgetController } from './budgets/import-budget/import-budget.controller';
import { ImportBudgetHandler } from './budgets/import-budget/import-budget.handler';
import { RecordDisbursementController } from './disbursements/record-disbursement/record-disbursement.controller';
import { RecordDisbursementHandler } from './disbursements/record-disbursement/record-disbursement.handler';
import { ReverseDisbursementController } from './disbursements/reverse-disbursement/reverse-disbursement.controller';
import { ReverseDisbursementHandler } from './disbursements/reverse-disbursement/reverse-disbursement.handler';
import { HealthController } from './health/health.controller';
import { GetCurveController } from './execution/get-curve/get-curve.controller';
import { GetExecutionController } from './execution/get-execution/get-execution.controller';
import { GetScorecardController } from './indicators/get-scorecard/get-scorecard.controller';
import { Scorecards } from './indicators/get-scorecard/scorecards';
import { CompareExecutionController } from './execution/compare-execution/compare-execution.controller';
import { FiscalYearsModule } from './fiscal-years/fiscal-years.module';
import { ListIndicatorsController } from './indicators/list-indicators/list-indicators.controller';
import { GetMetricsController } from './wage-arrears/get-metrics/get-metrics.controller';
import { ListCasesController } from './wage-arrears/list-cases/list-cases.controller';
import { ReadModelsModule } from '@app/platform';
import { AuditModule } from './audit/audit.module';
import { AlertsApiModule } from './alerts/alerts-api.module';
import { AlertMailApiModule } from './alerts/alert-mail-api.module';
import { AuthModule } from './auth/auth.module';
import { ExportsModule } from './exports/exports.module';
import { SanGongModule } from './sangong/sangong.module';
import { LiveModule } from './live/live.module';
import { ImportDisbursementsModule } from './disbursements/import-disbursements/import-disbursements.module';
import { IndicatorCommandExecutor } from './indicators/indicator-command.executor';
import { ReportProgressController, ReportProgressHandler } from './indicators/report-progress/report-progress.controller';
import { ReviseTargetController, ReviseTargetHandler } from './indicators/revise-target/revise-target.controller';
import { IdempotencyInterceptor } from './shared/idempotency/idempotency.interceptor';
import { IdempotencyService } from './shared/idempotency/idempotency.service';
import { ProblemDetailsFilter } from './shared/problem-details.filter';
import { validationPipe } from './shared/validation';
import { PayFundAdvanceController } from './wage-arrears/pay-fund-advance/pay-fund-advance.controller';
import { PayFundAdvanceHandler } from './wage-arrears/pay-fund-advance/pay-fund-advance.handler';
import { RecoverFundAdvanceController } from './wage-arrears/recover-fund-advance/recover-fund-advance.controller';
import { RecoverFundAdvanceHandler } from './wage-arrears/recover-fund-advance/recover-fund-advance.handler';
import { ReportCaseController } from './wage-arrears/report-case/report-case.controller';
import { ReportCaseHandler } from './wage-arrears/report-case/report-case.handler';
import { ResolveCaseController } from './wage-arrears/resolve-case/resolve-case.controller';
import { ResolveCaseHandler } from './wage-arrears/resolve-case/resolve-case.handler';
import { FileSpendingPlanController } from './spending-plans/file-spending-plan/file-spending-plan.controller';
import { FileSpendingPlanHandler } from './spending-plans/file-spending-plan/file-spending-plan.handler';
import { GetSpendingPlanController } from './spending-plans/get-spending-plan/get-spending-plan.controller';

/** The HTTP API: one controller and one handler per use case. Needs InfrastructureModule. */
@Module({
  imports: [CqrsModule.forRoot(), ReadModelsModule, AuthModule, ImportDisbursementsModule, ExportsModule, AuditModule, AlertsApiModule, AlertMailApiModule, LiveModule, FiscalYearsModule, SanGongModule],
  controllers: [
    HealthController, ImportBudgetController, GetBudgetController, GetLineController,
    AdjustAppropriationController, TransferAppropriationController, RecordDisbursementController, ReverseDisbursementController,
    ReportCaseController, ResolveCaseController, PayFundAdvanceController, RecoverFundAdvanceController,
    ReviseTargetController, ReportProgressController,
    GetExecutionController, GetCurveController, ListIndicatorsController, GetScorecardController, GetMetricsController, ListCasesController,
    GetDemoDataController, CompareExecutionController,
    FileSpendingPlanController, GetSpendingPlanController,
  ],
  providers: [
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    { provide: APP_PIPE, useValue: validationPipe },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    IdempotencyService,
    LineCommandExecutor, IndicatorCommandExecutor, Scorecards,
    ImportBudgetHandler, AdjustAppropriationHandler, TransferAppropriationHandler, RecordDisbursementHandler, ReverseDisbursementHandler,
    ReportCaseHandler, ResolveCaseHandler, PayFundAdvanceHandler, RecoverFundAdvanceHandler, ReviseTargetHandler, ReportProgressHandler,
    FileSpendingPlanHandler,
  ],
})
export class ApiModule {}
