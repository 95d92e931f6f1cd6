import { Controller, Get, Header, Param, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { Public } from '../access/public.decorator';
import { CertificateSigner } from './certificate-signer';
import { CERTIFICATE_STATUS_LABELS } from './certificate-status';
import { CertificatesService } from './certificates.service';
import { VerifyLookupQueryDto } from './dto/verify-lookup-query.dto';
import { VerifyThrottle } from './verify-throttle';

/** The public side: anyone holding a printed certificate can check it here. */
@Controller('verify')
@Public()
export class VerifyController {
  public constructor(
    private readonly certificates: CertificatesService,
    private readonly signer: CertificateSigner,
    private readonly throttle: VerifyThrottle,
  ) {}

  @Get()
  @Render('verify/form')
  public form(): object {
    return { title: 'Kiểm tra giấy chứng nhận' };
  }

  @Get('lookup')
  @Redirect()
  public lookup(@Query() query: VerifyLookupQueryDto): { url: string; statusCode: number } {
    const cleaned = (query.serial ?? '').trim().slice(0, 40);
    return { url: cleaned ? `/verify/${encodeURIComponent(cleaned)}` : '/verify', statusCode: 303 };
  }

  @Get('public-key.pem')
  @Header('Content-Type', 'application/x-pem-file')
  public publicKey(): string {
    return this.signer.publicKeyPem;
  }

  @Get(':serial')
  @Render('verify/result')
  public async verify(@Param('serial') serial: string, @Req() request: Request): Promise<object> {
    await this.throttle.consume(request.ip ?? '');
    const result = await this.certificates.verify(serial);
    return { title: 'Kết quả kiểm tra giấy chứng nhận', serial: serial.slice(0, 40), result, statusLabel: result ? CERTIFICATE_STATUS_LABELS[result.status] : null };
  }
}
