import request from 'supertest';
import { signIn, startTestApp, TestApp } from './helpers/test-app';
import { createTestDatabase, describeEachDatabase, TestDatabase } from './helpers/test-database';

describeEachDatabase('Sessions shared by app instances', (kind) => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    first = await startTestApp(database.url);
    second = await startTestApp(database.url);
  });

  afterAll(async () => {
    await first.close();
    await second.close();
    await database.drop();
  });

  it('keeps a person signed in on the other instance behind the load balancer', async () => {
    const { response } = await signIn(first.server, 'learner');
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((value) => value.startsWith('attt.sid='))!;
    expect(cookie).toBeDefined();
    const onSecond = await request(second.server).get('/my').set('Cookie', cookie.split(';')[0]).expect(200);
    expect(onSecond.text).toContain('Nguyễn Thị Hằng');
  });

  it('signs a person out on every instance at once', async () => {
    const { agent, response } = await signIn(first.server, 'hr');
    const cookie = ([] as string[])
      .concat(response.headers['set-cookie'] ?? [])
      .find((value) => value.startsWith('attt.sid='))!
      .split(';')[0];
    const page = await request(second.server).get('/hr').set('Cookie', cookie).expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
    await request(second.server).post('/logout').set('Cookie', cookie).type('form').send({ _csrf: token }).expect(303);
    await agent.get('/hr').expect(303);
  });

  it('loads the demo organisation only once', async () => {
    const [{ count }] = await first.dataSource.query('SELECT COUNT(*) AS count FROM users');
    expect(Number(count)).toBe(30);
  });
});
