import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Account, DomainError } from '@app/domain';
import { Unauthenticated, Principal, CommandContext } from '@app/kernel';
import { AccountsService, sessionUser } from '../accounts.service';
import { SESSION_COOKIE } from '../auth.guard';
import { Authorize, CurrentPrincipal, Public } from '../authorize';
import { LoginLimiter } from '../login-limiter';
import { checkPasswordPolicy, decoyHash, hashPassword, passwordMatches } from '../passwords';
import { SessionPrincipals } from '../session-principals';
import { SessionTokens } from '../session-tokens';
import { Ctx } from '../../shared/command-context';
import { notKept } from '../../shared/idempotency/withheld-on-replay';
import { ChangePasswordRequest, LoginRequest, SessionResponse, SessionUser } from './login.request';

const WRONG = () => new Unauthenticated('INVALID_CREDENTIALS', 'wrong username or password');

@ApiTags('auth 登录')
@Controller('api/v1/auth')
export class LoginController {
  constructor(private readonly accounts: AccountsService, private readonly tokens: SessionTokens, private readonly limiter: LoginLimiter,
    private readonly sessions: SessionPrincipals, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: '登录 Log in: answers a session token (also set as an HTTP-only cookie)' })
  @ApiResponse({ status: 200, type: SessionResponse })
  @ApiResponse({ status: 401, description: 'INVALID_CREDENTIALS (the same answer for an unknown name, a wrong password or a deactivated account)' })
  @ApiResponse({ status: 429, description: 'TOO_MANY_LOGIN_ATTEMPTS, with Retry-After' })
  async login(@Body() body: LoginRequest, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    // the real client behind the proxies of TRUSTED_PROXIES (Fastify's `trustProxy`), else the peer
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    await this.limiter.assertAllowed(body.username, address);
    const account = await this.accounts.find(body.username);
    const ok = await passwordMatches(account?.passwordHash ?? await decoyHash(), body.password);
    if (!account || !ok || !account.active) {
      await this.limiter.failed(body.username, address);
      throw WRONG();
    }
    await this.limiter.succeeded(body.username, address);
    return this.openSession(account, res);
  }

  /** A session token for the account as it now is, also set as the HTTP-only cookie. */
  private async openSession(account: Account, res: Response): Promise<SessionResponse> {
    const issued = await this.tokens.issue({ username: account.username, sessionVersion: account.sessionVersion });
    res.header('Cache-Control', 'no-store'); // a session token, never cached
    const seconds = this.config.SESSION_TTL_MINUTES * 60;
    res.setCookie(SESSION_COOKIE, issued.token, {
      httpOnly: true, sameSite: 'strict', secure: this.config.COOKIE_SECURE, path: '/', maxAge: seconds, expires: new Date(Date.now() + seconds * 1000),
    });
    // a session token is a credential: never kept in the idempotency store for a replay
    return notKept({ ...issued, user: sessionUser(account) });
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: '退出 Log out: this session\'s token (bearer or cookie) is refused from now on, on every instance, and the cookie is cleared; the account\'s other sessions go on (change the password to end them all)' })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.endSession(req);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @Authorize('session')
  @ApiBearerAuth()
  @ApiOperation({ summary: '当前用户 Who am I: username, display name, role, unit scope, and passwordChangeRequired (a password set by an admin is changed at first login)' })
  @ApiOkResponse({ type: SessionUser })
  async me(@CurrentPrincipal() principal: Principal): Promise<SessionResponse['user']> {
    const account = await this.accounts.find(principal.username);
    return account ? sessionUser(account) : { ...principal, passwordChangeRequired: false };
  }

  @Post('password')
  @Authorize('session')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: '修改密码 Change my password: ends all my other sessions and answers a new session for this one (token and cookie)' })
  @ApiResponse({ status: 200, type: SessionResponse })
  @ApiResponse({ status: 422, description: 'WRONG_CURRENT_PASSWORD, PASSWORD_UNCHANGED, PASSWORD_TOO_SHORT, PASSWORD_CONTAINS_USERNAME, PASSWORD_TOO_SIMPLE' })
  @ApiResponse({ status: 429, description: 'TOO_MANY_PASSWORD_ATTEMPTS after LOGIN_MAX_FAILURES wrong current passwords, with Retry-After' })
  async changePassword(@Body() body: ChangePasswordRequest, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    const account = await this.accounts.find(ctx.principal.username);
    if (!account) throw new Unauthenticated();
    // a stolen session must not be able to guess the password it needs to take the account over
    await this.limiter.assertPasswordChangeAllowed(account.username);
    if (!(await passwordMatches(account.passwordHash, body.currentPassword))) {
      await this.limiter.passwordChangeFailed(account.username);
      throw DomainError.invalid('WRONG_CURRENT_PASSWORD', 'currentPassword', 'the current password is wrong');
    }
    const password = checkPasswordPolicy(body.newPassword, account.username, 'newPassword');
    // a password handed over by an admin is replaced by one only the user knows
    if (password === body.currentPassword) throw DomainError.invalid('PASSWORD_UNCHANGED', 'newPassword', 'the new password must differ from the current one');
    await this.accounts.execute({ type: 'ChangePassword', username: account.username, passwordHash: await hashPassword(password), reset: false }, ctx);
    await this.limiter.passwordChanged(account.username);
    const changed = await this.accounts.find(account.username);
    if (!changed) throw new Unauthenticated();
    return this.openSession(changed, res);
  }
}
