import { Body, Controller, Get, Param, ParseIntPipe, Post, Redirect, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import { SignedInUser } from '../access/signed-in-user';
import { AttemptPage, AttemptPagesService } from './attempt-pages.service';
import { parseAnswers } from './attempt-views';
import { AttemptsService } from './attempts.service';

/** Quizzes: start one from a course, answer it, see the result. Open to every signed-in person. */
@Controller()
export class AttemptsController {
  public constructor(
    private readonly attempts: AttemptsService,
    private readonly pages: AttemptPagesService,
  ) {}

  @Post('courses/:code/attempts')
  @Redirect()
  public async start(@CurrentUser() user: SignedInUser, @Param('code') code: string, @Req() request: Request): Promise<{ url: string; statusCode: number }> {
    const attempt = await this.attempts.start(user, code, request.ip ?? '');
    return { url: `/attempts/${attempt.id}`, statusCode: 303 };
  }

  @Get('attempts/:id')
  public async quiz(@CurrentUser() user: SignedInUser, @Param('id', ParseIntPipe) id: number, @Res() response: Response): Promise<void> {
    show(response, 'attempts/quiz', await this.pages.quiz(user, id));
  }

  @Post('attempts/:id')
  @Redirect()
  public async submit(
    @CurrentUser() user: SignedInUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() form: Record<string, unknown>,
    @Req() request: Request,
  ): Promise<{ url: string; statusCode: number }> {
    await this.attempts.submit(user, id, parseAnswers(form), request.ip ?? '');
    return { url: `/attempts/${id}/result`, statusCode: 303 };
  }

  @Get('attempts/:id/result')
  public async result(@CurrentUser() user: SignedInUser, @Param('id', ParseIntPipe) id: number, @Res() response: Response): Promise<void> {
    show(response, 'attempts/result', await this.pages.result(user, id));
  }
}

function show(response: Response, template: string, page: AttemptPage): void {
  if (page.redirect !== undefined) return response.redirect(303, page.redirect);
  response.render(template, page.view);
}
