import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../access/signed-in-user';
import { CoursesService } from '../courses/courses.service';
import { AttemptStatus } from './attempt-status';
import { ReviewQuestionView, reviewQuestions, RuleReviewQuestionView, ruleReviewQuestions } from './attempt-views';
import { Attempt } from './attempt.entity';
import { AttemptsService } from './attempts.service';
import { ReviewDisclosure, reviewDisclosure } from './review-policy';

export interface AttemptResult {
  attempt: Attempt;
  disclosure: ReviewDisclosure;
  /** Filled only when the key may be shown. */
  review: ReviewQuestionView[];
  /** Filled only while the key is withheld. */
  ruleReview: RuleReviewQuestionView[];
  attemptsLeft: number | null;
}

/** The result page of a closed attempt, showing as much of the key as the course's review policy allows. */
@Injectable()
export class AttemptReviewService {
  public constructor(
    private readonly attempts: AttemptsService,
    private readonly courses: CoursesService,
  ) {}

  /** The person's own closed attempt (anyone else's answers 404); null while it is still in progress. */
  public async result(user: SignedInUser, id: number): Promise<AttemptResult | null> {
    const attempt = await this.attempts.findOwn(user, id);
    if (attempt.status === AttemptStatus.InProgress) return null;
    const version = attempt.courseVersion!;
    const { version: current } = await this.courses.findCurrent(version.course!.code);
    const { validCertificate, attemptsLeft } = await this.attempts.eligibility(user, attempt.courseId, current);
    const disclosure = reviewDisclosure(version.reviewPolicy, { passed: attempt.passed === true, attemptsLeft, certified: validCertificate !== null });
    const scored = attempt.status === AttemptStatus.Submitted;
    return {
      attempt,
      disclosure,
      attemptsLeft,
      review: scored && disclosure === 'full' ? reviewQuestions(attempt) : [],
      ruleReview: scored && disclosure === 'rules' ? ruleReviewQuestions(attempt, await this.courses.lessonsOf(version.id), version.course!.code) : [],
    };
  }
}
