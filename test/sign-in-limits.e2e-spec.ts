import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { FAILURES_PER_ACCOUNT, FAILURES_PER_ADDRESS } from '../src/auth/login-throttle';
import { usePortal } from './helpers/portal-fixture';
import { csrfTokenOf, signIn, TestApp } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

/** Sign-in forms opened one by one, then sent all at once as real concurrent HTTP requests. */
async function sendInParallel(portal: TestApp, attempts: Array<{ username: string; password: string }>): Promise<number[]> {
  const forms: Array<{ agent: TestAgent; token: string }> = [];
  for (const _attempt of attempts) {
    const agent = request.agent(portal.server);
    forms.push({ agent, token: await csrfTokenOf(agent) });
  }
  const responses = await Promise.all(
    attempts.map((attempt, index) =>
      forms[index].agent
        .post('/login')
        .type('form')
        .send({ ...attempt, _csrf: forms[index].token }),
    ),
  );
  return responses.map((response) => response.status);
}

async function passwordChecks(portal: TestApp, usernames: string[]): Promise<number> {
  const failures = await portal.dataSource.getRepository(AuditEvent).findBy({ action: AuditAction.SignInFailed });
  return failures.filter((event) => usernames.includes(event.actorName ?? '')).length;
}

describeEachDatabase('Sign-in limits under parallel requests', (kind) => {
  describe('one account', () => {
    const fixture = usePortal(kind);

    it('lets at most five of 50 simultaneous wrong passwords reach the password check', async () => {
      const statuses = await sendInParallel(
        fixture.portal,
        Array.from({ length: 50 }, (_, index) => ({ username: 'head', password: `wrong-${index}` })),
      );
      expect(await passwordChecks(fixture.portal, ['head'])).toBeLessThanOrEqual(FAILURES_PER_ACCOUNT);
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(50 - FAILURES_PER_ACCOUNT);
      expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    });

    it('gives a successful sign-in its attempt back', async () => {
      for (let round = 0; round < FAILURES_PER_ACCOUNT + 2; round++) {
        expect((await sendInParallel(fixture.portal, [{ username: 'learner', password: 'Demo@2026' }]))[0]).toBe(303);
      }
    });
  });

  describe('one address, many accounts', () => {
    const fixture = usePortal(kind);

    it('lets at most 30 of 80 simultaneous attempts on 80 names reach the password check', async () => {
      const names = Array.from({ length: 80 }, (_, index) => `guess-${index}`);
      const statuses = await sendInParallel(
        fixture.portal,
        names.map((username) => ({ username, password: 'Demo@2026' })),
      );
      expect(await passwordChecks(fixture.portal, names)).toBeLessThanOrEqual(FAILURES_PER_ADDRESS);
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(80 - FAILURES_PER_ADDRESS);
    });
  });
});

describeEachDatabase('The current-password check of /account/password', (kind) => {
  const fixture = usePortal(kind);

  it('is limited like sign-in, even under parallel requests, and every failure is audited', async () => {
    const { agent } = await signIn(fixture.portal.server, 'hr');
    const token = await csrfTokenOf(agent, '/account/password');
    const statuses = (
      await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          agent
            .post('/account/password')
            .type('form')
            .send({ _csrf: token, currentPassword: `wrong-${index}`, newPassword: 'Mat-khau-moi-2026', confirmPassword: 'Mat-khau-moi-2026' }),
        ),
      )
    ).map((response) => response.status);
    expect(statuses.filter((status) => status === 422)).toHaveLength(FAILURES_PER_ACCOUNT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20 - FAILURES_PER_ACCOUNT);
    const events = await fixture.portal.dataSource.getRepository(AuditEvent).findBy({ actorName: 'hr' });
    expect(events.filter((event) => event.action === AuditAction.PasswordCheckFailed)).toHaveLength(FAILURES_PER_ACCOUNT);
    expect(events.filter((event) => event.action === AuditAction.PasswordCheckBlocked)).toHaveLength(20 - FAILURES_PER_ACCOUNT);
    // The same counter guards the sign-in page.
    expect((await signIn(fixture.portal.server, 'hr')).response.status).toBe(429);
  });
});
