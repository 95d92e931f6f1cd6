import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { DataSource, In } from 'typeorm';
import { AttemptQuestion } from '../src/attempts/attempt-question.entity';
import { parseDatabaseUrl } from '../src/config/database-url';
import { dataSourceOptions } from '../src/database/data-source-options';
import { LedgerService } from '../src/compliance/ledger.service';
import { Course } from '../src/courses/course.entity';
import { Department } from '../src/departments/department.entity';
import { forgedSession, insertLearners, insertSessions } from '../test/helpers/forged-sessions';
import { startTestApp } from '../test/helpers/test-app';
import { createTestDatabase, DatabaseKind, TestDatabase } from '../test/helpers/test-database';
import { BenchServer, startBenchServer } from './bench-server';

export const BENCH_SECRET = 'bench-session-secret-0123456789abcdef';
const COURSE = 'KGM-4032';
const CHUNK = 200;

/** One signed-in learner: a forged session, its CSRF token and, once started, an attempt and its right answers. */
export interface Learner {
  userId: number;
  cookie: string;
  token: string;
  attemptId?: number;
  body?: string;
}

export interface LoadResult {
  perSecond: number;
  p50: number;
  p99: number;
  /** Responses other than the expected redirect, and connection errors. */
  refused: number;
}

export interface SubmissionRow {
  count: number;
  connections: number;
  start: LoadResult;
  submit: LoadResult;
  health: LoadResult;
  lost: number;
  doubled: number;
  load: string;
}

/** A database with the demo organisation and courses, and a bare connection to it for fixtures and checks. */
export interface BenchDatabase {
  kind: DatabaseKind;
  database: TestDatabase;
  dataSource: DataSource;
  departmentId: number;
  courseId: number;
}

export async function prepareBenchDatabase(kind: DatabaseKind): Promise<BenchDatabase> {
  const database = await createTestDatabase(kind);
  // Migrations and the demo organisation and courses, exactly as a first start makes them.
  const portal = await startTestApp(database.url, { SESSION_SECRET: BENCH_SECRET });
  await portal.close();
  const dataSource = await new DataSource(await dataSourceOptions(parseDatabaseUrl(database.url))).initialize();
  const department = await dataSource.getRepository(Department).findOneByOrFail({ code: 'XA-AP' });
  const course = await dataSource.getRepository(Course).findOneByOrFail({ code: COURSE });
  return { kind, database, dataSource, departmentId: department.id, courseId: course.id };
}

export async function dropBenchDatabase(bench: BenchDatabase): Promise<void> {
  await bench.dataSource.destroy();
  await bench.database.drop();
}

export function serveBench(bench: BenchDatabase, options: { concurrency?: number; cpuProfileDir?: string } = {}): Promise<BenchServer> {
  return startBenchServer({ databaseUrl: bench.database.url, sessionSecret: BENCH_SECRET, ...options });
}

/** Signed-in learners with no attempt yet, inserted directly (signing in through scrypt would dominate the set-up). */
export async function signedInLearners(bench: BenchDatabase, prefix: string, count: number): Promise<Learner[]> {
  const created = await insertLearners(
    bench.dataSource,
    bench.departmentId,
    Array.from({ length: count }, (_, index) => `${prefix}-${index}`),
  );
  const sessions = created.map((user) => forgedSession(user.id, BENCH_SECRET));
  await insertSessions(bench.dataSource, sessions);
  const learners = created.map((user, index) => ({ userId: user.id, cookie: sessions[index].cookie, token: sessions[index].csrfToken }));
  // Enrolled as the assignment of their department enrols them, before exam day.
  await bench.dataSource.transaction((manager) =>
    new LedgerService().syncLearners(
      manager,
      bench.courseId,
      created.map((user) => user.id),
    ),
  );
  return learners;
}

/** The right answers of every learner's attempt, as the quiz form posts them. */
export async function fillAnswers(bench: BenchDatabase, learners: Learner[]): Promise<void> {
  const byAttempt = new Map(learners.map((learner) => [learner.attemptId!, learner]));
  const ids = [...byAttempt.keys()];
  for (let start = 0; start < ids.length; start += CHUNK) {
    const drawn = await bench.dataSource.getRepository(AttemptQuestion).find({ where: { attemptId: In(ids.slice(start, start + CHUNK)) }, relations: { question: true } });
    const forms = new Map<number, URLSearchParams>();
    for (const item of drawn) {
      const form = forms.get(item.attemptId) ?? new URLSearchParams({ _csrf: byAttempt.get(item.attemptId)!.token });
      for (const option of item.question!.correct) form.append(`q${item.position}`, option);
      forms.set(item.attemptId, form);
    }
    for (const [attemptId, form] of forms) byAttempt.get(attemptId)!.body = form.toString();
  }
}

interface Shot {
  path: string;
  learner: Learner;
  body: string;
  /** True when the response is the one a working portal gives; may record what it learnt. */
  accept(status: number, location: string | undefined): boolean;
}

