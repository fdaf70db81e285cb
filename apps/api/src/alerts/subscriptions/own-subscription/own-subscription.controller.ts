import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Authorize, CurrentPrincipal } from '../../../auth/authorize';
import { Principal, assertUnitInScope, CommandContext } from '@app/kernel';
import { Ctx } from '../../../shared/command-context';
import { AlertSubscriptionsService } from '../alert-subscriptions.service';
import { SubscriptionRequest, toSubscription } from '../subscription.request';
import { SubscriptionState } from '../subscription.response';

/** 我的预警订阅: a manager's own subscription (create or replace, read, remove). */
@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/alert-subscriptions/me')
export class OwnSubscriptionController {
  constructor(private readonly subscriptions: AlertSubscriptionsService) {}

  @Put()
  @Authorize('subscriptions:own')
  @ApiOperation({ summary: '订阅预警邮件 Create or replace my alert subscription' })
  @ApiOkResponse({ type: SubscriptionState })
  @ApiResponse({ status: 400, description: 'VALIDATION_FAILED (e.g. email INVALID_IS_EMAIL, units INVALID_UNITS)' })
  @ApiResponse({ status: 403, description: 'UNIT_OUT_OF_SCOPE: a unit outside my scope' })
  async put(@Body() body: SubscriptionRequest, @CurrentPrincipal() principal: Principal, @Ctx() ctx: CommandContext) {
    const subscription = toSubscription(principal.username, body);
    if (subscription.units !== 'all') for (const unit of subscription.units) assertUnitInScope(principal, unit.trim(), 'units');
    const account = await this.subscriptions.subscriber(principal.username);
    return this.subscriptions.set(subscription, account, ctx);
  }

  @Get()
  @Authorize('subscriptions:own')
  @ApiOperation({ summary: '我的预警订阅 My alert subscription' })
  @ApiOkResponse({ type: SubscriptionState })
  @ApiResponse({ status: 404, description: 'SUBSCRIPTION_NOT_FOUND' })
  get(@CurrentPrincipal() principal: Principal) {
    return this.subscriptions.find(principal.username);
  }

  @Delete()
  @HttpCode(204)
  @Authorize('subscriptions:own')
  @ApiOperation({ summary: '退订 Remove my alert subscription' })
  @ApiResponse({ status: 204, description: 'removed' })
  @ApiResponse({ status: 404, description: 'SUBSCRIPTION_NOT_FOUND' })
  async remove(@CurrentPrincipal() principal: Principal, @Ctx() ctx: CommandContext): Promise<void> {
    await this.subscriptions.execute({ type: 'RemoveAlertSubscription', username: principal.username }, ctx);
  }
}
