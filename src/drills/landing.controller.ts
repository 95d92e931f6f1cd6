import { Controller, Get, Head, HttpCode, Param, Post, Res } from '@nestjs/common';
import { Response } from 'express';
import { Public } from '../access/public.decorator';
import { CsrfCoveredByPathSecret } from '../security/csrf';
import { LANDING_PREFIX } from './drill-token';
import { LandingService } from './landing.service';

/**
 * The links of drill messages. Neither handler reads the request body: whatever is typed into the
 * imitation form is parsed by Express and dropped with the request, never stored or logged.
 */
@Controller(LANDING_PREFIX.replace(/\//g, ''))
@Public()
export class LandingController {
  public constructor(private readonly landing: LandingService) {}

  @Head(':token')
  public async check(@Param('token') token: string, @Res() response: Response): Promise<void> {
    await this.landing.check(token);
    response.status(200).end();
  }

  @Get(':token')
  public async open(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const page = await this.landing.open(token);
    response.render('drills/landing', { layout: 'drills/landing-layout', title: page.heading, page, action: `${LANDING_PREFIX}${token}` });
  }

  @Post(':token')
  @HttpCode(200)
  @CsrfCoveredByPathSecret()
  public async submit(@Param('token') token: string, @Res() response: Response): Promise<void> {
    response.render('drills/teaching', { title: 'Đây là một bài diễn tập', ...(await this.landing.submit(token)) });
  }
}
