import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../access/signed-in-user';
import { CertificatesService } from '../certificates/certificates.service';
import { AttemptReviewService } from './attempt-review.service';
import { AttemptStatus } from './attempt-status';
import { quizQuestions } from './attempt-views';
import { AttemptsService } from './attempts.service';

/** A page to render, or where to go instead (a finished quiz shows its result, an unfinished result its quiz). */
export type AttemptPage = { view: object; redirect?: undefined } | { redirect: string };

/** The view models of the quiz and result pages; ownership is checked by the services they call. */
@Injectable()
export class AttemptPagesService {
  public constructor(
    private readonly attempts: AttemptsService,
    private readonly attemptReview: AttemptReviewService,
    private readonly certificates: CertificatesService,
  ) {}

  /** The questions while the attempt runs; a submitted or expired one goes to its result. */
  public async quiz(user: SignedInUser, id: number): Promise<AttemptPage> {
    const attempt = await this.attempts.findOwn(user, id);
    if (attempt.status !== AttemptStatus.InProgress) return { redirect: `/attempts/${id}/result` };
    return {
      view: {
        title: `Bài kiểm tra: ${attempt.courseVersion!.title}`,
        attempt,
        questions: quizQuestions(attempt),
        deadlineIso: attempt.deadlineAt?.toISOString(),
      },
    };
  }

  /** The score and the review its policy allows; an unfinished attempt goes back to its quiz. */
  public async result(user: SignedInUser, id: number): Promise<AttemptPage> {
    const result = await this.attemptReview.result(user, id);
    if (!result) return { redirect: `/attempts/${id}` };
    const { attempt } = result;
    return {
      view: {
        ...result,
        title: `Kết quả: ${attempt.courseVersion!.title}`,
        course: attempt.courseVersion!.course,
        expired: attempt.status === AttemptStatus.Expired,
        withheld: result.disclosure === 'rules',
        certificate: attempt.passed ? await this.certificates.findForAttempt(user, attempt.id) : null,
      },
    };
  }
}
