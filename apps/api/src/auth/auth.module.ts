import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsService } from './accounts.service';
import { AuthGuard } from './auth.guard';
import { SessionPrincipals } from './session-principals';
import { SessionRevocations } from './session-revocations';
import { FirstAdmin } from './first-admin';
import { LoginController } from './login/login.controller';
import { LoginLimiter } from './login-limiter';
import { SessionTokens } from './session-tokens';
import { ChangeRoleController } from './users/change-role/change-role.controller';
import { DeactivateUserController } from './users/deactivate-user/deactivate-user.controller';
import { ListUsersController } from './users/list-users/list-users.controller';
import { RegisterUserController } from './users/register-user/register-user.controller';
import { ResetPasswordController } from './users/reset-password/reset-password.controller';

/** Accounts, sessions and the guard on every route. */
@Module({
  controllers: [LoginController, RegisterUserController, ListUsersController, ChangeRoleController, ResetPasswordController, DeactivateUserController],
  providers: [AccountsService, SessionTokens, SessionRevocations, SessionPrincipals, LoginLimiter, FirstAdmin, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionPrincipals, AccountsService],
})
export class AuthModule {}
