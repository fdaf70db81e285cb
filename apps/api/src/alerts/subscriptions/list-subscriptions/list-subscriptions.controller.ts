import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Authorize } from '../../../auth/authorize';
import { normaliseUsername } from '@app/domain';
import { AlertSubscriptionsService } from '../alert-subscriptions.service';
import { subscriptionJson } from '../subscription.request';
import { SubscriptionList } from '../subscription.response';

@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/alert-subscriptions')
export class ListSubscriptionsController {
  constructor(private readonly subscriptions: AlertSubscriptionsService) {}

  @Get()
  @Authorize('users:manage')
  @ApiOperation({ summary: '预警订阅列表 All alert subscriptions (admin)' })
  @ApiOkResponse({ type: SubscriptionList })
  async list() {
    const [{ state, revision }, names] = await Promise.all([this.subscriptions.load(), this.subscriptions.displayNames()]);
    const subscriptions = state.byUser.valueSeq().sortBy((s) => s.username).toArray();
    return { subscriptions: subscriptions.map((s) => subscriptionJson(s, names.get(normaliseUsername(s.username)) ?? s.username)), revision };
  }
}
