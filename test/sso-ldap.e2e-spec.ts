import request from 'supertest';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { FAILURES_PER_ACCOUNT } from '../src/auth/login-throttle';
import { usePortal } from './helpers/portal-fixture';
import { LDAP_SERVICE, LDAP_SUFFIX, describeWithSlapd, startTestDirectory, TestDirectory } from './helpers/slapd';
import { signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

const PEOPLE = [
  { uid: 'hang.nt', password: 'Ldap-Pass-2026', employeeNumber: 'AH0004' },
  { uid: 'duc.pv', password: 'Ldap-Pass-2026', employeeNumber: 'AH0003' },
  { uid: 'ghost', password: 'Ldap-Pass-2026', employeeNumber: 'ZZ0001' },
  { uid: 'ha.lt', password: 'Ldap-Pass-2026', employeeNumber: 'AH0002' },
];

describeWithSlapd('LDAP sign-in against a real slapd', () => {
  const holder = {} as { directory: TestDirectory };
  beforeAll(async () => {
    holder.directory = await startTestDirectory(PEOPLE);
  });
  afterAll(async () => holder.directory?.close());

  describeEachDatabase('the username and password form', (kind) => {
    const fixture = usePortal(kind, () => ({
      LDAP_URL: holder.directory.url,
      LDAP_BIND_DN: LDAP_SERVICE.dn,
      LDAP_BIND_PASSWORD: LDAP_SERVICE.password,
      LDAP_SEARCH_BASE: `ou=people,${LDAP_SUFFIX}`,
      LDAP_SEARCH_FILTER: '(&(objectClass=inetOrgPerson)(uid={{username}}))',
      LDAP_MATCH_ATTRIBUTE: 'employeeNumber',
    }));
    const events = async (action: AuditAction): Promise<AuditEvent[]> => fixture.portal.dataSource.getRepository(AuditEvent).findBy({ action });

    it('signs a person in with the directory password and lands on their home page', async () => {
      const { agent, response } = await signIn(fixture.portal.server, 'hang.nt', 'Ldap-Pass-2026');
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe('/my');
      expect((await agent.get('/my').expect(200)).text).toContain('Nguyễn Thị Hằng');
      expect((await events(AuditAction.SignIn)).at(-1)?.actorName).toBe('learner');
    });

    it('refuses a wrong directory password, and audits it', async () => {
      const { response } = await signIn(fixture.portal.server, 'duc.pv', 'wrong-password');
      expect(response.status).toBe(401);
      expect(response.text).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
      expect((await events(AuditAction.LdapSignInFailed)).at(-1)).toMatchObject({ actorName: 'duc.pv', details: { reason: 'wrong_password' } });
    });

    it('refuses an empty password (an anonymous bind would succeed)', async () => {
      expect((await signIn(fixture.portal.server, 'duc.pv', '')).response.status).toBe(401);
    });

    it('treats a filter injection as a name, never as a filter', async () => {
      // Unescaped, 'hang.n*' would find exactly hang.nt and the right password would sign in.
      for (const name of ['*)(uid=*', '*', 'hang.n*', 'hang.nt)(|(uid=*']) {
        const { response } = await signIn(fixture.portal.server, name, 'Ldap-Pass-2026');
        expect(response.status).toBe(401);
      }
      expect(await events(AuditAction.SsoRefused)).toEqual([]);
    });

    it('refuses a directory identity that matches no person, saying whom to contact', async () => {
      const { response } = await signIn(fixture.portal.server, 'ghost', 'Ldap-Pass-2026');
      expect(response.status).toBe(403);
      expect(response.text).toContain('chưa được gắn với cán bộ nào');
      expect((await events(AuditAction.SsoRefused)).at(-1)).toMatchObject({ actorName: 'ghost', details: { via: 'ldap', reason: 'no-person', value: 'ZZ0001' } });
    });

    it('locks the account after the same number of failures as local sign-in', async () => {
      for (let attempt = 0; attempt < FAILURES_PER_ACCOUNT; attempt++) {
        expect((await signIn(fixture.portal.server, 'ha.lt', `wrong-${attempt}`)).response.status).toBe(401);
      }
      const blocked = await signIn(fixture.portal.server, 'ha.lt', 'Ldap-Pass-2026');
      expect(blocked.response.status).toBe(429);
      expect((await events(AuditAction.SignInBlocked)).at(-1)?.actorName).toBe('ha.lt');
    });

    it('still accepts local passwords for accounts outside the directory', async () => {
      expect((await signIn(fixture.portal.server, 'admin')).response.status).toBe(303);
    });

    it('signs out', async () => {
      const { agent } = await signIn(fixture.portal.server, 'hang.nt', 'Ldap-Pass-2026');
      const token = /name="_csrf" value="([^"]+)"/.exec((await agent.get('/my').expect(200)).text)![1];
      await agent.post('/logout').type('form').send({ _csrf: token }).expect(303).expect('location', '/login');
      await agent.get('/my').expect(303);
      expect(await request(fixture.portal.server).get('/login').expect(200)).toBeTruthy();
    });
  });
});
