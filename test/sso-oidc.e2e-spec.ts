import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { SESSION_COOKIE } from '../src/sessions/sessions.module';
import { User } from '../src/users/user.entity';
import { ProviderBrowser, startTestProvider, TestProvider } from './helpers/oidc-provider';
import { usePortal } from './helpers/portal-fixture';
import { csrfTokenOf, startTestApp } from './helpers/test-app';
import { createTestDatabase, describeEachDatabase } from './helpers/test-database';

/** supertest never listens here: the address only names the redirect URI registered at the provider. */
const PORTAL_URL = 'http://127.0.0.1:9';
const ACCOUNTS = {
  hang: { name: 'Nguyễn Thị Hằng', employee_code: 'AH0004', email: 'hang@skhcn.example.gov.vn' },
  stranger: { name: 'Người Lạ', employee_code: 'ZZ9999', email: 'la@example.gov.vn' },
  newcomer: { name: 'Đỗ Minh Khoa', employee_code: 'NEW0001', department_code: 'SKHCN-CDS' },
};

function useProvider(): { provider: TestProvider } {
  const holder = {} as { provider: TestProvider };
  beforeAll(async () => {
    holder.provider = await startTestProvider(PORTAL_URL, ACCOUNTS);
  });
  afterAll(async () => holder.provider?.close());
  return holder;
}

function oidcEnv(provider: TestProvider, extra: Record<string, string> = {}): Record<string, string> {
  return { PUBLIC_URL: PORTAL_URL, OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret, ...extra };
}

/** The portal's redirect to the provider, the provider's login page, and the way back. */
async function throughProvider(agent: TestAgent, login: string, browser = new ProviderBrowser()): Promise<string> {
  const start = await agent.get('/auth/oidc').expect(303);
  expect(start.headers.location).toMatch(/code_challenge_method=S256/);
  expect(start.headers.location).toMatch(/[?&]nonce=/);
  const back = await browser.signIn(start.headers.location, login);
  expect(back.startsWith(`${PORTAL_URL}/auth/oidc/callback?`)).toBe(true);
  return back.slice(PORTAL_URL.length);
}

async function auditActions(fixture: { portal: { dataSource: import('typeorm').DataSource } }, action: AuditAction): Promise<AuditEvent[]> {
  return fixture.portal.dataSource.getRepository(AuditEvent).findBy({ action });
}

