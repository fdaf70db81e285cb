import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { AccountsService, accountView } from '../../accounts.service';
import { Authorize } from '../../authorize';
import { UserList } from '../users.response';

@ApiTags('users 用户')
@ApiBearerAuth()
@Controller('api/v1/users')
export class ListUsersController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Authorize('users:manage')
  @ApiOperation({ summary: '用户列表 Users with role, unit scope and status (admin)' })
  @ApiOkResponse({ type: UserList })
  async list() {
    const directory = await this.accounts.directory();
    return { users: directory.accounts.valueSeq().map(accountView).sortBy((a) => a.username).toArray() };
  }
}
