import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiBearerAuth, ApiOkResponse } from '@nestjs/swagger';
import { DomainError, budgetStreamId } from '@app/domain';
import { AggregateStore, Principal, inScope, recorded } from '@app/kernel';
import { Authorize } from '../../auth/authorize';
import { CurrentPrincipal } from '../../auth/authorize';
import { BudgetAnswer } from '../budget.response';

/** The budget documents imported for a department and year, with the totals each reconciled to. */
@ApiTags('budgets 预算')
@Controller('api/v1/budgets/:department/:fiscalYear')
export class GetBudgetController {
  constructor(private readonly aggregates: AggregateStore) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get()
  @ApiOperation({ summary: 'Imported budget documents of a department and fiscal year: units, projects, totals, quirks' })
  @ApiOkResponse({ type: BudgetAnswer })
  async get(@Param('department') department: string, @Param('fiscalYear') fiscalYear: string, @CurrentPrincipal() principal: Principal) {
    if (!/^\d{3}$/.test(department)) throw DomainError.invalid('INVALID_DEPARTMENT', 'department', 'department must be a 3-digit code');
    if (!/^\d{4}$/.test(fiscalYear)) throw DomainError.invalid('INVALID_FISCAL_YEAR', 'fiscalYear', 'fiscalYear must be a 4-digit year');
    const events = await this.aggregates.store.readStream(budgetStreamId(department, Number(fiscalYear)));
    if (events.length === 0) throw DomainError.notFound('BUDGET_NOT_FOUND', 'fiscalYear', `no budget imported for ${department} in ${fiscalYear}`);
    return {
      department, fiscalYear: Number(fiscalYear),
      documents: recorded(events).filter((e) => e.type === 'BudgetDocumentImported.v1').map((e) => {
        const d = e.data;
        return {
          importId: d.importId, kind: d.kind, source: d.source, recordedAt: e.metadata.recordedAt, effectiveDate: e.metadata.effectiveDate,
          // the published document's totals stay; a scoped reader sees only their units and projects
          units: d.units.filter((u) => inScope(principal, u.code)), projects: d.projects.filter((p) => inScope(principal, p.unit)), lines: d.lineIds.length, indicators: d.indicatorIds.length, totals: d.totals, controlTotals: d.controlTotals, quirks: d.quirks,
        };
      }),
    };
  }
}
