import { Body, Controller, Get, Param, Post, Redirect, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../access/roles.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { DepartmentsService } from '../departments/departments.service';
import { Role } from '../access/role';
import { streamCertificateZip } from './certificate-archive';
import { CertificatesService } from './certificates.service';
import { RevokeCertificateDto } from './dto/revoke-certificate.dto';

@Controller()
export class CertificatesController {
  public constructor(
    private readonly certificates: CertificatesService,
    private readonly departments: DepartmentsService,
  ) {}

  @Get('certificates')
  @Render('certificates/index')
  public async own(@CurrentUser() user: SignedInUser): Promise<object> {
    return { title: 'Giấy chứng nhận của tôi', certificates: await this.certificates.listOwn(user) };
  }

  @Get('certificates/:serial')
  @Render('certificates/show')
  public async show(@CurrentUser() user: SignedInUser, @Param('serial') serial: string): Promise<object> {
    const view = await this.certificates.findReadable(user, serial);
    return { title: `Giấy chứng nhận ${view.data.serial}`, ...view, mayManage: user.role === Role.Admin };
  }

  @Get('certificates/:serial/download')
  public async download(@CurrentUser() user: SignedInUser, @Param('serial') serial: string, @Res() response: Response): Promise<void> {
    const view = await this.certificates.findReadable(user, serial);
    const pdf = await this.certificates.pdf(view);
    response.type('application/pdf').attachment(`giay-chung-nhan-${view.data.serial}.pdf`).setHeader('Cache-Control', 'private, no-store').send(pdf);
  }

  @Post('certificates/:serial/revoke')
  @Roles(Role.Admin)
  @Redirect()
  public async revoke(@CurrentUser() admin: SignedInUser, @Param('serial') serial: string, @Body() form: RevokeCertificateDto, @Req() request: Request): Promise<{ url: string; statusCode: number }> {
    await this.certificates.revoke(admin, serial, form.reason, request.ip ?? '');
    return { url: `/certificates/${encodeURIComponent(serial)}`, statusCode: 303 };
  }

  @Post('certificates/:serial/reissue')
  @Roles(Role.Admin)
  @Redirect()
  public async reissue(@CurrentUser() admin: SignedInUser, @Param('serial') serial: string, @Req() request: Request): Promise<{ url: string; statusCode: number }> {
    const replacement = await this.certificates.reissue(admin, serial, request.ip ?? '');
    return { url: `/certificates/${replacement.serial}`, statusCode: 303 };
  }

  @Get('departments/:code/certificates')
  @Roles(Role.Head, Role.Hr, Role.Admin)
  @Render('certificates/department')
  public async department(@CurrentUser() user: SignedInUser, @Param('code') code: string): Promise<object> {
    const department = await this.departments.findVisibleByCode(user, code);
    return { title: `Giấy chứng nhận: ${department.name}`, department, certificates: await this.certificates.listForDepartment(user, department) };
  }

  @Get('departments/:code/certificates/zip')
  @Roles(Role.Head, Role.Hr, Role.Admin)
  public async departmentZip(@CurrentUser() user: SignedInUser, @Param('code') code: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const department = await this.departments.findVisibleByCode(user, code);
    // Audited before the first byte: an export the client aborts halfway is still an export.
    await this.certificates.recordExport(user, department, request.ip ?? '');
    response.type('application/zip').attachment(`giay-chung-nhan-${department.code}.zip`).setHeader('Cache-Control', 'private, no-store');
    await streamCertificateZip(this.certificates.signedPagesForDepartment(user, department), response);
  }
}
