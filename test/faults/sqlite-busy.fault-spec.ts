import { DataSource } from 'typeorm';
import { ExamLearner, openDatabase, recordedResults, seedLearners, submitOnce, SubmissionAnswer, withConcurrency } from '../helpers/exam-day';
import { PortalProcess, startPortalProcess } from '../helpers/portal-process';
import { createTestDatabase, TestDatabase } from '../helpers/test-database';

const COURSE = 'KGM-4032';
const OTHER_COURSE = 'NTS-49';
const PORTALS = 3;
const SUBMISSIONS = 300;
const CONCURRENCY = 32;

/** Posts the course page's start button; the status (303 to the quiz when it started). */
async function startQuiz(baseUrl: string, learner: ExamLearner, courseCode: string): Promise<number> {
  const response = await fetch(`${baseUrl}/courses/${courseCode}/attempts`, {
    method: 'POST',
    headers: { cookie: learner.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: learner.csrfToken }).toString(),
    redirect: 'manual',
  });
  await response.arrayBuffer();
  return response.status;
}

describe('Several portal processes on one SQLite file under a burst', () => {
  let database: TestDatabase;
  let portals: PortalProcess[] = [];
  let learners: ExamLearner[];
  let check: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    learners = await seedLearners(database.url, SUBMISSIONS, COURSE);
    portals = await Promise.all(Array.from({ length: PORTALS }, () => startPortalProcess(database.url)));
    check = await openDatabase(database.url);
  }, 300_000);

  afterAll(async () => {
    await check?.destroy();
    await Promise.all(portals.map((portal) => portal.stop()));
    await database?.drop();
  });

  it('records every submission, spread over the processes, without one SQLITE_BUSY', async () => {
    const answers: SubmissionAnswer[] = [];
    const starts: number[] = [];
    let turn = 0;
    await withConcurrency(learners, CONCURRENCY, async (learner) => {
      const portal = portals[turn++ % PORTALS];
      // Beside the submission, the learner starts another course's quiz (a transaction that reads before it writes) and reads their home page.
      const [answer, started] = await Promise.all([
        submitOnce(portal.baseUrl, learner),
        startQuiz(portal.baseUrl, learner, OTHER_COURSE),
        fetch(`${portal.baseUrl}/my`, { headers: { cookie: learner.cookie } }).then((response) => response.text()),
      ]);
      answers.push(answer);
      starts.push(started);
    });
    const logs = portals.map((portal) => portal.log()).join('\n');
    expect(logs.match(/SQLITE_BUSY[^"]*/g) ?? []).toEqual([]);
    expect(answers.filter((answer) => answer.kind !== 'recorded').slice(0, 3)).toEqual([]);
    expect(starts.filter((status) => status !== 303)).toEqual([]);
    expect(
      await recordedResults(
        check,
        learners.map((learner) => learner.attemptId),
      ),
    ).toEqual({ submitted: SUBMISSIONS, doubledAudit: [], certificatesNotOne: [] });
  });
});
