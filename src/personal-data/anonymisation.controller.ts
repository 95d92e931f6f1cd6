import { Controller, Param, Post, Redirect, Req } from '@nestjs/common';
import { Request } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../access/roles.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { Role } from '../access/role';
import { AnonymisationService } from './anonymisation.service';

/** Roles are the administrator's (product.md §1): so are departures and anonymisation. */
@Controller('people/:employeeCode')
@Roles(Role.Admin)
export class AnonymisationController {
  public constructor(private readonly anonymisation: AnonymisationService) {}

  @Post('leave')
  @Redirect()
  public async markLeft(@CurrentUser() admin: SignedInUser, @Param('employeeCode') employeeCode: string, @Req() request: Request): Promise<{ url: string; statusCode: number }> {
    await this.anonymisation.markLeft(admin, employeeCode, request.ip ?? '');
    return { url: `/people/${encodeURIComponent(employeeCode)}/history`, statusCode: 303 };
  }

  @Post('anonymise')
  @Redirect()
  public async anonymise(@CurrentUser() admin: SignedInUser, @Param('employeeCode') employeeCode: string, @Req() request: Request): Promise<{ url: string; statusCode: number }> {
    const newCode = await this.anonymisation.anonymise(admin, employeeCode, request.ip ?? '');
    return { url: `/people/${encodeURIComponent(newCode)}/history`, statusCode: 303 };
  }
}
