import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, MoreThan, QueryFailedError, Repository } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { SignedInUser } from '../access/signed-in-user';
import { CertificateIssuerService } from '../certificates/certificate-issuer.service';
import { certificateStatus } from '../certificates/certificate-status';
import { Certificate } from '../certificates/certificate.entity';
import { CourseVersion } from '../courses/course-version.entity';
import { CoursesService } from '../courses/courses.service';
import { Question } from '../courses/question.entity';
import { AttemptQuestion } from './attempt-question.entity';
import { AttemptStatus } from './attempt-status';
import { Attempt } from './attempt.entity';
import { attemptsLeft, deadlineFor, drawQuestions, isAnswerCorrect, isPastDeadline, score, shuffle } from './quiz-rules';
import { COMPLIANCE_SYNC, ComplianceSync } from '../common/compliance-sync';

export interface Eligibility {
  validCertificate: Certificate | null;
  attemptsUsed: number;
  /** Null when the course sets no limit. */
  attemptsLeft: number | null;
}

/** Answers as posted by the quiz form: question position → chosen option ids. */
export type SubmittedAnswers = Map<number, string[]>;

@Injectable()
export class AttemptsService {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Attempt) private readonly attempts: Repository<Attempt>,
    @InjectRepository(Certificate) private readonly certificates: Repository<Certificate>,
    private readonly courses: CoursesService,
    private readonly issuer: CertificateIssuerService,
    @Inject(COMPLIANCE_SYNC) private readonly compliance: ComplianceSync,
    private readonly audit: AuditService,
  ) {}

  /** Starts an attempt on the course's current version, or resumes the one in progress. */
  public async start(user: SignedInUser, code: string, ip: string): Promise<Attempt> {
    const { course, version } = await this.courses.findCurrent(code);
    const open = await this.attempts.findOneBy({ inProgressKey: inProgressKey(user.id, course.id) });
    const expired = await this.expireIfOverdue(open);
    if (open && !expired) return open;
    await this.assertMayStart(user, course.id, version);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const attempt = await this.createAttempt(manager, user, course.id, version);
        // An attempt expired just now changed the best score (to at least 0): that takes the full recount.
        if (expired) await this.compliance.syncLearners(manager, course.id, [user.id]);
        else await this.compliance.recordAttempt(manager, course.id, user.id, { startedAt: attempt.startedAt, scorePercent: null, certificate: null });
        await this.audit.record({ action: AuditAction.AttemptStarted, actor: user, target: { type: 'attempt', id: attempt.id }, ip, details: { course: code, version: version.version } }, manager);
        return attempt;
      });
    } catch (error) {
      // Two clicks on "start" race; the unique in-progress key lets one win and the other resume it.
      const winner = error instanceof QueryFailedError ? await this.attempts.findOneBy({ inProgressKey: inProgressKey(user.id, course.id) }) : null;
      if (winner) return winner;
      throw error;
    }
  }

  /** The person's own attempt with its questions; anyone else's answers 404. */
  public async findOwn(user: SignedInUser, id: number): Promise<Attempt> {
    // find, not findOne: with relations, findOne costs TypeORM a second query.
    const [attempt] = await this.attempts.find({
      where: { id, userId: user.id },
      relations: { questions: { question: true }, courseVersion: { course: true } },
      order: { questions: { position: 'ASC' } },
    });
    if (!attempt) throw new NotFoundException('Không tìm thấy bài làm.');
    if (await this.expireIfOverdue(attempt)) return this.findOwn(user, id);
    return attempt;
  }

  /**
   * Scores a submission once: a second submit (double click, retry) finds the attempt already
   * closed and changes nothing; a submission after the deadline is refused and scored zero.
   */
  public async submit(user: SignedInUser, id: number, answers: SubmittedAnswers, ip: string): Promise<void> {
    const attempt = await this.findOwn(user, id);
    if (attempt.status !== AttemptStatus.InProgress) return;
    const marked = attempt.questions!.map((item) => {
      const valid = new Set(item.optionOrder);
      const answer = [...new Set(answers.get(item.position) ?? [])].filter((option) => valid.has(option));
      return { item, answer, isCorrect: isAnswerCorrect(item.question!.correct, answer) };
    });
    const result = score(
      marked.map((entry) => entry.isCorrect),
      attempt.courseVersion!.passScore,
    );
    // Signed before the transaction, so that the transaction holds its locks for writes alone.
    const certificate = result.passed ? await this.issuer.prepareForPassedAttempt({ ...attempt, ...result }) : null;
    await this.dataSource.transaction(async (manager) => {
      const closed = await this.close(manager, attempt, AttemptStatus.Submitted, result);
      if (!closed) return;
      await saveAnswers(
        manager,
        marked.map((entry) => ({ id: entry.item.id, answer: entry.answer, isCorrect: entry.isCorrect })),
      );
      await this.audit.record({ action: AuditAction.AttemptSubmitted, actor: user, target: { type: 'attempt', id: attempt.id }, ip, details: { ...result } }, manager);
      // Passing and its certificate commit together or not at all.
      const issued = certificate ? await this.issuer.store(manager, certificate, ip) : null;
      await this.compliance.recordAttempt(manager, attempt.courseId, user.id, { startedAt: attempt.startedAt, scorePercent: result.scorePercent, certificate: issued });
    });
  }

  /** A person's attempts at a course, newest first. */
  public async history(user: SignedInUser, courseId: number): Promise<Attempt[]> {
    return this.attempts.find({ where: { userId: user.id, courseId }, relations: { courseVersion: true }, order: { startedAt: 'DESC', id: 'DESC' } });
  }

  /** Best score and whether passed, per course, for the course list, in one grouped query. */
  public async bestResults(user: SignedInUser): Promise<Map<number, { bestScore: number | null; passed: boolean; attempts: number }>> {
    const rows = await this.attempts
      .createQueryBuilder('attempt')
      .select('attempt.courseId', 'courseId')
      .addSelect('MAX(attempt.scorePercent)', 'bestScore')
      .addSelect('MAX(CASE WHEN attempt.passed = :yes THEN 1 ELSE 0 END)', 'passed')
      .addSelect('COUNT(attempt.id)', 'attempts')
      .where('attempt.userId = :userId', { userId: user.id, yes: true })
      .groupBy('attempt.courseId')
      .getRawMany<{ courseId: number; bestScore: number | string | null; passed: number | string; attempts: number | string }>();
    return new Map(rows.map((row) => [Number(row.courseId), { bestScore: row.bestScore === null ? null : Number(row.bestScore), passed: Number(row.passed) === 1, attempts: Number(row.attempts) }]));
  }

  /**
   * Whether the person may take the quiz: not while holding a valid certificate, and within the
   * attempt limit, counted since their last certificate (an expired or revoked one starts a new cycle).
   */
  public async eligibility(user: SignedInUser, courseId: number, version: CourseVersion): Promise<Eligibility> {
    const certificates = await this.certificates.find({ where: { userId: user.id, courseId }, order: { issuedAt: 'DESC' } });
    const validCertificate = certificates.find((certificate) => certificateStatus(certificate) === 'valid') ?? null;
    const cycleStart = certificates[0]?.issuedAt ?? new Date(0);
    const used = await this.attempts.countBy({ userId: user.id, courseId, startedAt: MoreThan(cycleStart) });
    return { validCertificate, attemptsUsed: used, attemptsLeft: attemptsLeft(version.maxAttempts, used) };
  }

  private async assertMayStart(user: SignedInUser, courseId: number, version: CourseVersion): Promise<void> {
    const { validCertificate, attemptsLeft: left } = await this.eligibility(user, courseId, version);
    if (validCertificate) throw new ConflictException('Bạn đang có giấy chứng nhận còn hiệu lực cho khóa học này.');
    if (left === 0) throw new ForbiddenException('Bạn đã dùng hết số lần làm bài của khóa học này. Vui lòng liên hệ bộ phận tổ chức cán bộ.');
  }

  private async createAttempt(manager: EntityManager, user: SignedInUser, courseId: number, version: CourseVersion): Promise<Attempt> {
    const bank = await manager.find(Question, { where: { courseVersionId: version.id }, order: { position: 'ASC' } });
    const drawn = drawQuestions(bank, version.questionsPerAttempt);
    const startedAt = new Date();
    const attempt = await manager.save(
      manager.create(Attempt, {
        userId: user.id,
        courseId,
        courseVersionId: version.id,
        status: AttemptStatus.InProgress,
        inProgressKey: inProgressKey(user.id, courseId),
        startedAt,
        deadlineAt: deadlineFor(startedAt, version.timeLimitMinutes),
        questionCount: drawn.length,
      }),
    );
    // insert, not save: one multi-row statement on SQLite too, where save inserts row by row.
    await manager.insert(
      AttemptQuestion,
      drawn.map((question, index) => ({ attemptId: attempt.id, position: index + 1, questionId: question.id, optionOrder: shuffle(question.options.map((option) => option.id)) })),
    );
    return attempt;
  }

  /** Closes an attempt that is still open; false when another request closed it first. */
  private async close(manager: EntityManager, attempt: Attempt, status: AttemptStatus, result: ReturnType<typeof score>): Promise<boolean> {
    const update = await manager.update(Attempt, { id: attempt.id, status: AttemptStatus.InProgress }, { status, inProgressKey: null, submittedAt: new Date(), ...result });
    return update.affected === 1;
  }

  /** An attempt left open past its deadline is closed as expired with no score. */
  private async expireIfOverdue(attempt: Attempt | null): Promise<boolean> {
    if (!attempt || attempt.status !== AttemptStatus.InProgress || !isPastDeadline(attempt.deadlineAt, new Date())) return false;
    return this.dataSource.transaction((manager) => this.close(manager, attempt, AttemptStatus.Expired, { correctCount: 0, scorePercent: 0, passed: false }));
  }
}

function inProgressKey(userId: number, courseId: number): string {
  return `${userId}:${courseId}`;
}

/** Every answer of an attempt in one UPDATE: at 500 submissions a second, ten statements each add up. */
async function saveAnswers(manager: EntityManager, answers: Array<{ id: number; answer: string[]; isCorrect: boolean }>): Promise<void> {
  const parameters: Record<string, unknown> = {};
  const cases = answers.map((entry, index) => {
    Object.assign(parameters, { [`id${index}`]: entry.id, [`answer${index}`]: JSON.stringify(entry.answer), [`correct${index}`]: entry.isCorrect ? 1 : 0 });
    return { answer: `WHEN :id${index} THEN :answer${index}`, correct: `WHEN :id${index} THEN :correct${index}` };
  });
  await manager
    .createQueryBuilder()
    .update(AttemptQuestion)
    .set({ answer: () => `CASE id ${cases.map((item) => item.answer).join(' ')} END`, isCorrect: () => `CASE id ${cases.map((item) => item.correct).join(' ')} END` })
    .where('id IN (:...ids)', { ids: answers.map((entry) => entry.id) })
    .setParameters(parameters)
    .execute();
}