describeEachDatabase('Sign-in with OpenID Connect', (kind) => {
  const holder = useProvider();
  const fixture = usePortal(kind, () => oidcEnv(holder.provider));

  afterEach(async () => holder.provider.setMode('normal'));

  it('offers the SSO button beside the password form', async () => {
    const page = await request(fixture.portal.server).get('/login').expect(200);
    expect(page.text).toContain('Đăng nhập bằng tài khoản công vụ');
    expect(page.text).toContain('href="/auth/oidc"');
    expect(page.text).toContain('name="password"');
  });

  it('signs a matched person in with a new session id and lands on their home page', async () => {
    const agent = request.agent(fixture.portal.server);
    await agent.get('/login?next=%2Fcourses').expect(200);
    const callback = await throughProvider(agent, 'hang');
    const landed = await agent.get(callback).expect(303);
    expect(landed.headers.location).toBe('/my');
    expect(String(landed.headers['set-cookie'])).toContain(`${SESSION_COOKIE}=`);
    const home = await agent.get('/my').expect(200);
    expect(home.text).toContain('Nguyễn Thị Hằng');
    const signIns = await auditActions(fixture, AuditAction.SsoSignIn);
    expect(signIns.at(-1)).toMatchObject({ actorName: 'learner', details: { via: 'oidc', sub: 'hang' } });
  });

  it('refuses an identity that matches nobody, says whom to contact, and audits it', async () => {
    const agent = request.agent(fixture.portal.server);
    const refused = await agent.get(await throughProvider(agent, 'stranger')).expect(403);
    expect(refused.text).toContain('chưa được gắn với cán bộ nào');
    expect(refused.text).toContain('Vui lòng liên hệ bộ phận tổ chức cán bộ');
    await agent.get('/my').expect(303).expect('location', '/login?next=%2Fmy');
    const events = await auditActions(fixture, AuditAction.SsoRefused);
    expect(events.at(-1)).toMatchObject({ actorName: 'stranger', details: { via: 'oidc', reason: 'no-person', value: 'ZZ9999' } });
  });

  it('refuses a callback whose state is not the one sent', async () => {
    const agent = request.agent(fixture.portal.server);
    const callback = await throughProvider(agent, 'hang');
    const page = await agent.get(callback.replace(/state=[^&]+/, 'state=forged-state')).expect(400);
    expect(page.text).toContain('Không xác nhận được thông tin đăng nhập');
    expect((await auditActions(fixture, AuditAction.SsoCallbackFailed)).at(-1)?.details).toMatchObject({ message: expect.stringMatching(/state/) });
  });

  it('refuses a replayed code, even with the flow cookie captured', async () => {
    const agent = request.agent(fixture.portal.server);
    const start = await agent.get('/auth/oidc').expect(303);
    const flowCookie = start.headers['set-cookie'][0].split(';')[0];
    const callback = (await new ProviderBrowser().signIn(start.headers.location, 'hang')).slice(PORTAL_URL.length);
    await agent.get(callback).expect(303).expect('location', '/my');
    const replay = await request(fixture.portal.server).get(callback).set('Cookie', flowCookie).expect(400);
    expect(replay.text).toContain('Không xác nhận được');
    expect((await auditActions(fixture, AuditAction.SsoCallbackFailed)).at(-1)?.details).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a callback without the flow cookie (an old or foreign link)', async () => {
    const agent = request.agent(fixture.portal.server);
    const callback = await throughProvider(agent, 'hang');
    const page = await request(fixture.portal.server).get(callback).expect(400);
    expect(page.text).toContain('Phiên đăng nhập đã hết hạn');
  });

  it('refuses an expired ID token', async () => {
    await holder.provider.setMode('expired');
    const agent = request.agent(fixture.portal.server);
    await agent.get(await throughProvider(agent, 'hang')).expect(400);
    expect((await auditActions(fixture, AuditAction.SsoCallbackFailed)).at(-1)?.details).toMatchObject({ message: expect.stringMatching(/exp/i) });
    await agent.get('/my').expect(303);
  });

  it('refuses an ID token whose signature was tampered with', async () => {
    await holder.provider.setMode('tampered');
    const agent = request.agent(fixture.portal.server);
    await agent.get(await throughProvider(agent, 'hang')).expect(400);
    expect((await auditActions(fixture, AuditAction.SsoCallbackFailed)).at(-1)?.details).toMatchObject({ message: expect.stringMatching(/signature/i) });
    await agent.get('/my').expect(303);
  });

  it('shows a friendly page when the person cancels at the provider', async () => {
    const agent = request.agent(fixture.portal.server);
    await agent.get('/auth/oidc').expect(303);
    const page = await agent.get('/auth/oidc/callback?error=access_denied&state=x').expect(401);
    expect(page.text).toContain('đã bị hủy hoặc bị từ chối');
    expect((await auditActions(fixture, AuditAction.SsoCallbackFailed)).at(-1)?.details).toMatchObject({ error: 'access_denied' });
  });

  it('answers repeated callback parameters with a 4xx page, never a 500', async () => {
    const agent = request.agent(fixture.portal.server);
    const callback = await throughProvider(agent, 'hang');
    const response = await agent.get(`${callback}&code=second`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('signs out of the portal and of the provider (RP-initiated logout), and back to /login', async () => {
    const agent = request.agent(fixture.portal.server);
    const browser = new ProviderBrowser();
    await agent.get(await throughProvider(agent, 'hang', browser)).expect(303);
    const token = await csrfTokenOf(agent, '/my');
    const signOut = await agent.post('/logout').type('form').send({ _csrf: token }).expect(303);
    expect(signOut.headers.location.startsWith(`${holder.provider.issuer}/session/end?`)).toBe(true);
    expect(signOut.headers.location).toContain('id_token_hint=');
    expect(await browser.confirmSignOut(signOut.headers.location)).toBe(`${PORTAL_URL}/login`);
    await agent.get('/my').expect(303).expect('location', '/login?next=%2Fmy');
    expect((await auditActions(fixture, AuditAction.SignOut)).at(-1)?.actorName).toBe('learner');
  });

  it('lets an administrator turn local passwords off for a person, who still signs in through SSO', async () => {
    const admin = request.agent(fixture.portal.server);
    await admin.get(await throughProvider(admin, 'hang')).expect(303);
    const { signIn } = await import('./helpers/test-app');
    const { agent: adminAgent } = await signIn(fixture.portal.server, 'admin');
    const token = await csrfTokenOf(adminAgent, '/people/AH0004/history');
    await adminAgent.post('/people/AH0004/local-login').type('form').send({ _csrf: token, allowed: 'maybe' }).expect(400);
    await adminAgent.post('/people/AH0004/local-login').type('form').send({ _csrf: token, allowed: 'false' }).expect(303);
    expect((await signIn(fixture.portal.server, 'learner')).response.status).toBe(401);
    const again = request.agent(fixture.portal.server);
    await again
      .get(await throughProvider(again, 'hang'))
      .expect(303)
      .expect('location', '/my');
    const person = await fixture.portal.dataSource.getRepository(User).findOneByOrFail({ employeeCode: 'AH0004' });
    expect(person).toMatchObject({ localLoginDisabled: true, passwordHash: null });
    expect((await auditActions(fixture, AuditAction.LocalLoginChanged)).at(-1)).toMatchObject({ actorName: 'admin', details: { localLogin: false } });
  });
});

describeEachDatabase('OpenID Connect options', (kind) => {
  const holder = useProvider();

  describe('SSO_CREATE_USERS=true and LOCAL_LOGIN=false', () => {
    const fixture = usePortal(kind, () => oidcEnv(holder.provider, { SSO_CREATE_USERS: 'true', LOCAL_LOGIN: 'false' }));

    it('creates a person in the department the provider names, and offers no password form', async () => {
      const page = await request(fixture.portal.server).get('/login').expect(200);
      expect(page.text).not.toContain('name="password"');
      const agent = request.agent(fixture.portal.server);
      await agent
        .get(await throughProvider(agent, 'newcomer'))
        .expect(303)
        .expect('location', '/my');
      const person = await fixture.portal.dataSource.getRepository(User).findOneByOrFail({ employeeCode: 'NEW0001' });
      expect(person).toMatchObject({ fullName: 'Đỗ Minh Khoa', localLoginDisabled: true, passwordHash: null });
      expect(await auditActions(fixture, AuditAction.UserCreatedBySso)).toHaveLength(1);
      expect((await request(fixture.portal.server).post('/login').type('form').send({ username: 'learner', password: 'Demo@2026' })).status).toBe(403);
    });
  });
});

describe('An identity provider that does not answer discovery', () => {
  it('leaves the portal running with local sign-in, and says so on /health', async () => {
    const database = await createTestDatabase('sqlite');
    const portal = await startTestApp(database.url, { OIDC_ISSUER: 'http://127.0.0.1:9/realms/none', OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' });
    try {
      const health = await request(portal.server).get('/health').expect(200);
      expect(health.body).toEqual({ status: 'ok', details: { oidc: { issuer: 'http://127.0.0.1:9/realms/none', state: 'unavailable', signIn: 'local only' } } });
      const page = await request(portal.server).get('/login').expect(200);
      expect(page.text).not.toContain('tài khoản công vụ</a>');
      expect(page.text).toContain('name="password"');
      const start = await request(portal.server).get('/auth/oidc').expect(503);
      expect(start.text).toContain('tạm thời không phản hồi');
    } finally {
      await portal.close();
      await database.drop();
    }
  });
});
