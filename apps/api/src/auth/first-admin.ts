import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ConfigError } from '@app/config';
import { DomainError } from '@app/domain';
import { systemContext } from '@app/kernel';
import { AccountsService } from './accounts.service';
import { checkPasswordPolicy, generatePassword, hashPassword } from './passwords';

/**
 * The first admin: from ADMIN_USERNAME/ADMIN_PASSWORD, or `admin` with a generated password printed once,
 * at the first start only (never a fixed default password).
 */
@Injectable()
export class FirstAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger('Accounts');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig, private readonly accounts: AccountsService) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.accounts.directory()).accounts.size > 0) return;
    const username = this.config.ADMIN_USERNAME ?? 'admin';
    const generated = this.config.ADMIN_PASSWORD === undefined;
    const password = this.config.ADMIN_PASSWORD ?? generatePassword();
    try {
      checkPasswordPolicy(password, username, 'ADMIN_PASSWORD');
    } catch (e) {
      // loadConfig checks it first; a configuration built another way still stops with one line, exit 2
      throw e instanceof DomainError ? new ConfigError([`ADMIN_PASSWORD: ${e.message}`]) : e;
    }
    const created = await this.accounts.registerFirst({
      type: 'RegisterUser', username, displayName: '预算科管理员', role: 'admin', units: 'all', passwordHash: await hashPassword(password),
    }, systemContext('system:first-start'));
    if (!created) return;
    if (generated) {
      // printed once, on stdout rather than through the logger, so a LOG_LEVEL of error cannot hide it
      process.stdout.write([
        '', '================ 首个管理员 First admin ================',
        `  用户名 username: ${username}`, `  密码 password:   ${password}`,
        '  Shown once. Log in and change it (POST /api/v1/auth/password).',
        '=========================================================', '',
      ].join('\n') + '\n');
    } else {
      this.logger.log(`first admin ${username} created from ADMIN_USERNAME/ADMIN_PASSWORD`);
    }
  }
}
