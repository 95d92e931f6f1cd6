import { Assignment } from '../src/compliance/assignment.entity';
import { ComplianceRecord } from '../src/compliance/compliance-record.entity';
import { COMPLIANCE_SYNC, ComplianceSync } from '../src/common/compliance-sync';
import { Course } from '../src/courses/course.entity';
import { Department } from '../src/departments/department.entity';
import { Role } from '../src/access/role';
import { UsersService } from '../src/users/users.service';
import { ledgerDisagreements } from './helpers/ledger-check';
import { usePortal } from './helpers/portal-fixture';
import { answerForm, startAttempt, submitAttempt } from './helpers/quiz';
import { signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

const PASSWORD = 'Exam-day-2026!';

/**
 * Starting and submitting a quiz updates the ledger with one targeted statement instead of a
 * recount (issue 11): after each step the row must equal what the full recount computes.
 */
describeEachDatabase('Ledger shortcut for attempts', (kind) => {
  const fixture = usePortal(kind);
  const dataSource = () => fixture.portal.dataSource;
  const sync = () => fixture.portal.app.get<ComplianceSync>(COMPLIANCE_SYNC);

  async function newLearner(employeeCode: string): Promise<{ id: number; agent: Awaited<ReturnType<typeof signIn>>['agent'] }> {
    const department = await dataSource().getRepository(Department).findOneByOrFail({ code: 'XA-AP' });
    const user = await fixture.portal.app.get(UsersService).create({ employeeCode, fullName: `Học viên ${employeeCode}`, departmentId: department.id, role: Role.Learner, password: PASSWORD });
    await dataSource().transaction((manager) => sync().syncPeople(manager, [user.id]));
    const { agent } = await signIn(fixture.portal.server, employeeCode.toLowerCase(), PASSWORD);
    return { id: user.id, agent };
  }

  const row = (userId: number, courseId: number) => dataSource().getRepository(ComplianceRecord).findOneByOrFail({ userId, courseId, current: true });

  it('follows a learner from not started to completed as the recount does', async () => {
    const course = await dataSource().getRepository(Course).findOneByOrFail({ code: 'KGM-4032' });
    const learner = await newLearner('SHORT-1');
    expect(await row(learner.id, course.id)).toMatchObject({ status: 'not_started', bestScore: null });

    const first = await startAttempt(learner.agent, 'KGM-4032');
    expect(await row(learner.id, course.id)).toMatchObject({ status: 'in_progress', bestScore: null });
    expect(await ledgerDisagreements(dataSource(), course.id)).toEqual([]);

    await submitAttempt(learner.agent, first, await answerForm(dataSource(), first, false));
    expect(await row(learner.id, course.id)).toMatchObject({ status: 'in_progress', bestScore: 0, certificateId: null });
    expect(await ledgerDisagreements(dataSource(), course.id)).toEqual([]);

    const second = await startAttempt(learner.agent, 'KGM-4032');
    await submitAttempt(learner.agent, second, await answerForm(dataSource(), second, true));
    const completed = await row(learner.id, course.id);
    expect(completed).toMatchObject({ status: 'completed', bestScore: 100 });
    expect(completed.certificateId).not.toBeNull();
    expect(await ledgerDisagreements(dataSource(), course.id)).toEqual([]);
  });

  it('keeps an overdue learner overdue through a failed attempt', async () => {
    const course = await dataSource().getRepository(Course).findOneByOrFail({ code: 'KGM-4032' });
    const assignments = dataSource().getRepository(Assignment);
    const assignment = await assignments.findOneByOrFail({ courseId: course.id });
    const dueDate = assignment.dueDate;
    await assignments.update({ id: assignment.id }, { dueDate: '2020-01-31' });
    await dataSource().transaction((manager) => sync().syncCourse(manager, course.id));
    try {
      const learner = await newLearner('SHORT-2');
      expect(await row(learner.id, course.id)).toMatchObject({ status: 'overdue' });
      const attempt = await startAttempt(learner.agent, 'KGM-4032');
      expect(await row(learner.id, course.id)).toMatchObject({ status: 'overdue' });
      await submitAttempt(learner.agent, attempt, await answerForm(dataSource(), attempt, false));
      expect(await row(learner.id, course.id)).toMatchObject({ status: 'overdue', bestScore: 0 });
      expect(await ledgerDisagreements(dataSource(), course.id)).toEqual([]);
    } finally {
      await assignments.update({ id: assignment.id }, { dueDate });
      await dataSource().transaction((manager) => sync().syncCourse(manager, course.id));
    }
  });
});
