import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@app/domain';
import { Principal, seesDepartment } from '@app/kernel';
import { ReadConsistency } from '@app/platform';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { GetExecutionRequest } from '../../execution/get-execution/get-execution.request';
import { scopedLineFilters } from '../../read-models/read-scope';
import { fiscalYearParam } from '../fiscal-year-param';
import { FinalAccountsAnswer } from '../fiscal-year.response';
import { FinalAccounts } from './final-accounts';

@ApiTags('fiscal years 年终结账')
@Controller('api/v1/fiscal-years/:year')
export class GetFinalAccountsController {
  constructor(private readonly accounts: FinalAccounts, private readonly consistency: ReadConsistency) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get('final-accounts')
  @ApiOperation({ summary: '决算 of a closed year: final execution, 结转 and 结余 by unit, project, line, functional or economic class; self-evaluation scores frozen at the close; 三公 / 政府采购 slots' })
  @ApiOkResponse({ type: FinalAccountsAnswer })
  @ApiResponse({ status: 409, description: 'FISCAL_YEAR_NOT_CLOSED' })
  async get(@Param('year') year: string, @Query() q: GetExecutionRequest, @CurrentPrincipal() principal: Principal) {
    const fiscalYear = fiscalYearParam(year);
    const groupBy = q.groupBy ?? 'unit';
    const level = q.level ? (Number(q.level) as 1 | 2 | 3) : groupBy === 'functional' ? 3 : groupBy === 'economic' ? 2 : 1;
    if (groupBy === 'economic' && level === 3) throw DomainError.invalid('INVALID_LEVEL', 'level', 'economic classification has two levels: 1 (类) and 2 (款)');
    const position = await this.consistency.reach(q.minPosition !== undefined ? Number(q.minPosition) : undefined);
    const answer = await this.accounts.read({ fiscalYear, groupBy, level, filters: scopedLineFilters(q, principal), department: seesDepartment(principal) && q.unit === undefined });
    return { position, ...answer };
  }
}
