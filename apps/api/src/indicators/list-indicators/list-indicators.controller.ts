import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags, ApiBearerAuth, ApiOkResponse } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ReadConsistency, IndicatorEvaluator } from '@app/platform';
import { ReadQueryRequest } from '../../read-models/read-query.request';
import { readScope } from '../../read-models/read-scope';
import { indicatorJson } from '../indicator-json';
import { AccountsService } from '../../auth/accounts.service';
import { Authorize } from '../../auth/authorize';
import { CurrentPrincipal } from '../../auth/authorize';
import { Principal, unitsForRead } from '@app/kernel';
import { IndicatorList } from '../indicator.response';

export class ListIndicatorsRequest extends ReadQueryRequest {
  @ApiPropertyOptional({ example: 'P37' }) @IsOptional() @Matches(/^[A-Za-z0-9]{1,16}$/, { message: 'project must be a project code' }) project?: string;
  @ApiPropertyOptional({ example: '426002' }) @IsOptional() @Matches(/^\d{6}$/, { message: 'unit must be a 6-digit unit code' }) unit?: string;
}

@ApiTags('indicators 绩效指标')
@Controller('api/v1/indicators')
export class ListIndicatorsController {
  constructor(private readonly evaluator: IndicatorEvaluator, private readonly consistency: ReadConsistency, private readonly accounts: AccountsService) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get()
  @ApiOperation({ summary: '绩效指标 with target, actual (reported or derived), completion, expected by now, light and history, as of a date' })
  @ApiOkResponse({ type: IndicatorList })
  async list(@Query() q: ListIndicatorsRequest, @CurrentPrincipal() principal: Principal) {
    const units = unitsForRead(principal, q.unit);
    const scope = readScope(q);
    const position = await this.consistency.reach(scope.minPosition);
    const indicators = await this.evaluator.evaluate(scope, { ...(q.project ? { project: q.project } : {}), ...(q.unit ? { unit: q.unit } : {}), ...(units ? { units } : {}) });
    const name = await this.accounts.actorNames();
    const withNames = (i: ReturnType<typeof indicatorJson>) => ({ ...i, history: i.history.map((h) => ({ ...h, actorName: name(h.actor) })) });
    return { asOf: scope.asOf, fiscalYear: scope.fiscalYear, position, indicators: indicators.map((e) => withNames(indicatorJson(e))) };
  }
}
