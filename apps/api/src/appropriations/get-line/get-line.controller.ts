import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiBearerAuth, ApiOkResponse } from '@nestjs/swagger';
import { available, lineDecider, lineStreamId, requireOpenLine, toYuanString } from '@app/domain';
import { AggregateStore, Principal, assertUnitInScope } from '@app/kernel';
import { Authorize } from '../../auth/authorize';
import { CurrentPrincipal } from '../../auth/authorize';
import { LineAnswer } from './get-line.response';

/**
 * The current state of one line as its own stream folds it: what an entry screen needs before recording.
 * Execution views across lines and as of past dates are read models (issue 3).
 */
@ApiTags('appropriations 预算指标')
@Controller('api/v1/lines/:lineId')
export class GetLineController {
  constructor(private readonly aggregates: AggregateStore) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get()
  @ApiOperation({ summary: 'Current appropriation, disbursed and available balance of a line' })
  @ApiOkResponse({ type: LineAnswer })
  async get(@Param('lineId') lineId: string, @CurrentPrincipal() principal: Principal) {
    const { state, revision } = await this.aggregates.load(lineStreamId(lineId), lineDecider);
    const line = requireOpenLine(state);
    assertUnitInScope(principal, line.attributes.unit, 'lineId');
    return {
      ...line.attributes,
      revision,
      appropriated: toYuanString(line.appropriated),
      disbursed: toYuanString(line.disbursed),
      advancesOutstanding: toYuanString(line.advancesOutstanding),
      available: toYuanString(available(line)),
      disbursements: line.disbursementCount,
    };
  }
}
