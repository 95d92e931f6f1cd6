import { usePortal } from './helpers/portal-fixture';
import { signIn } from './helpers/test-app';
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
});
