import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import { AccountsService } from '../../accounts.service';
import { Authorize } from '../../authorize';
import { checkPasswordPolicy, generatePassword, hashPassword } from '../../passwords';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../../shared/command-context';
import { RegisterUserRequest, unitScope } from '../users.request';
import { UserRegistered } from '../users.response';
import { generatedPasswordAnswer } from '../../../shared/idempotency/withheld-on-replay';

@ApiTags('users 用户')
@ApiBearerAuth()
@Controller('api/v1/users')
export class RegisterUserController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @HttpCode(201)
  @Authorize('users:manage')
  @ApiOperation({ summary: '新增用户 Register a user with a role and unit scope (admin)' })
  @ApiCreatedResponse({ type: UserRegistered, description: 'a generated password is shown only in this answer, never stored: a replay under the same Idempotency-Key answers it withheld' })
  @ApiResponse({ status: 409, description: 'USERNAME_TAKEN' })
  @ApiResponse({ status: 422, description: 'INVALID_USERNAME, ACCOUNTANT_NEEDS_UNITS, INVALID_UNIT_CODE, PASSWORD_TOO_SHORT …' })
  async register(@Body() body: RegisterUserRequest, @Ctx() ctx: CommandContext) {
    const generated = body.password === undefined ? generatePassword() : undefined;
    const password = checkPasswordPolicy(body.password ?? generated, body.username);
    const units = unitScope(body.units);
    const appended = await this.accounts.execute({
      type: 'RegisterUser', username: body.username, displayName: body.displayName ?? '', role: body.role, units, passwordHash: await hashPassword(password),
    }, ctx);
    const account = await this.accounts.find(body.username);
    const answer = { username: account?.username, displayName: account?.displayName, role: account?.role, units: account?.units, revision: appended.revision };
    return generated ? generatedPasswordAnswer(answer, generated) : answer;
  }
}
