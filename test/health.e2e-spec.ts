import request from 'supertest';
import { startTestApp, TestApp } from './helpers/test-app';
import { createTestDatabase, describeEachDatabase, TestDatabase } from './helpers/test-database';

describeEachDatabase('GET /health', (kind) => {
  let database: TestDatabase;
  let portal: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    portal = await startTestApp(database.url);
  });

  afterAll(async () => {
    await portal.close().catch(() => undefined);
    await database.drop();
  });

  it('answers 200 {"status":"ok"} while the database answers', async () => {
    const response = await request(portal.server).get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers 503 once the database no longer answers', async () => {
    await portal.dataSource.destroy();
    const response = await request(portal.server).get('/health').expect(503);
    expect(response.body.status).not.toBe('ok');
  });
});
