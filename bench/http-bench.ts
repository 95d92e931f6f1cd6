import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { AttemptQuestion } from '../src/attempts/attempt-question.entity';
import { AttemptStatus } from '../src/attempts/attempt-status';
import { Attempt } from '../src/attempts/attempt.entity';
import { AttemptsService } from '../src/attempts/attempts.service';
import { Department } from '../src/departments/department.entity';
import { Session } from '../src/sessions/session.entity';
import { Role } from '../src/access/role';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { startTestApp, TestApp } from '../test/helpers/test-app';
import { createTestDatabase, DatabaseKind } from '../test/helpers/test-database';

// express-session's own signer, so the forged session cookies are exactly what a browser would hold.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- cookie-signature ships no types
const signature = require('cookie-signature') as { sign(value: string, secret: string): string };

const SECRET = 'bench-session-secret-0123456789abcdef';
const CONCURRENCY = 32;

interface Learner {
  cookie: string;
  token: string;
  attemptId: number;
  body: string;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

/** Signed-in learners with an attempt each, made directly (signing in through scrypt would dominate the set-up). */
async function learnersWithAttempts(portal: TestApp, count: number): Promise<Learner[]> {
  const department = await portal.dataSource.getRepository(Department).findOneByOrFail({ code: 'XA-AP' });
  const users = portal.app.get(UsersService);
  const attempts = portal.app.get(AttemptsService);
  const learners: Learner[] = [];
  for (let index = 0; index < count; index++) {
    const user = await users.create({ employeeCode: `BENCH-${index}`, fullName: `Học viên ${index}`, departmentId: department.id, role: Role.Learner });
    // No password: these sessions are forged below; only the forced password change must not intercept them.
    await portal.dataSource.getRepository(User).update({ id: user.id }, { mustChangePassword: false });
    const signedIn = (await users.findSignedInUser(user.id))!;
    const attempt = await attempts.start(signedIn, 'KGM-4032', 'bench');
    const drawn = await portal.dataSource.getRepository(AttemptQuestion).find({ where: { attemptId: attempt.id }, relations: { question: true } });
    const form = new URLSearchParams();
    for (const item of drawn) for (const option of item.question!.correct) form.append(`q${item.position}`, option);
    const sid = randomBytes(24).toString('base64url');
    const token = randomBytes(16).toString('hex');
    form.append('_csrf', token);
    const expires = new Date(Date.now() + 3_600_000);
    const data = { cookie: { originalMaxAge: 3_600_000, expires, httpOnly: true, path: '/', sameSite: 'lax' }, passport: { user: user.id }, csrfToken: token };
    await portal.dataSource.getRepository(Session).insert({ id: sid, userId: user.id, expiresAt: expires, data: JSON.stringify(data) });
    learners.push({ cookie: `attt.sid=${encodeURIComponent(`s:${signature.sign(sid, SECRET)}`)}`, token, attemptId: attempt.id, body: form.toString() });
  }
  return learners;
}

/** Quiz submissions through HTTP, CSRF and sessions included, `CONCURRENCY` at a time. */
async function submissions(baseUrl: string, learners: Learner[]): Promise<{ perSecond: number; p50: number; p99: number; failed: number }> {
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const start = process.hrtime.bigint();
  const worker = async (): Promise<void> => {
    while (next < learners.length) {
      const learner = learners[next++];
      const sent = process.hrtime.bigint();
      const response = await fetch(`${baseUrl}/attempts/${learner.attemptId}`, {
        method: 'POST',
        headers: { cookie: learner.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: learner.body,
        redirect: 'manual',
      });
      latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
      if (response.status !== 303 || !response.headers.get('location')?.endsWith('/result')) {
        failed++;
        if (failed === 1) process.stderr.write(`first refused submission: ${response.status} ${response.headers.get('location')}\n`);
      }
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const sorted = latencies.sort((a, b) => a - b);
  return { perSecond: learners.length / seconds, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), failed };
}

/** Server time of the learner's home page, sequential requests on one keep-alive connection. */
async function dashboard(baseUrl: string, learner: Learner, requests = 200): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < requests; index++) {
    const sent = process.hrtime.bigint();
    const response = await fetch(`${baseUrl}/my`, { headers: { cookie: learner.cookie }, redirect: 'manual' });
    if (response.status !== 200) throw new Error(`/my answered ${response.status}`);
    await response.text();
    times.push(Number(process.hrtime.bigint() - sent) / 1e6);
  }
  return percentile(
    times.sort((a, b) => a - b),
    0.5,
  );
}

export async function httpBenchmark(kind: DatabaseKind, count: number): Promise<string[]> {
  const database = await createTestDatabase(kind);
  const portal = await startTestApp(database.url, { SESSION_SECRET: SECRET });
  try {
    await new Promise<void>((resolve) => portal.server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(portal.server.address() as AddressInfo).port}`;
    const learners = await learnersWithAttempts(portal, count);
    const home = await dashboard(baseUrl, learners[0]);
    const result = await submissions(baseUrl, learners);
    const benchSubmitted = await portal.dataSource
      .getRepository(Attempt)
      .createQueryBuilder('attempt')
      .innerJoin('users', 'user', 'user.id = attempt.user_id')
      .where("user.employee_code LIKE 'BENCH-%'")
      .andWhere('attempt.status = :status', { status: AttemptStatus.Submitted })
      .getCount();
    return [
      `| ${kind} | ${count} submissions, ${CONCURRENCY} at a time | ${result.perSecond.toFixed(0)} per second | p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms | ${count - benchSubmitted} lost, ${result.failed} refused |`,
      `| ${kind} | learner home page \`/my\`, 200 sequential requests | median ${home.toFixed(1)} ms (client-measured, loopback) | | |`,
    ];
  } finally {
    await portal.close();
    await database.drop();
  }
}
