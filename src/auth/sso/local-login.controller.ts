import { Body, Controller, Param, Post, Redirect, Req } from '@nestjs/common';
import { Request } from 'express';
import { CurrentUser } from '../../access/current-user.decorator';
import { Roles } from '../../access/roles.decorator';
import { SignedInUser } from '../../access/signed-in-user';
import { Role } from '../../access/role';
import { LocalLoginService } from './local-login.service';

/** An administrator turns local passwords off (or on again) for a person who signs in through SSO. */
@Controller('people/:employeeCode')
@Roles(Role.Admin)
export class LocalLoginController {
  public constructor(private readonly localLogin: LocalLoginService) {}

  @Post('local-login')
  @Redirect()
  public async set(
    @CurrentUser() admin: SignedInUser,
    @Param('employeeCode') employeeCode: string,
    @Body('allowed') allowed: unknown,
    @Req() request: Request,
  ): Promise<{ url: string; statusCode: number }> {
    await this.localLogin.setAllowed(admin, employeeCode, allowed, request.ip ?? '');
    return { url: `/people/${encodeURIComponent(employeeCode)}/history`, statusCode: 303 };
  }
}
