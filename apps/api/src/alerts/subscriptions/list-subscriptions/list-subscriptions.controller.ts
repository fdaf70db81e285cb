import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authorize } from '../../../auth/authorize';
import { AlertSubscriptionsService } from '../alert-subscriptions.service';

@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/alert-subscriptions')
export class ListSubscriptionsController {
  constructor(private readonly subscriptions: AlertSubscriptionsService) {}

  @Get()
  @Authorize('users:manage')
  @ApiOperation({ summary: '预警订阅列表 All alert subscriptions (admin)' })
  async list() {
    const { state, revision } = await this.subscriptions.load();
    return { subscriptions: state.byUser.valueSeq().sortBy((s) => s.username).toArray(), revision };
  }
}
