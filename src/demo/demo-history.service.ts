import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttemptQuestion } from '../attempts/attempt-question.entity';
import { Attempt } from '../attempts/attempt.entity';
import { AttemptsService } from '../attempts/attempts.service';
import { recordPastPass } from '../attempts/past-pass';
import { SignedInUser } from '../access/signed-in-user';
import { CertificateIssuerService } from '../certificates/certificate-issuer.service';
import { AssignmentsService } from '../compliance/assignments.service';
import { CoursesService } from '../courses/courses.service';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DEMO_ASSIGNMENTS, DEMO_HISTORY, DemoOutcome, dueDateIn, expiredIssueDate } from './demo-history';
import { COMPLIANCE_SYNC, ComplianceSync } from '../common/compliance-sync';

/**
 * Gives the demo organisation assignments and a realistic spread of statuses (completed,
 * in progress, overdue, expired), made through the real services so reports are meaningful.
 */
@Injectable()
export class DemoHistoryService {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly assignments: AssignmentsService,
    private readonly attempts: AttemptsService,
    private readonly courses: CoursesService,
    private readonly issuer: CertificateIssuerService,
    @Inject(COMPLIANCE_SYNC) private readonly compliance: ComplianceSync,
  ) {}

  public async load(now = new Date()): Promise<void> {
    const hr = await this.person('AH0002');
    for (const assignment of DEMO_ASSIGNMENTS) {
      await this.assignments.create(hr, { course: assignment.course, department: assignment.department, includeSubdepartments: true, role: '', dueDate: dueDateIn(assignment.dueInDays, now) }, 'demo');
    }
    for (const entry of DEMO_HISTORY) await this.play(await this.person(entry.employeeCode), entry.course, entry.outcome, now);
  }

  private async play(user: SignedInUser, course: string, outcome: DemoOutcome, now: Date): Promise<void> {
    if (outcome === 'reading') {
      await this.courses.readLesson(user, course, 1);
      return;
    }
    const attempt = await this.attempts.start(user, course, 'demo');
    if (outcome === 'expired') return this.backdatePass(attempt, expiredIssueDate(now));
    await this.attempts.submit(user, attempt.id, await this.answers(attempt.id, outcome === 'passed'), 'demo');
  }

  /** A pass long ago whose certificate has run out: recorded with its original dates. */
  private async backdatePass(attempt: Attempt, at: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.issuer.issue(manager, await recordPastPass(manager, attempt, at), null, at);
      await this.compliance.syncLearners(manager, attempt.courseId, [attempt.userId]);
    });
  }

  private async answers(attemptId: number, right: boolean): Promise<Map<number, string[]>> {
    const drawn = await this.dataSource.getRepository(AttemptQuestion).find({ where: { attemptId }, relations: { question: true } });
    return new Map(drawn.map((item) => [item.position, right ? item.question!.correct : item.optionOrder.filter((id) => !item.question!.correct.includes(id)).slice(0, 1)]));
  }

  private async person(employeeCode: string): Promise<SignedInUser> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ employeeCode });
    return (await this.users.findSignedInUser(user.id))!;
  }
}
