import request from 'supertest';
import { signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';
import { useTwoPortals } from './helpers/portal-fixture';

describeEachDatabase('Sessions shared by app instances', (kind) => {
  const instances = useTwoPortals(kind);

  it('keeps a person signed in on the other instance behind the load balancer', async () => {
    const { response } = await signIn(instances.first.server, 'learner');
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((value) => value.startsWith('attt.sid='))!;
    expect(cookie).toBeDefined();
    const onSecond = await request(instances.second.server).get('/my').set('Cookie', cookie.split(';')[0]).expect(200);
    expect(onSecond.text).toContain('Nguyễn Thị Hằng');
  });

  it('signs a person out on every instance at once', async () => {
    const { agent, response } = await signIn(instances.first.server, 'hr');
    const cookie = ([] as string[])
      .concat(response.headers['set-cookie'] ?? [])
      .find((value) => value.startsWith('attt.sid='))!
      .split(';')[0];
    const page = await request(instances.second.server).get('/hr').set('Cookie', cookie).expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
    await request(instances.second.server).post('/logout').set('Cookie', cookie).type('form').send({ _csrf: token }).expect(303);
    await agent.get('/hr').expect(303);
  });

  it('loads the demo organisation only once', async () => {
    const [{ count }] = await instances.first.dataSource.query('SELECT COUNT(*) AS count FROM users');
    expect(Number(count)).toBe(30);
  });
});
