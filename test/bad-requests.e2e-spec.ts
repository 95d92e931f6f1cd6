import request from 'supertest';
import { usePortal } from './helpers/portal-fixture';
import { csrfTokenOf, signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

const REPORT_ROUTES = [
  '/reports/compliance',
  '/reports/compliance/people',
  '/reports/compliance.csv',
  '/reports/compliance.xlsx',
  '/reports/compliance.pdf',
  '/reports/people.csv',
  '/reports/people.xlsx',
];

describeEachDatabase('Bad requests get a clear 4xx, never a 500', (kind) => {
  const fixture = usePortal(kind);

  it.each(REPORT_ROUTES)('refuses repeated parameters on %s with 400 and a Vietnamese message', async (route) => {
    const { agent } = await signIn(fixture.portal.server, 'hr');
    for (const query of ['department=STTTT&department=UBND', 'course=a&course=b']) {
      const response = await agent.get(`${route}?${query}`).set('Accept', 'text/html');
      expect(response.status).toBe(400);
      expect(response.text).toContain('chỉ được có một giá trị');
    }
  });

  it.each(REPORT_ROUTES)('answers an unknown course on %s with 404, like an unknown department', async (route) => {
    const { agent } = await signIn(fixture.portal.server, 'hr');
    const course = await agent.get(`${route}?course=khong-co-khoa-nay`).set('Accept', 'text/html');
    expect(course.status).toBe(404);
    expect(course.text).toContain('Không tìm thấy khóa học.');
    expect((await agent.get(`${route}?department=KHONG-CO`).set('Accept', 'text/html')).status).toBe(404);
  });

  it('refuses a repeated notice flag on a home page and the assignments page with 400', async () => {
    const { agent } = await signIn(fixture.portal.server, 'hr');
    for (const route of ['/hr?passwordChanged=1&passwordChanged=1', '/assignments?created=1&created=1']) {
      const response = await agent.get(route).set('Accept', 'text/html');
      expect(response.status).toBe(400);
      expect(response.text).toContain('chỉ được có một giá trị');
    }
  });

  it('refuses repeated parameters on the people search, the settings page, sign-in and certificate lookup with 400', async () => {
    const { agent } = await signIn(fixture.portal.server, 'admin');
    for (const route of ['/people?q=an&q=binh', '/admin/settings/certificates?saved=1&saved=1']) {
      const response = await agent.get(route).set('Accept', 'text/html');
      expect(response.status).toBe(400);
      expect(response.text).toContain('chỉ được có một giá trị');
    }
    for (const route of ['/login?next=/my&next=/hr', '/verify/lookup?serial=A&serial=B']) {
      const response = await request(fixture.portal.server).get(route).set('Accept', 'text/html');
      expect(response.status).toBe(400);
      expect(response.text).toContain('chỉ được có một giá trị');
    }
  });

  it('refuses an audit log page that is not a whole number from 1 to 10,000 with 400, and serves a valid one', async () => {
    const { agent } = await signIn(fixture.portal.server, 'admin');
    for (const page of ['abc', '0', '10001', '1.5']) {
      const response = await agent.get(`/admin/audit?page=${page}`).set('Accept', 'text/html');
      expect(response.status).toBe(400);
      expect(response.text).toContain('Số trang phải là số nguyên');
    }
    await agent.get('/admin/audit?page=2').expect(200);
  });

  it('refuses a 300 KB form with 413 and the error page, and keeps the session working', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const token = await csrfTokenOf(agent, '/account/password');
    const response = await agent
      .post('/account/password')
      .type('form')
      .send({ _csrf: token, currentPassword: 'x'.repeat(300 * 1024) });
    expect(response.status).toBe(413);
    expect(response.text).toContain('Nội dung gửi lên quá lớn');
    await agent.get('/my').expect(200);
  });

  it('refuses a 300 KB JSON body with 413', async () => {
    const response = await request(fixture.portal.server)
      .post('/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ username: 'x'.repeat(300 * 1024) }));
    expect(response.status).toBe(413);
  });

  it('refuses an unknown charset or encoding with 415', async () => {
    const charset = await request(fixture.portal.server).post('/login').set('Content-Type', 'application/x-www-form-urlencoded; charset=x-klingon').send('username=a&password=b');
    expect(charset.status).toBe(415);
    expect(charset.text).toContain('Bảng mã');
    const encoding = await request(fixture.portal.server).post('/login').set('Content-Type', 'application/x-www-form-urlencoded').set('Content-Encoding', 'x-squash').send('username=a&password=b');
    expect(encoding.status).toBe(415);
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await request(fixture.portal.server).post('/login').set('Content-Type', 'application/json').send('{"username":');
    expect(response.status).toBe(400);
  });
});
