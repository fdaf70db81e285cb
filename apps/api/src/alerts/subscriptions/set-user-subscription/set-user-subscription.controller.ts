import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Authorize } from '../../../auth/authorize';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../../shared/command-context';
import { AlertSubscriptionsService } from '../alert-subscriptions.service';
import { SubscriptionRequest, toSubscription } from '../subscription.request';
import { SubscriptionState } from '../subscription.response';

/** An admin sets someone's subscription (e.g. for a manager who does not log in). Registered after `/me`. */
@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/alert-subscriptions')
export class SetUserSubscriptionController {
  constructor(private readonly subscriptions: AlertSubscriptionsService) {}

  @Put(':username')
  @Authorize('users:manage')
  @ApiOperation({ summary: '设置用户的预警订阅 Create or replace a user\'s alert subscription (admin)' })
  @ApiOkResponse({ type: SubscriptionState })
  @ApiResponse({ status: 404, description: 'USER_NOT_FOUND' })
  @ApiResponse({ status: 422, description: 'ROLE_CANNOT_SUBSCRIBE, UNIT_OUT_OF_SCOPE (outside the user\'s scope), INVALID_UNIT_CODE' })
  async put(@Param('username') username: string, @Body() body: SubscriptionRequest, @Ctx() ctx: CommandContext) {
    const account = await this.subscriptions.subscriber(username);
    return this.subscriptions.set(toSubscription(account.username, body), account, ctx);
  }
}
