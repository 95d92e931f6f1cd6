import { Controller, Get, NotFoundException, Query, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { NextPageQueryDto } from '../dto/next-page-query.dto';
import { Public } from '../../access/public.decorator';
import { safeLocalPath } from '../safe-redirect';
import { OidcSignInService } from './oidc-sign-in.service';

/** product.md §12: GET /auth/oidc starts the flow; /auth/oidc/callback is the redirect URI registered at the provider. */
@Controller('auth/oidc')
export class OidcController {
  public constructor(private readonly signIn: OidcSignInService) {}

  @Public()
  @Get()
  public async start(@Req() request: Request, @Res() response: Response, @Query() query: NextPageQueryDto): Promise<void> {
    if (!this.signIn.enabled) throw new NotFoundException('Không tìm thấy trang.');
    const outcome = await this.signIn.start(request, response, safeLocalPath(query.next));
    if ('redirect' in outcome) return response.redirect(303, outcome.redirect);
    response.status(outcome.status).render('auth/sso-refused', outcome.view);
  }

  @Public()
  @Get('callback')
  public async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (!this.signIn.enabled) throw new NotFoundException('Không tìm thấy trang.');
    const outcome = await this.signIn.complete(request, response);
    if ('redirect' in outcome) return response.redirect(303, outcome.redirect);
    response.status(outcome.status).render('auth/sso-refused', outcome.view);
  }
}
