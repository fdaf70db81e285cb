import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { AccountsService, accountView } from '../../accounts.service';
import { Authorize } from '../../authorize';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../../shared/command-context';
import { ChangeRoleRequest, unitScope } from '../users.request';
import { RoleChanged } from '../users.response';

@ApiTags('users 用户')
@ApiBearerAuth()
@Controller('api/v1/users/:username/role')
export class ChangeRoleController {
  constructor(private readonly accounts: AccountsService) {}

  @Put()
  @HttpCode(200)
  @Authorize('users:manage')
  @ApiOperation({ summary: '调整角色 Change a user\'s role and unit scope (admin); their open sessions end' })
  @ApiOkResponse({ type: RoleChanged })
  @ApiResponse({ status: 409, description: 'CANNOT_CHANGE_OWN_ROLE, LAST_ADMIN' })
  async change(@Param('username') username: string, @Body() body: ChangeRoleRequest, @Ctx() ctx: CommandContext) {
    const appended = await this.accounts.execute({ type: 'ChangeRole', username, role: body.role, units: unitScope(body.units), by: ctx.actor }, ctx);
    const account = await this.accounts.find(username);
    return { ...(account ? accountView(account) : {}), revision: appended.revision };
  }
}
