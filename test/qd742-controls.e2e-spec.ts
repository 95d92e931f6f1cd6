import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { Session } from '../src/sessions/session.entity';
import { User } from '../src/users/user.entity';
import { usePortal } from './helpers/portal-fixture';
import { csrfTokenOf, signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

async function changePassword(agent: TestAgent, currentPassword: string, newPassword: string): Promise<request.Response> {
  const token = await csrfTokenOf(agent, '/account/password');
  return agent.post('/account/password').type('form').send({ _csrf: token, currentPassword, newPassword, confirmPassword: newPassword });
}

describeEachDatabase('QĐ 742 controls', (kind) => {
  describe('password policy from configuration', () => {
    const fixture = usePortal(kind, () => ({ PASSWORD_MIN_LENGTH: '14', PASSWORD_MIN_CLASSES: '4', PASSWORD_HISTORY: '3', PASSWORD_MAX_AGE_DAYS: '90' }));

    it('refuses a password shorter or simpler than configured', async () => {
      const { agent } = await signIn(fixture.portal.server, 'learner');
      expect((await changePassword(agent, 'Demo@2026', 'Mat-khau-2026')).text).toContain('Mật khẩu phải có ít nhất 14 ký tự.');
      expect((await changePassword(agent, 'Demo@2026', 'Matkhaurieng2026')).text).toContain('ít nhất bốn trong bốn loại');
    });

    it('refuses any of the last three passwords, and accepts an older one again', async () => {
      const { agent } = await signIn(fixture.portal.server, 'learner');
      expect((await changePassword(agent, 'Demo@2026', 'Mat-khau-thu-nhat-1')).status).toBe(303);
      expect((await changePassword(agent, 'Mat-khau-thu-nhat-1', 'Mat-khau-thu-hai-2')).status).toBe(303);
      const reused = await changePassword(agent, 'Mat-khau-thu-hai-2', 'Mat-khau-thu-nhat-1');
      expect(reused.status).toBe(422);
      expect(reused.text).toContain('Không được dùng lại một trong 3 mật khẩu gần nhất.');
      expect((await changePassword(agent, 'Mat-khau-thu-hai-2', 'Mat-khau-thu-ba-33')).status).toBe(303);
      expect((await changePassword(agent, 'Mat-khau-thu-ba-33', 'Mat-khau-thu-nhat-1')).status).toBe(422);
      expect((await changePassword(agent, 'Mat-khau-thu-ba-33', 'Mat-khau-thu-tu-444')).status).toBe(303);
      expect((await changePassword(agent, 'Mat-khau-thu-tu-444', 'Mat-khau-thu-nhat-1')).status).toBe(303);
    });

    it('makes a person whose password is older than 90 days change it at sign-in', async () => {
      const users = fixture.portal.dataSource.getRepository(User);
      await users.update({ username: 'head' }, { passwordChangedAt: new Date(Date.now() - 91 * 24 * 3600 * 1000) });
      const { agent, response } = await signIn(fixture.portal.server, 'head');
      expect(response.headers.location).toBe('/account/password');
      await agent.get('/head').expect(303).expect('Location', '/account/password');
      expect((await changePassword(agent, 'Demo@2026', 'Mat-khau-truong-don-vi-1')).status).toBe(303);
      await agent.get('/head').expect(200);
      expect((await signIn(fixture.portal.server, 'hr')).response.headers.location).toBe('/hr');
    });
  });

  describe('session timeouts', () => {
    const fixture = usePortal(kind);
    const sessions = () => fixture.portal.dataSource.getRepository(Session);
    const sessionOf = async (userId: number) => sessions().findOneByOrFail({ userId });

    it('ends a session 30 minutes after the last request by default', async () => {
      const { agent, response } = await signIn(fixture.portal.server, 'learner');
      const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((value) => value.startsWith('attt.sid='))!;
      const expires = new Date(/Expires=([^;]+)/.exec(cookie)![1]).getTime();
      expect(expires - Date.now()).toBeGreaterThan(29 * 60_000);
      expect(expires - Date.now()).toBeLessThanOrEqual(30 * 60_000);
      const learner = await fixture.portal.dataSource.getRepository(User).findOneByOrFail({ username: 'learner' });
      await agent.get('/my').expect(200);
      await sessions().update({ userId: learner.id }, { expiresAt: new Date(Date.now() - 1000) });
      await agent.get('/my').expect(303).expect('Location', '/login?next=%2Fmy');
    });

    it('ends a session 12 hours after sign-in however active it is', async () => {
      const { agent } = await signIn(fixture.portal.server, 'hr');
      const hr = await fixture.portal.dataSource.getRepository(User).findOneByOrFail({ username: 'hr' });
      const stored = await sessionOf(hr.id);
      const data = JSON.parse(stored.data) as { signedInAt: number };
      expect(Math.abs(data.signedInAt - Date.now())).toBeLessThan(60_000);
      await agent.get('/hr').expect(200);
      await sessions().update({ id: stored.id }, { data: JSON.stringify({ ...data, signedInAt: Date.now() - 12 * 3600 * 1000 - 1000 }) });
      await agent.get('/hr').expect(303).expect('Location', '/login?next=%2Fhr');
      expect(await sessions().countBy({ id: stored.id })).toBe(0);
    });
  });

  describe('ADMIN_ALLOW_FROM, on the real client address', () => {
    const fixture = usePortal(kind, () => ({ TRUST_PROXY: '1', ADMIN_ALLOW_FROM: '10.0.0.0/8, 192.168.1.7' }));

    it('answers admin pages from other addresses with 404, and keeps the rest of the portal', async () => {
      const { agent } = await signIn(fixture.portal.server, 'admin');
      const from = (address: string, path: string) => agent.get(path).set('X-Forwarded-For', `10.9.9.9, ${address}`);
      for (const path of ['/admin', '/admin/audit', '/admin/settings/certificates']) {
        expect([path, (await from('203.0.113.7', path)).status]).toEqual([path, 404]);
        expect([path, (await from('10.1.2.3', path)).status]).toEqual([path, 200]);
      }
      expect((await from('192.168.1.7', '/admin/audit')).status).toBe(200);
      expect((await from('203.0.113.7', '/my')).status).toBe(200);
    });
  });
});
