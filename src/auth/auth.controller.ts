import { Body, Controller, Get, HttpCode, Post, Query, Render, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { Request, Response } from 'express';
import { markSignedIn } from '../sessions/session-lifetime';
import { SESSION_COOKIE } from '../sessions/sessions.module';
import { LoginCsrf } from '../security/login-csrf';
import { TypeormSessionStore } from '../sessions/typeorm-session.store';
import { OidcClient } from './sso/oidc-client';
import { AuthService } from './auth.service';
import { CurrentUser } from '../access/current-user.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { NextPageQueryDto } from './dto/next-page-query.dto';
import { LocalAuthGuard } from './local-auth.guard';
import { Public } from '../access/public.decorator';
import { formField } from '../web/form-field';
import { safeLocalPath } from './safe-redirect';
import { SignInFailureFilter } from './sign-in-failure.filter';
import { HOME_BY_ROLE, SignedInUser } from '../access/signed-in-user';

@Controller()
export class AuthController {
  public constructor(
    private readonly auth: AuthService,
    private readonly sessions: TypeormSessionStore,
    private readonly loginCsrf: LoginCsrf,
    private readonly oidc: OidcClient,
  ) {}

  @Public()
  @Get('login')
  public showLogin(@Req() request: Request, @Res() response: Response, @Query() query: NextPageQueryDto): void {
    if (request.user) return response.redirect(HOME_BY_ROLE[request.user.role]);
    response.render('auth/login', { title: 'Đăng nhập', next: safeLocalPath(query.next), csrfToken: this.loginCsrf.tokenFor(request, response) });
  }

  @Public()
  @Post('login')
  @UseGuards(LocalAuthGuard)
  @UseFilters(SignInFailureFilter)
  public async login(@CurrentUser() user: SignedInUser, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.auth.recordSignIn(user, request.ip ?? '');
    markSignedIn(request);
    if (user.mustChangePassword) return response.redirect(303, '/account/password');
    response.redirect(303, safeLocalPath(formField(request, 'next')) ?? HOME_BY_ROLE[user.role]);
  }

  @Post('logout')
  public async logout(@CurrentUser() user: SignedInUser, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.auth.recordSignOut(user, request.ip ?? '');
    // Signed in through the provider: end its session too (RP-initiated logout), then back to /login.
    const providerSignOut = request.session.signedInWith === 'oidc' ? this.oidc.endSessionUrl(request.session.oidcIdToken) : null;
    await new Promise<void>((resolve, reject) => request.logout((error?: Error) => (error ? reject(error) : resolve())));
    await new Promise<void>((resolve, reject) => request.session.destroy((error?: Error) => (error ? reject(error) : resolve())));
    response.clearCookie(SESSION_COOKIE);
    response.redirect(303, providerSignOut ?? '/login');
  }

  @Get('account/password')
  @Render('auth/change-password')
  public showChangePassword(@CurrentUser() user: SignedInUser): object {
    return { title: 'Đổi mật khẩu', forced: user.mustChangePassword };
  }

  @Post('account/password')
  @HttpCode(200)
  public async changePassword(@CurrentUser() user: SignedInUser, @Body() form: ChangePasswordDto, @Req() request: Request, @Res() response: Response): Promise<void> {
    const refused = await this.auth.changePassword(user, form, request.ip ?? '');
    if (refused) {
      return response.status(refused.status).render('auth/change-password', { title: 'Đổi mật khẩu', forced: user.mustChangePassword, errors: refused.errors });
    }
    // Whoever else knew the old password is signed out everywhere else.
    await this.sessions.destroyOtherSessionsOf(user.id, request.sessionID);
    response.redirect(303, `${HOME_BY_ROLE[user.role]}?passwordChanged=1`);
  }
}
