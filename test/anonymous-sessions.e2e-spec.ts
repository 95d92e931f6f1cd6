import request from 'supertest';
import { Session } from '../src/sessions/session.entity';
import { usePortal } from './helpers/portal-fixture';
import { signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

describeEachDatabase('Anonymous visitors', (kind) => {
  const fixture = usePortal(kind);
  const storedSessions = (): Promise<number> => fixture.portal.dataSource.getRepository(Session).count();

  it('store no session, whatever they open', async () => {
    const before = await storedSessions();
    const paths = ['/khong-co-trang-nay', '/login', '/verify', '/my', '/', '/login?next=%2Freports%2Fcompliance'];
    for (let visit = 0; visit < 100; visit++) {
      const response = await request(fixture.portal.server).get(paths[visit % paths.length]);
      expect(response.status).toBeLessThan(500);
      expect(String(response.headers['set-cookie'] ?? '')).not.toContain('attt.sid=');
    }
    expect(await storedSessions()).toBe(before);
  });

  it('get one stored session once they sign in', async () => {
    const before = await storedSessions();
    await signIn(fixture.portal.server, 'learner');
    expect(await storedSessions()).toBe(before + 1);
  });
});
