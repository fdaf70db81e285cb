import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { AccountsService } from '../../accounts.service';
import { Authorize } from '../../authorize';
import { generatePassword, hashPassword } from '../../passwords';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../../shared/command-context';
import { PasswordReset } from '../users.response';
import { generatedPasswordAnswer } from '../../../shared/idempotency/withheld-on-replay';

@ApiTags('users 用户')
@ApiBearerAuth()
@Controller('api/v1/users/:username/password-reset')
export class ResetPasswordController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @HttpCode(200)
  @Authorize('users:manage')
  @ApiOperation({ summary: '重置密码 Reset a user\'s password (admin): answers a generated password once, never stored (a replay under the same Idempotency-Key answers it withheld); their sessions end' })
  @ApiOkResponse({ type: PasswordReset })
  async reset(@Param('username') username: string, @Ctx() ctx: CommandContext) {
    const generatedPassword = generatePassword();
    await this.accounts.execute({ type: 'ChangePassword', username, passwordHash: await hashPassword(generatedPassword), reset: true }, ctx);
    return generatedPasswordAnswer({ username }, generatedPassword);
  }
}
