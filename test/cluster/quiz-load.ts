import { DataSource, In } from 'typeorm';
import { AttemptQuestion } from '../../src/attempts/attempt-question.entity';
import { AttemptStatus } from '../../src/attempts/attempt-status';
import { Attempt } from '../../src/attempts/attempt.entity';
import { drawQuestions, shuffle } from '../../src/attempts/quiz-rules';
import { Course } from '../../src/courses/course.entity';
import { CourseVersion } from '../../src/courses/course-version.entity';
import { Question } from '../../src/courses/question.entity';
import { Department } from '../../src/departments/department.entity';
import { forgedSession, insertLearners, insertSessions } from '../helpers/forged-sessions';

const CHUNK = 500;

export interface QuizTaker {
  employeeCode: string;
  cookie: string;
  attemptId: number;
  body: string;
}

/**
 * People in one department, inserted in bulk (creating them one by one through the portal would
 * take longer than the load itself), each with a signed-in session; the first `withAttempts`
 * also have an attempt in progress at `courseCode` and the form that answers it rightly.
 */
export async function createQuizTakers(
  dataSource: DataSource,
  options: { count: number; withAttempts: number; departmentCode: string; courseCode: string; sessionSecret: string },
): Promise<QuizTaker[]> {
  const department = await dataSource.getRepository(Department).findOneByOrFail({ code: options.departmentCode });
  const codes = Array.from({ length: options.count }, (_, index) => `CL${String(index).padStart(5, '0')}`);
  const users = (await insertLearners(dataSource, department.id, codes)).slice(0, options.withAttempts);
  const course = await dataSource.getRepository(Course).findOneByOrFail({ code: options.courseCode });
  const version = await dataSource.getRepository(CourseVersion).findOneByOrFail({ id: course.currentVersionId! });
  const bank = await dataSource.getRepository(Question).find({ where: { courseVersionId: version.id }, order: { position: 'ASC' } });
  const startedAt = new Date();
  const deadlineAt = new Date(startedAt.getTime() + 6 * 3_600_000);
  for (let start = 0; start < users.length; start += CHUNK) {
    const attempts = users.slice(start, start + CHUNK).map((user) => ({
      userId: user.id,
      courseId: course.id,
      courseVersionId: version.id,
      status: AttemptStatus.InProgress,
      inProgressKey: `${user.id}:${course.id}`,
      startedAt,
      deadlineAt,
      questionCount: version.questionsPerAttempt,
    }));
    await dataSource.getRepository(Attempt).insert(attempts);
  }
  // Ids read back, not derived from the insert: on Galera they need not be consecutive.
  const attempts = await dataSource.getRepository(Attempt).find({ where: { courseId: course.id, userId: In(users.map((user) => user.id)) } });
  const questions = attempts.flatMap((attempt) =>
    drawQuestions(bank, version.questionsPerAttempt).map((question, index) => ({ attempt, position: index + 1, question, optionOrder: shuffle(question.options.map((option) => option.id)) })),
  );
  for (let start = 0; start < questions.length; start += CHUNK * 4) {
    await dataSource
      .getRepository(AttemptQuestion)
      .insert(
        questions
          .slice(start, start + CHUNK * 4)
          .map((item) => ({ attemptId: item.attempt.id, position: item.position, questionId: item.question.id, optionOrder: item.optionOrder, answer: null, isCorrect: null })),
      );
  }
  const byUser = new Map(users.map((user) => [user.id, user]));
  const takers = attempts.map((attempt) => {
    const form = new URLSearchParams();
    for (const item of questions.filter((entry) => entry.attempt.id === attempt.id)) for (const option of item.question.correct) form.append(`q${item.position}`, option);
    const session = forgedSession(attempt.userId, options.sessionSecret);
    form.append('_csrf', session.csrfToken);
    return { employeeCode: byUser.get(attempt.userId)!.employeeCode, cookie: session.cookie, attemptId: attempt.id, body: form.toString(), session };
  });
  await insertSessions(
    dataSource,
    takers.map((taker) => taker.session),
  );
  return takers.map(({ session: _session, ...taker }) => taker);
}

export interface LoadResult {
  /** Attempts whose result page the client finally saw. */
  succeeded: Set<number>;
  /** Failed tries (network error, 5xx) that the client retried. */
  retried: number;
  /** Form accepted, but the result page that followed did not show it (read-your-writes broken). */
  staleReads: number;
  /** Clients that never got their result. */
  gaveUp: number[];
  seconds: number;
  latenciesMs: number[];
}

const TRIES = 30;

/**
 * Submits every taker's quiz through `baseUrl`, `concurrency` at a time, as a patient browser
 * would: an error or a lost answer is retried until the result page shows. `onProgress` sees the
 * count of finished submissions (to time the faults).
 */
export async function submitAll(baseUrl: string, takers: QuizTaker[], concurrency: number, onProgress: (done: number) => void): Promise<LoadResult> {
  const result: LoadResult = { succeeded: new Set(), retried: 0, staleReads: 0, gaveUp: [], seconds: 0, latenciesMs: [] };
  let next = 0;
  const started = Date.now();
  const worker = async (): Promise<void> => {
    while (next < takers.length) {
      const taker = takers[next++];
      const sent = Date.now();
      let done = false;
      for (let attempt = 0; attempt < TRIES && !done; attempt++) {
        if (attempt > 0) {
          result.retried++;
          await new Promise((resolve) => setTimeout(resolve, 200 * Math.min(attempt, 5)));
        }
        const outcome = await submitOnce(baseUrl, taker).catch((): Outcome => 'failed');
        if (outcome === 'stale') result.staleReads++;
        done = outcome === 'shown';
      }
      if (done) {
        result.succeeded.add(taker.attemptId);
        result.latenciesMs.push(Date.now() - sent);
      } else {
        result.gaveUp.push(taker.attemptId);
      }
      onProgress(result.succeeded.size + result.gaveUp.length);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

type Outcome = 'shown' | 'stale' | 'failed';

/** One try: the form's POST must redirect to the result, and the result page (on whichever instance) must show the verdict. */
async function submitOnce(baseUrl: string, taker: QuizTaker): Promise<Outcome> {
  const posted = await fetch(`${baseUrl}/attempts/${taker.attemptId}`, {
    method: 'POST',
    headers: { cookie: taker.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: taker.body,
    redirect: 'manual',
  });
  await posted.arrayBuffer();
  if (posted.status !== 303 || posted.headers.get('location') !== `/attempts/${taker.attemptId}/result`) return 'failed';
  const page = await fetch(`${baseUrl}/attempts/${taker.attemptId}/result`, { headers: { cookie: taker.cookie }, redirect: 'manual' });
  const html = await page.text();
  if (page.status >= 500) return 'failed';
  return page.status === 200 && html.includes('<strong>ĐẠT</strong> với 100%') ? 'shown' : 'stale';
}
