import { Body, Controller, Get, Param, ParseIntPipe, Post, Redirect, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { AttemptReviewService } from '../attempts/attempt-review.service';
import { parseAnswers, quizQuestions } from '../attempts/attempt-views';
import { AttemptStatus } from '../attempts/attempt-status';
import { AttemptsService } from '../attempts/attempts.service';
import { CurrentUser } from '../auth/current-user.decorator';
import { CertificatesService } from '../certificates/certificates.service';
import { SignedInUser } from '../auth/signed-in-user';
import { LearningService } from './learning.service';

/** Courses, lessons and quizzes: open to every signed-in person until assignments exist. */
@Controller()
export class LearningController {
  public constructor(
    private readonly learning: LearningService,
    private readonly attempts: AttemptsService,
    private readonly attemptReview: AttemptReviewService,
    private readonly certificates: CertificatesService,
  ) {}

  @Get('courses')
  @Render('courses/index')
  public async index(@CurrentUser() user: SignedInUser): Promise<object> {
    return { title: 'Khóa học', courses: await this.learning.courseCards(user) };
  }

  @Get('courses/:code')
  @Render('courses/show')
  public async show(@CurrentUser() user: SignedInUser, @Param('code') code: string): Promise<object> {
    return this.learning.coursePage(user, code);
  }

  @Get('courses/:code/lessons/:position')
  @Render('courses/lesson')
  public async lesson(@CurrentUser() user: SignedInUser, @Param('code') code: string, @Param('position', ParseIntPipe) position: number): Promise<object> {
    return this.learning.lessonPage(user, code, position);
  }

  @Post('courses/:code/attempts')
  @Redirect()
  public async start(@CurrentUser() user: SignedInUser, @Param('code') code: string, @Req() request: Request): Promise<{ url: string; statusCode: number }> {
    const attempt = await this.attempts.start(user, code, request.ip ?? '');
    return { url: `/attempts/${attempt.id}`, statusCode: 303 };
  }

  @Get('attempts/:id')
  public async quiz(@CurrentUser() user: SignedInUser, @Param('id', ParseIntPipe) id: number, @Res() response: Response): Promise<void> {
    const attempt = await this.attempts.findOwn(user, id);
    if (attempt.status !== AttemptStatus.InProgress) return response.redirect(303, `/attempts/${id}/result`);
    response.render('attempts/quiz', {
      title: `Bài kiểm tra: ${attempt.courseVersion!.title}`,
      attempt,
      questions: quizQuestions(attempt),
      deadlineIso: attempt.deadlineAt?.toISOString(),
    });
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
    const result = await this.attemptReview.result(user, id);
    if (!result) return response.redirect(303, `/attempts/${id}`);
    const { attempt } = result;
    response.render('attempts/result', {
      ...result,
      title: `Kết quả: ${attempt.courseVersion!.title}`,
      course: attempt.courseVersion!.course,
      expired: attempt.status === AttemptStatus.Expired,
      withheld: result.disclosure === 'rules',
      certificate: attempt.passed ? await this.certificates.findForAttempt(user, attempt.id) : null,
    });
  }
}
