import { Controller, Get, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { CurrentUser } from '../access/current-user.decorator';
import { Public } from '../access/public.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { AppConfig } from '../config/app-config';
import { PersonalDataService } from './personal-data.service';

@Controller()
export class PersonalDataController {
  public constructor(
    private readonly personalData: PersonalDataService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  @Get('account/data')
  @Render('account/data')
  public async page(@CurrentUser() user: SignedInUser): Promise<object> {
    return { title: 'Dữ liệu của tôi', data: await this.personalData.collectFor(user) };
  }

  /** The same copy as a file, for the person to keep or hand to whoever they choose. */
  @Get('account/data.json')
  public async download(@CurrentUser() user: SignedInUser, @Req() request: Request, @Res() response: Response): Promise<void> {
    const data = await this.personalData.collectFor(user);
    await this.audit.record({ action: AuditAction.PersonalDataExported, actor: user, ip: request.ip });
    response.set({ 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': `attachment; filename="du-lieu-ca-nhan-${user.username}.json"` });
    response.send(JSON.stringify(data, null, 2));
  }

  @Public()
  @Get('privacy')
  @Render('privacy')
  public privacy(): object {
    return { title: 'Thông báo xử lý dữ liệu cá nhân', auditRetentionMonths: this.config.auditRetentionMonths, drillRetentionMonths: this.config.drills.retentionMonths };
  }
}
