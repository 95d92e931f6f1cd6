import { Body, Controller, Get, Post, Query, Render, Res } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../access/roles.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { Role } from '../access/role';
import { CertificateIssuerSettings } from './certificate-issuer';
import { SettingsQueryDto } from './dto/settings-query.dto';
import { SettingsService } from './settings.service';

@Controller('admin/settings/certificates')
@Roles(Role.Admin)
export class SettingsController {
  public constructor(private readonly settings: SettingsService) {}

  @Get()
  @Render('settings/certificates')
  public async show(@Query() query: SettingsQueryDto): Promise<object> {
    return { title: 'Thông tin trên giấy chứng nhận', values: await this.settings.certificateIssuer(), saved: query.saved === '1' };
  }

  /** Validated here rather than by the global pipe so that the form can show each problem beside its field. */
  @Post()
  public async update(@CurrentUser() user: SignedInUser, @Body() body: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const values = plainToInstance(CertificateIssuerSettings, body, { excludeExtraneousValues: false });
    const errors = validateSync(values, { whitelist: true });
    if (errors.length > 0) {
      const messages = Object.fromEntries(errors.map((error) => [error.property, Object.values(error.constraints ?? {})[0]]));
      return response.status(422).render('settings/certificates', { title: 'Thông tin trên giấy chứng nhận', values, errors: messages });
    }
    await this.settings.updateCertificateIssuer(values, user);
    response.redirect(303, '/admin/settings/certificates?saved=1');
  }
}
