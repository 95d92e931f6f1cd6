import request from 'supertest';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { FAILURES_PER_ACCOUNT } from '../src/auth/login-throttle';
import { Department } from '../src/departments/department.entity';
import { Role } from '../src/access/role';
import { UsersService } from '../src/users/users.service';
import { csrfTokenOf, signIn } from './helpers/test-app';
import { usePortal } from './helpers/portal-fixture';
import { describeEachDatabase } from './helpers/test-database';

const SESSION_COOKIE = /attt\.sid=([^;]+)/;

function sessionCookie(response: request.Response): string | undefined {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  return cookies.map((cookie) => SESSION_COOKIE.exec(cookie)?.[1]).find(Boolean);
}

describeEachDatabase('Sign-in', (kind) => {
  const fixture = usePortal(kind);

  const auditActions = async (): Promise<string[]> => (await fixture.portal.dataSource.getRepository(AuditEvent).find({ order: { id: 'ASC' } })).map((event) => event.action);

  it('signs the demo learner in and sends them to their home page', async () => {
    const { agent, response } = await signIn(fixture.portal.server, 'learner');
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/my');
    const home = await agent.get('/my').expect(200);
    expect(home.text).toContain('Nguyễn Thị Hằng');
    expect(home.text).toContain('Đăng xuất');
  });

  it('accepts the sign-in name in any letter case', async () => {
    const { response } = await signIn(fixture.portal.server, 'HR');
    expect(response.headers.location).toBe('/hr');
  });

  it('refuses a wrong password with a Vietnamese message and records the failure', async () => {
    const { response } = await signIn(fixture.portal.server, 'head', 'wrong-password');
    expect(response.status).toBe(401);
    expect(response.text).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(response.text).toContain('value="head"');
    const failures = await fixture.portal.dataSource.getRepository(AuditEvent).findBy({ action: AuditAction.SignInFailed });
    expect(failures.some((event) => event.actorName === 'head')).toBe(true);
  });

  it('gives an unknown account the same answer as a wrong password', async () => {
    const { response } = await signIn(fixture.portal.server, 'nobody-here', 'whatever');
    expect(response.status).toBe(401);
    expect(response.text).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('blocks an account after repeated failures, even with the right password', async () => {
    for (let attempt = 0; attempt < FAILURES_PER_ACCOUNT; attempt++) {
      expect((await signIn(fixture.portal.server, 'admin', `wrong-${attempt}`)).response.status).toBe(401);
    }
    const { response } = await signIn(fixture.portal.server, 'admin');
    expect(response.status).toBe(429);
    expect(response.text).toContain('Bạn đã nhập sai quá nhiều lần');
    expect(await auditActions()).toContain(AuditAction.SignInBlocked);
    // The block is per account: others still sign in from the same address.
    expect((await signIn(fixture.portal.server, 'learner')).response.status).toBe(303);
  });

  it('stores no session for the sign-in page, and a new session id at each sign-in', async () => {
    const agent = request.agent(fixture.portal.server);
    const loginPage = await agent.get('/login').expect(200);
    expect(sessionCookie(loginPage)).toBeUndefined();
    const first = await agent
      .post('/login')
      .type('form')
      .send({ username: 'learner', password: 'Demo@2026', _csrf: await csrfTokenOf(agent) })
      .expect(303);
    const before = sessionCookie(first);
    // Signing in again over an existing session (as someone else) must not keep its id.
    const token = await csrfTokenOf(agent, '/my');
    const second = await request(fixture.portal.server).post('/login').set('Cookie', `attt.sid=${before}`).type('form').send({ username: 'hr', password: 'Demo@2026', _csrf: token });
    const after = sessionCookie(second);
    expect(before).toBeDefined();
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    await request(fixture.portal.server).get('/hr').set('Cookie', `attt.sid=${after}`).expect(200);
    await request(fixture.portal.server)
      .get('/hr')
      .set('Cookie', `attt.sid=${before}`)
      .expect((response) => expect(response.status).not.toBe(200));
  });

  it('refuses a sign-in form whose token does not match its signed cookie', async () => {
    const agent = request.agent(fixture.portal.server);
    await agent.get('/login').expect(200);
    await agent.post('/login').type('form').send({ username: 'learner', password: 'Demo@2026', _csrf: 'forged-token' }).expect(403);
    const other = request.agent(fixture.portal.server);
    const stolen = await csrfTokenOf(other);
    await request(fixture.portal.server).post('/login').type('form').set('Cookie', 'attt.login-csrf=forged.value').send({ username: 'learner', password: 'Demo@2026', _csrf: stolen }).expect(403);
  });

  it('signs out, ends the session and records it', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const token = await csrfTokenOf(agent, '/my');
    await agent.post('/logout').type('form').send({ _csrf: token }).expect(303).expect('Location', '/login');
    await agent.get('/my').expect(303);
    expect(await auditActions()).toEqual(expect.arrayContaining([AuditAction.SignIn, AuditAction.SignOut]));
  });

  it('refuses a POST without the CSRF token and changes nothing', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const refused = await agent.post('/logout').type('form').send({}).expect(403);
    expect(refused.text).toContain('biểu mẫu không hợp lệ');
    await agent.get('/my').expect(200);
    await request(fixture.portal.server).post('/login').type('form').send({ username: 'learner', password: 'Demo@2026' }).expect(403);
    expect(await auditActions()).toContain(AuditAction.CsrfRejected);
  });

  it('sends people to the sign-in page and back to where they were going', async () => {
    await request(fixture.portal.server).get('/departments').expect(303).expect('Location', '/login?next=%2Fdepartments');
    const agent = request.agent(fixture.portal.server);
    const token = csrfTokenOfHtml((await agent.get('/login?next=%2Fdepartments').expect(200)).text);
    await agent.post('/login').type('form').send({ username: 'hr', password: 'Demo@2026', next: '/departments', _csrf: token }).expect(303).expect('Location', '/departments');
    const offsite = await signInWithNext('//evil.example/');
    expect(offsite.headers.location).toBe('/hr');
  });

  it('makes an account with a one-time password choose its own before anything else', async () => {
    const department = await fixture.portal.dataSource.getRepository(Department).findOneByOrFail({ code: 'SKHCN-VP' });
    await fixture.portal.app.get(UsersService).create({ employeeCode: 'NEW001', fullName: 'Nguyễn Văn Mới', departmentId: department.id, role: Role.Learner, initialPassword: 'Tam-thoi-123' });
    const { agent, response } = await signIn(fixture.portal.server, 'new001', 'Tam-thoi-123');
    expect(response.headers.location).toBe('/account/password');
    await agent.get('/my').expect(303).expect('Location', '/account/password');

    const token = await csrfTokenOf(agent, '/account/password');
    const weak = await agent.post('/account/password').type('form').send({ _csrf: token, currentPassword: 'Tam-thoi-123', newPassword: 'short', confirmPassword: 'short' });
    expect(weak.status).toBe(422);
    expect(weak.text).toContain('Mật khẩu phải có ít nhất 10 ký tự.');

    await agent
      .post('/account/password')
      .type('form')
      .send({ _csrf: token, currentPassword: 'Tam-thoi-123', newPassword: 'Mat-khau-rieng-2026', confirmPassword: 'Mat-khau-rieng-2026' })
      .expect(303)
      .expect('Location', '/my?passwordChanged=1');
    await agent.get('/my').expect(200);
    expect((await signIn(fixture.portal.server, 'new001', 'Tam-thoi-123')).response.status).toBe(401);
    expect((await signIn(fixture.portal.server, 'new001', 'Mat-khau-rieng-2026')).response.headers.location).toBe('/my');
    expect(await auditActions()).toContain(AuditAction.PasswordChanged);
  });

  async function signInWithNext(next: string): Promise<request.Response> {
    const agent = request.agent(fixture.portal.server);
    const token = await csrfTokenOf(agent);
    return agent.post('/login').type('form').send({ username: 'hr', password: 'Demo@2026', next, _csrf: token });
  }
});

function csrfTokenOfHtml(html: string): string {
  return /name="_csrf" value="([^"]+)"/.exec(html)![1];
}
