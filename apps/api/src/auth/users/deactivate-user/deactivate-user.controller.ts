import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { AccountsService } from '../../accounts.service';
import { Authorize } from '../../authorize';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../../shared/command-context';
import { DeactivateUserRequest } from '../users.request';
import { ActivationChanged } from '../users.response';

@ApiTags('users 用户')
@ApiBearerAuth()
@Controller('api/v1/users/:username')
export class DeactivateUserController {
  constructor(private readonly accounts: AccountsService) {}

  @Post('deactivation')
  @HttpCode(200)
  @Authorize('users:manage')
  @ApiOperation({ summary: '停用 Deactivate an account (admin): it can no longer log in; its history keeps its name' })
  @ApiOkResponse({ type: ActivationChanged })
  @ApiResponse({ status: 409, description: 'CANNOT_DEACTIVATE_SELF, LAST_ADMIN, USER_ALREADY_DEACTIVATED' })
  async deactivate(@Param('username') username: string, @Body() body: DeactivateUserRequest, @Ctx() ctx: CommandContext) {
    const appended = await this.accounts.execute({ type: 'DeactivateUser', username, reason: body.reason ?? null, by: ctx.actor }, ctx);
    return { username, active: false, revision: appended.revision };
  }

  @Post('reactivation')
  @HttpCode(200)
  @Authorize('users:manage')
  @ApiOperation({ summary: '启用 Reactivate an account (admin)' })
  @ApiOkResponse({ type: ActivationChanged })
  async reactivate(@Param('username') username: string, @Ctx() ctx: CommandContext) {
    const appended = await this.accounts.execute({ type: 'ReactivateUser', username }, ctx);
    return { username, active: true, revision: appended.revision };
  }
}
