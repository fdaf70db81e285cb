import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { DomainError } from '@app/domain';
import { ReadModelDb, alertById } from '@app/read-models';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { Principal } from '@app/kernel';
import { READ_MODELS } from '@app/platform';
import { assertAlertInScope } from '../alert-scope';
import { AlertViews } from '../alert-views';
import { AlertAnswer } from '../alert.response';

@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/alerts/:alertId')
export class GetAlertController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly views: AlertViews) {}

  @Get()
  @Authorize('read')
  @ApiOperation({ summary: '预警详情 One alert: the figures at raise time and now, lifecycle, silence, inhibition' })
  @ApiOkResponse({ type: AlertAnswer })
  @ApiResponse({ status: 404, description: 'ALERT_NOT_FOUND' })
  @ApiResponse({ status: 403, description: 'UNIT_OUT_OF_SCOPE, DEPARTMENT_SCOPE_REQUIRED' })
  async get(@Param('alertId') alertId: string, @CurrentPrincipal() principal: Principal) {
    const row = await alertById(this.rm.db, alertId);
    if (!row) throw DomainError.notFound('ALERT_NOT_FOUND', 'alertId', `no alert ${alertId}`);
    assertAlertInScope(principal, row.units);
    const [item] = await this.views.items([row]);
    return item;
  }
}
