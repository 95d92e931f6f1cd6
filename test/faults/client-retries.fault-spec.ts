import { DataSource } from 'typeorm';
import { AttemptQuestion } from '../../src/attempts/attempt-question.entity';
import { AttemptStatus } from '../../src/attempts/attempt-status';
import { Attempt } from '../../src/attempts/attempt.entity';
import { Certificate } from '../../src/certificates/certificate.entity';
import { ExamLearner, openDatabase, recordedResults, seedLearners, submitOnce } from '../helpers/exam-day';
import { PortalProcess, startPortalProcess } from '../helpers/portal-process';
import { createFaultDatabase, describeEachFaultDatabase, PrivateMariadb } from '../helpers/private-mariadb';
import { TestDatabase } from '../helpers/test-database';

const COURSE = 'KGM-4032';
const LEARNERS = 12;

describeEachFaultDatabase('Client retries against a portal process', (kind) => {
  let server: PrivateMariadb | undefined;
  let database: TestDatabase;
  let portal: PortalProcess;
  let learners: ExamLearner[];
  let check: DataSource;

  beforeAll(async () => {
    ({ database, server } = await createFaultDatabase(kind));
    learners = await seedLearners(database.url, LEARNERS, COURSE);
    portal = await startPortalProcess(database.url);
    check = await openDatabase(database.url);
  }, 300_000);

  afterAll(async () => {
    await check?.destroy();
    await portal?.stop();
    await database?.drop();
    await server?.close();
  });

  it('records one result when the same submission arrives three times at once', async () => {
    const onTime = learners.slice(0, LEARNERS / 2);
    const answers = await Promise.all(onTime.map((learner) => Promise.all([submitOnce(portal.baseUrl, learner), submitOnce(portal.baseUrl, learner), submitOnce(portal.baseUrl, learner)])));
    // Each of the three copies gets the success page: the browser that sent the retry sees its result.
    expect(answers.flat().map((answer) => answer.kind)).toEqual(Array<string>(onTime.length * 3).fill('recorded'));
    expect(
      await recordedResults(
        check,
        onTime.map((learner) => learner.attemptId),
      ),
    ).toEqual({ submitted: onTime.length, doubledAudit: [], certificatesNotOne: [] });
  });

  it('refuses a submission after the deadline, sent three times at once, as late: scored zero, no answers kept, no certificate', async () => {
    const late = learners.slice(LEARNERS / 2);
    const ids = late.map((learner) => learner.attemptId);
    // Past the time limit and its 30 s grace.
    for (const id of ids) await check.getRepository(Attempt).update({ id }, { deadlineAt: new Date(Date.now() - 60_000) });
    const answers = await Promise.all(late.map((learner) => Promise.all([submitOnce(portal.baseUrl, learner), submitOnce(portal.baseUrl, learner), submitOnce(portal.baseUrl, learner)])));
    // The learner lands on the result page, which says the time ran out (product.md §3: rejected, never silently accepted).
    expect(answers.flat().map((answer) => answer.kind)).toEqual(Array<string>(late.length * 3).fill('recorded'));
    for (const id of ids) {
      expect(await check.getRepository(Attempt).findOneByOrFail({ id })).toMatchObject({ status: AttemptStatus.Expired, scorePercent: 0, passed: false });
      expect((await check.getRepository(AttemptQuestion).findBy({ attemptId: id })).every((item) => item.answer === null)).toBe(true);
    }
    expect(await check.getRepository(Certificate).countBy(ids.map((attemptId) => ({ attemptId })))).toBe(0);
    const result = await fetch(`${portal.baseUrl}/attempts/${late[0].attemptId}/result`, { headers: { cookie: late[0].cookie } });
    expect(result.status).toBe(200);
    expect(await result.text()).toContain('quá thời gian cho phép');
  });
});