/** Sends every shot once, `connections` at a time, from this process (the server runs in others). */
async function fire(baseUrl: string, shots: Shot[], connections: number): Promise<LoadResult> {
  let next = 0;
  let refused = 0;
  const clock = new RunClock();
  const result = await autocannon({
    url: baseUrl,
    connections,
    amount: shots.length,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context) => {
          const shot = shots[next++ % shots.length];
          (context as { shot?: Shot }).shot = shot;
          return { ...request, path: shot.path, body: shot.body, headers: { cookie: shot.learner.cookie, 'content-type': 'application/x-www-form-urlencoded' } };
        },
        onResponse: (status, body, context, headers) => {
          // Raw header names, as the server spelt them.
          clock.answered();
          const location = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'location')?.[1] as string | undefined;
          if ((context as { shot: Shot }).shot.accept(status, location)) return;
          if (refused++ === 0) process.stderr.write(`first refused: ${status} ${location ?? ''} ${body.slice(0, 200)}\n`);
        },
      },
    ],
  });
  return { perSecond: clock.perSecond(shots.length), p50: result.latency.p50, p99: result.latency.p99, refused: refused + result.errors + result.timeouts };
}

/**
 * From the start to the last response. autocannon's own `duration` is in whole seconds, and a run
 * of a fixed number of requests ends on its once-a-second tick: a 1,000-request run of 4.2 s
 * would read as 5.
 */
class RunClock {
  private readonly began = performance.now();
  private last = this.began;

  public answered(): void {
    this.last = performance.now();
  }

  public perSecond(requests: number): number {
    return requests / ((this.last - this.began) / 1000);
  }
}

/** GET /health on the same connections: the ceiling of HTTP, sessions aside, on this machine at this moment. */
async function health(baseUrl: string, count: number, connections: number): Promise<LoadResult> {
  const clock = new RunClock();
  const result = await autocannon({ url: baseUrl, connections, amount: count, timeout: 30, requests: [{ method: 'GET', path: '/health', onResponse: () => clock.answered() }] });
  return { perSecond: clock.perSecond(count), p50: result.latency.p50, p99: result.latency.p99, refused: result.non2xx + result.errors };
}

/** `count` learners start the quiz, then submit it, `connections` at a time; then the database is asked what it holds. */
export async function submissionRun(bench: BenchDatabase, server: BenchServer, count: number, connections: number, label: string): Promise<SubmissionRow> {
  const learners = await signedInLearners(bench, label, count);
  // A thousand are enough for a ceiling; the whole run must stay within about 12 minutes.
  const health_ = await health(server.baseUrl, Math.min(count, 1000), connections);
  const start = await fire(
    server.baseUrl,
    learners.map((learner) => ({
      path: `/courses/${COURSE}/attempts`,
      learner,
      body: `_csrf=${learner.token}`,
      accept: (status, location) => {
        const match = /^\/attempts\/(\d+)$/.exec(location ?? '');
        if (status !== 303 || !match) return false;
        learner.attemptId = Number(match[1]);
        return true;
      },
    })),
    connections,
  );
  const started = learners.filter((learner) => learner.attemptId !== undefined);
  if (started.length === 0) throw new Error(`no quiz started (${start.refused} refused)`);
  await fillAnswers(bench, started);
  const accepted = new Set<number>();
  const submit = await fire(
    server.baseUrl,
    started.map((learner) => ({
      path: `/attempts/${learner.attemptId}`,
      learner,
      body: learner.body!,
      accept: (status, location) => {
        const ok = status === 303 && location === `/attempts/${learner.attemptId}/result`;
        if (ok) accepted.add(learner.attemptId!);
        return ok;
      },
    })),
    connections,
  );
  const { lost, doubled } = await checkRecorded(bench, [...accepted]);
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  return { count, connections, start, submit, health: health_, lost, doubled, load };
}

/**
 * Asked of the database itself: an accepted submission whose attempt is not submitted with its
 * certificate is lost; an attempt with more than one submission event or certificate is doubled.
 */
async function count(bench: BenchDatabase, sql: string): Promise<number> {
  const [row] = await bench.dataSource.query<Array<{ n: number | string }>>(sql);
  return Number(row.n);
}

async function checkRecorded(bench: BenchDatabase, attemptIds: number[]): Promise<{ lost: number; doubled: number }> {
  let recorded = 0;
  let doubled = 0;
  for (let start = 0; start < attemptIds.length; start += CHUNK) {
    const ids = attemptIds.slice(start, start + CHUNK);
    const submitted = await count(bench, `SELECT COUNT(*) AS n FROM attempts WHERE status = 'submitted' AND id IN (${ids.join(',')})`);
    const certified = await count(bench, `SELECT COUNT(DISTINCT attempt_id) AS n FROM certificates WHERE attempt_id IN (${ids.join(',')})`);
    recorded += Math.min(submitted, certified);
    doubled += await count(
      bench,
      `SELECT (SELECT COUNT(*) FROM (SELECT attempt_id FROM certificates WHERE attempt_id IN (${ids.join(',')}) GROUP BY attempt_id HAVING COUNT(*) > 1) c)
            + (SELECT COUNT(*) FROM (SELECT target_id FROM audit_events WHERE action = 'attempt.submitted' AND target_id IN (${ids.map((id) => `'${id}'`).join(',')}) GROUP BY target_id HAVING COUNT(*) > 1) a) AS n`,
    );
  }
  return { lost: attemptIds.length - recorded, doubled };
}
