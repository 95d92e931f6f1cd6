import request from 'supertest';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { FAILURES_PER_ADDRESS } from '../src/auth/login-throttle';
import { usePortal } from './helpers/portal-fixture';
import { csrfTokenOf } from './helpers/test-app';

/** The portal behind one reverse proxy that appends the client's real address to X-Forwarded-For. */
describe('Behind one trusted proxy (TRUST_PROXY=1)', () => {
  const fixture = usePortal('sqlite', () => ({ TRUST_PROXY: '1' }));
  const realClient = '203.0.113.7';

  async function signInThroughProxy(username: string, forged: string): Promise<number> {
    const agent = request.agent(fixture.portal.server);
    const token = await csrfTokenOf(agent);
    const response = await agent.post('/login').set('X-Forwarded-For', `${forged}, ${realClient}`).type('form').send({ username, password: 'wrong', _csrf: token });
    return response.status;
  }

  it('counts failures against the real address however the client rotates X-Forwarded-For', async () => {
    for (let attempt = 0; attempt < FAILURES_PER_ADDRESS; attempt++) {
      expect(await signInThroughProxy(`name-${attempt}`, `198.51.100.${attempt}`)).toBe(401);
    }
    expect(await signInThroughProxy('one-more-name', '198.51.100.250')).toBe(429);
  });

  it('records the real address in the audit log, not the forged one', async () => {
    const failures = await fixture.portal.dataSource.getRepository(AuditEvent).findBy({ action: AuditAction.SignInFailed });
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures.map((event) => event.ip))).toEqual(new Set([realClient]));
  });
});
