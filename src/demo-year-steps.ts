import { CommandBus } from '@nestjs/cqrs';
import { DomainError } from '@app/domain';
import { DemoStep } from '@app/demo-year';
import { AdjustAppropriationCommand } from '../apps/api/src/appropriations/adjust-appropriation/adjust-appropriation.handler';
import { TransferAppropriationCommand } from '../apps/api/src/appropriations/transfer-appropriation/transfer-appropriation.handler';
import { disbursementIdOf } from '@app/kernel';
import { RecordDisbursementCommand } from '../apps/api/src/disbursements/record-disbursement/record-disbursement.handler';
import { ReverseDisbursementCommand } from '../apps/api/src/disbursements/reverse-disbursement/reverse-disbursement.handler';
import { ReportProgressCommand } from '../apps/api/src/indicators/report-progress/report-progress.controller';
import { PayFundAdvanceCommand } from '../apps/api/src/wage-arrears/pay-fund-advance/pay-fund-advance.handler';
import { RecoverFundAdvanceCommand } from '../apps/api/src/wage-arrears/recover-fund-advance/recover-fund-advance.handler';
import { ReportCaseCommand } from '../apps/api/src/wage-arrears/report-case/report-case.handler';
import { ResolveCaseCommand } from '../apps/api/src/wage-arrears/resolve-case/resolve-case.handler';
import { CommandContext } from '@app/kernel';
import { FileSpendingPlanCommand } from '../apps/api/src/spending-plans/file-spending-plan/file-spending-plan.handler';

/** What the steps of a plan refer to across commands: the ids the product gave to cases. */
export interface StepRefs {
  caseId(caseKey: string): string;
}

/**
 * One planned step as the command a user's request becomes (the same command, handler and checks as the
 * HTTP API): nothing is appended here. A planned overspend attempt must be refused (OVERSPEND_BLOCKED).
 */
export async function dispatchStep(bus: CommandBus, step: DemoStep, ctx: CommandContext, fiscalYear: number, refs: StepRefs): Promise<void> {
  switch (step.kind) {
    case 'disburse':
      await bus.execute(new RecordDisbursementCommand(step.lineId, {
        amount: step.amount, effectiveDate: step.date, voucherNo: step.voucherNo, payee: step.payee, summary: step.summary,
        subsidyCategory: step.subsidyCategory, beneficiaries: step.beneficiaries, economic: step.economic, procurement: step.procurement ?? null,
      }, ctx));
      return;
    case 'attemptOverspend': {
      const refused = await bus.execute(new RecordDisbursementCommand(step.lineId, {
        amount: step.amount, effectiveDate: step.date, voucherNo: step.voucherNo, payee: step.payee, summary: step.summary, economic: step.economic,
      }, ctx)).then(() => null, (e: unknown) => e);
      if (!(refused instanceof DomainError) || refused.code !== 'OVERSPEND_BLOCKED') {
        throw new Error(`demo step ${step.key}: the overspend attempt was not blocked (${refused instanceof Error ? refused.message : 'it was paid'})`);
      }
      return;
    }
    case 'reverse':
      await bus.execute(new ReverseDisbursementCommand(step.lineId, disbursementIdOf(step.unit, fiscalYear, step.voucherNo), {
        amount: step.amount, effectiveDate: step.date, reason: step.reason,
      }, ctx));
      return;
    case 'increase':
    case 'decrease':
      await bus.execute(new AdjustAppropriationCommand(step.lineId, step.kind, { amount: step.amount, effectiveDate: step.date, reason: step.reason, documentNo: step.documentNo }, ctx));
      return;
    case 'transfer':
      await bus.execute(new TransferAppropriationCommand({
        fromLineId: step.fromLineId, toLineId: step.toLineId, amount: step.amount, effectiveDate: step.date, reason: step.reason, documentNo: step.documentNo,
      }, ctx));
      return;
    case 'reportCase':
      await bus.execute(new ReportCaseCommand({
        unit: step.unit, employer: step.employer, workersAffected: step.workersAffected, amountOwed: step.amountOwed, effectiveDate: step.date, description: step.description,
      }, ctx));
      return;
    case 'resolveCase':
      await bus.execute(new ResolveCaseCommand(refs.caseId(step.caseKey), {
        resolution: step.resolution, amountSettled: step.amountSettled, effectiveDate: step.date, note: step.note,
      }, ctx));
      return;
    case 'payAdvance':
      await bus.execute(new PayFundAdvanceCommand(step.lineId, { caseId: refs.caseId(step.caseKey), amount: step.amount, workers: step.workers, effectiveDate: step.date, note: step.note }, ctx));
      return;
    case 'recoverAdvance':
      await bus.execute(new RecoverFundAdvanceCommand(step.lineId, { caseId: refs.caseId(step.caseKey), amount: step.amount, effectiveDate: step.date, note: step.note }, ctx));
      return;
    case 'reportProgress':
      await bus.execute(new ReportProgressCommand(String(fiscalYear), step.indicatorId, {
        asOf: step.date, value: step.value, grade: step.grade, deviationReason: step.deviationReason, note: step.note,
      }, ctx));
      return;
    case 'filePlan':
      await bus.execute(new FileSpendingPlanCommand(step.lineId, { months: [...step.months], effectiveDate: step.date, reason: step.reason }, ctx));
      return;
    default: {
      const never: never = step;
      throw new Error(`unknown demo step ${JSON.stringify(never)}`);
    }
  }
}
