import request from 'supertest';

import { usePortal } from './helpers/portal-fixture';
import { describeEachDatabase } from './helpers/test-database';

describeEachDatabase('GET /health', (kind) => {
  const fixture = usePortal(kind);

  it('answers 200 {"status":"ok"} while the database answers', async () => {
    const response = await request(fixture.portal.server).get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers 503 once the database no longer answers', async () => {
    await fixture.portal.dataSource.destroy();
    const response = await request(fixture.portal.server).get('/health').expect(503);
    expect(response.body.status).not.toBe('ok');
  });
});
