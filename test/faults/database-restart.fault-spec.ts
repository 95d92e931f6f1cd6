import { DataSource } from 'typeorm';
import { ExamLearner, seedLearners, openDatabase, recordedResults, submitOnce, SubmissionAnswer, withConcurrency } from '../helpers/exam-day';
import { PortalProcess, startPortalProcess } from '../helpers/portal-process';
import { describeWithPrivateMariadb, PrivateMariadb, startPrivateMariadb } from '../helpers/private-mariadb';
import { TestDatabase } from '../helpers/test-database';

const COURSE = 'KGM-4032';
const SUBMISSIONS = 1_000;
const CONCURRENCY = 32;
/** The database goes down once this many submissions have been recorded. */
const STOP_AFTER = 150;
const OUTAGE_MS = 4_000;
const LEARNER_PATIENCE_MS = 120_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function healthStatus(baseUrl: string): Promise<number> {
  try {
    return (await fetch(`${baseUrl}/health`)).status;
  } catch {
    return 0;
  }
}

/** A failed answer as a line: status and the page's heading, not the whole page. */
function summary(answer: SubmissionAnswer): string {
  if (answer.kind === 'network') return `network: ${answer.message}`;
  if (answer.kind === 'recorded') return 'recorded';
  return `${answer.status} ${/<h1>([^<]*)<\/h1>/.exec(answer.body)?.[1] ?? answer.body.slice(0, 200)}`;
}

describeWithPrivateMariadb('Exam day: MariaDB stops and starts again while 1,000 submissions are in flight', () => {
  let server: PrivateMariadb;
  let database: TestDatabase;
  let portal: PortalProcess;
  let learners: ExamLearner[];
  let check: DataSource | undefined;

  beforeAll(async () => {
    server = await startPrivateMariadb();
    database = await server.createDatabase();
    learners = await seedLearners(database.url, SUBMISSIONS, COURSE);
    portal = await startPortalProcess(database.url);
  }, 300_000);

  afterAll(async () => {
    await check?.destroy();
    await portal?.stop();
    await server?.close();
  });

  it('answers every learner with a success or a page to retry from, records each result once, and recovers by itself', async () => {
    const answers = new Map<number, SubmissionAnswer[]>();
    let recorded = 0;
    const outage = { healthDuring: [] as number[], healthyAgainAfterMs: -1 };

    const learner = async (person: ExamLearner): Promise<void> => {
      const seen: SubmissionAnswer[] = [];
      answers.set(person.attemptId, seen);
      const giveUpAt = Date.now() + LEARNER_PATIENCE_MS;
      for (;;) {
        const answer = await submitOnce(portal.baseUrl, person);
        seen.push(answer);
        if (answer.kind === 'recorded') return void recorded++;
        // A learner retries from the error page (or after a network error); anything else is a failure.
        if (answer.kind === 'failed' || Date.now() > giveUpAt) return;
        await pause(250);
      }
    };

    const restartDatabase = async (): Promise<void> => {
      while (recorded < STOP_AFTER) await pause(20);
      await server.stop();
      const until = Date.now() + OUTAGE_MS;
      while (Date.now() < until) {
        outage.healthDuring.push(await healthStatus(portal.baseUrl));
        await pause(250);
      }
      await server.start();
      const started = Date.now();
      while (Date.now() - started < 60_000) {
        if ((await healthStatus(portal.baseUrl)) === 200) {
          outage.healthyAgainAfterMs = Date.now() - started;
          break;
        }
        await pause(250);
      }
    };

    await Promise.all([withConcurrency(learners, CONCURRENCY, learner), restartDatabase()]);

    const all = [...answers.values()].flat();
    const failures = all.filter((answer) => answer.kind === 'failed');
    expect(failures.slice(0, 3).map(summary)).toEqual([]);
    // The outage really hit submissions in flight: some learners saw the retry page.
    expect(all.filter((answer) => answer.kind === 'retry-page').length).toBeGreaterThan(0);
    expect(outage.healthDuring.length).toBeGreaterThan(0);
    expect(outage.healthDuring.every((status) => status === 503)).toBe(true);
    expect(outage.healthyAgainAfterMs).toBeGreaterThanOrEqual(0);
    const successPages = [...answers.entries()].filter(([, seen]) => seen.some((answer) => answer.kind === 'recorded')).map(([id]) => id);
    expect(successPages).toHaveLength(SUBMISSIONS);

    check = await openDatabase(database.url);
    const stored = await recordedResults(
      check,
      learners.map((person) => person.attemptId),
    );
    expect(stored).toEqual({ submitted: SUBMISSIONS, doubledAudit: [], certificatesNotOne: [] });
  }, 300_000);
});
