import { randomBytes } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { AttemptQuestion } from '../../src/attempts/attempt-question.entity';
import { AttemptStatus } from '../../src/attempts/attempt-status';
import { Attempt } from '../../src/attempts/attempt.entity';
import { AuditAction } from '../../src/audit/audit-actions';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { Certificate } from '../../src/certificates/certificate.entity';
import { parseDatabaseUrl } from '../../src/config/database-url';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { AttemptsService } from '../../src/attempts/attempts.service';
import { Department } from '../../src/departments/department.entity';
import { Role } from '../../src/access/role';
import { User } from '../../src/users/user.entity';
import { UsersService } from '../../src/users/users.service';
import { forgedSession, insertSessions } from './forged-sessions';
import { startTestApp, TEST_SESSION_SECRET, TestApp } from './test-app';

const SEEDING_CONCURRENCY = 6;

/** A learner with an open attempt, a session cookie and the quiz form they will post (all answers right). */
export interface ExamLearner {
  userId: number;
  attemptId: number;
  cookie: string;
  csrfToken: string;
  form: string;
}

/**
 * `count` learners, each with an attempt started on `courseCode` and a session written straight
 * into the store (signing in through scrypt would take minutes), made through the app's services.
 */
export async function learnersWithOpenAttempts(portal: TestApp, count: number, courseCode: string): Promise<ExamLearner[]> {
  const department = await portal.dataSource.getRepository(Department).findOneByOrFail({ code: 'XA-AP' });
  const users = portal.app.get(UsersService);
  const attempts = portal.app.get(AttemptsService);
  const prefix = `EXAM-${randomBytes(3).toString('hex')}`;
  const learners: ExamLearner[] = [];
  // A few at a time, as the pool allows: a thousand one after another take minutes on MariaDB.
  await withConcurrency([...Array(count).keys()], SEEDING_CONCURRENCY, async (index) => {
    const user = await users.create({ employeeCode: `${prefix}-${index}`, fullName: `Thí sinh ${index}`, departmentId: department.id, role: Role.Learner });
    await portal.dataSource.getRepository(User).update({ id: user.id }, { mustChangePassword: false });
    const attempt = await attempts.start((await users.findSignedInUser(user.id))!, courseCode, '127.0.0.1');
    const { cookie, csrfToken } = await sessionFor(portal, user.id);
    const form = await rightAnswers(portal, attempt.id);
    form.append('_csrf', csrfToken);
    learners.push({ userId: user.id, attemptId: attempt.id, cookie, csrfToken, form: form.toString() });
  });
  return learners;
}

/** Brings a fresh database up (migrations, demo data, courses) through the app in this process and leaves it with `count` learners. */
export async function seedLearners(databaseUrl: string, count: number, courseCode: string): Promise<ExamLearner[]> {
  const seeder = await startTestApp(databaseUrl);
  try {
    return await learnersWithOpenAttempts(seeder, count, courseCode);
  } finally {
    await seeder.close();
  }
}

/** A signed-in session for the person, stored as express-session and passport would store it. */
async function sessionFor(portal: TestApp, userId: number): Promise<{ cookie: string; csrfToken: string }> {
  const session = forgedSession(userId, TEST_SESSION_SECRET);
  await insertSessions(portal.dataSource, [session]);
  return session;
}

async function rightAnswers(portal: TestApp, attemptId: number): Promise<URLSearchParams> {
  const drawn = await portal.dataSource.getRepository(AttemptQuestion).find({ where: { attemptId }, relations: { question: true } });
  const form = new URLSearchParams();
  for (const item of drawn) for (const option of item.question!.correct) form.append(`q${item.position}`, option);
  return form;
}

/** What one POST of a quiz form got back, as the learner's browser sees it. */
export type SubmissionAnswer = { kind: 'recorded' } | { kind: 'retry-page'; status: number; body: string } | { kind: 'failed'; status: number; body: string } | { kind: 'network'; message: string };

/** Posts the learner's quiz form once. A 303 to the result page is the success page. */
export async function submitOnce(baseUrl: string, learner: ExamLearner): Promise<SubmissionAnswer> {
  try {
    const response = await fetch(`${baseUrl}/attempts/${learner.attemptId}`, {
      method: 'POST',
      headers: { cookie: learner.cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: learner.form,
      redirect: 'manual',
    });
    const body = await response.text();
    if (response.status === 303 && response.headers.get('location') === `/attempts/${learner.attemptId}/result`) return { kind: 'recorded' };
    return { kind: isRetryPage(response.status, body) ? 'retry-page' : 'failed', status: response.status, body: body.slice(0, 2000) };
  } catch (error) {
    return { kind: 'network', message: (error as Error).message };
  }
}

/** The page a learner may retry from: 503, in Vietnamese, asking to try again, with no stack trace. */
export function isRetryPage(status: number, body: string): boolean {
  return status === 503 && /thử lại/i.test(body) && !/\bat .+\.js:\d+/.test(body);
}

/** Runs `task` over the items with `concurrency` workers, like that many browsers at once. */
export async function withConcurrency<T>(items: T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** What the database holds for these attempts: closed ones, and any attempt recorded more than once. */
export async function recordedResults(dataSource: DataSource, attemptIds: number[]): Promise<{ submitted: number; doubledAudit: number[]; certificatesNotOne: number[] }> {
  const ids = In(attemptIds);
  const submitted = await dataSource.getRepository(Attempt).countBy({ id: ids, status: AttemptStatus.Submitted });
  const audits = await dataSource
    .getRepository(AuditEvent)
    .createQueryBuilder('event')
    .select('event.targetId', 'targetId')
    .addSelect('COUNT(*)', 'count')
    .where('event.action = :action', { action: AuditAction.AttemptSubmitted })
    .andWhere('event.targetId IN (:...ids)', { ids: attemptIds.map(String) })
    .groupBy('event.targetId')
    .getRawMany<{ targetId: string; count: number | string }>();
  const certificates = await dataSource
    .getRepository(Certificate)
    .createQueryBuilder('certificate')
    .select('certificate.attemptId', 'attemptId')
    .addSelect('COUNT(*)', 'count')
    .where('certificate.attemptId IN (:...ids)', { ids: attemptIds })
    .groupBy('certificate.attemptId')
    .getRawMany<{ attemptId: number; count: number | string }>();
  const certified = new Map(certificates.map((row) => [Number(row.attemptId), Number(row.count)]));
  return {
    submitted,
    doubledAudit: audits.filter((row) => Number(row.count) > 1).map((row) => Number(row.targetId)),
    certificatesNotOne: attemptIds.filter((id) => certified.get(id) !== 1),
  };
}

/** A connection of the test's own to a portal's database, for checking what was stored. */
export async function openDatabase(url: string): Promise<DataSource> {
  return new DataSource(await dataSourceOptions(parseDatabaseUrl(url))).initialize();
}
