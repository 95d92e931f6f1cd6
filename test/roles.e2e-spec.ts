import request from 'supertest';
import { signIn } from './helpers/test-app';
import { usePortal } from './helpers/portal-fixture';
import { describeEachDatabase } from './helpers/test-database';

/** Every role-restricted page, and who may open it (product.md §1). */
const PAGES: Record<string, string[]> = {
  '/my': ['learner', 'head', 'hr', 'admin'],
  '/head': ['head'],
  '/hr': ['hr'],
  '/admin': ['admin'],
  '/admin/audit': ['admin'],
  '/departments': ['head', 'hr', 'admin'],
  '/people': ['head', 'hr', 'admin'],
};
const ACCOUNTS = ['learner', 'head', 'hr', 'admin'];

describeEachDatabase('Roles and scope', (kind) => {
  const agents = new Map<string, request.Agent>();

  const fixture = usePortal(kind);

  beforeAll(async () => {
    for (const account of ACCOUNTS) agents.set(account, (await signIn(fixture.portal.server, account)).agent);
  });

  const as = (account: string): request.Agent => agents.get(account)!;

  it.each(ACCOUNTS)('lets %s open exactly the pages of their role', async (account) => {
    for (const [path, allowed] of Object.entries(PAGES)) {
      const response = await as(account).get(path);
      expect({ path, status: response.status }).toEqual({ path, status: allowed.includes(account) ? 200 : 403 });
    }
  });

  it('shows each role only its own menu entries', async () => {
    const learnerHome = await as('learner').get('/my').expect(200);
    expect(learnerHome.text).not.toContain('href="/departments"');
    const adminHome = await as('admin').get('/admin').expect(200);
    expect(adminHome.text).toContain('href="/admin/audit"');
  });

  it('shows a head their own department and its sub-departments', async () => {
    const page = await as('head').get('/departments').expect(200);
    expect(page.text).toContain('Sở Khoa học và Công nghệ');
    expect(page.text).toContain('Phòng Chuyển đổi số');
    expect(page.text).not.toContain('Sở Nội vụ');
    await as('head').get('/departments/SKHCN-CDS').expect(200);
  });

  it('answers 404, not 403, for a department outside the head’s subtree', async () => {
    const outside = await as('head').get('/departments/SNV').expect(404);
    const missing = await as('head').get('/departments/NO-SUCH-UNIT').expect(404);
    expect(outside.text).toBe(missing.text);
    await as('hr').get('/departments/SNV').expect(200);
  });

  it('limits a head’s people search to their subtree', async () => {
    const head = await as('head').get('/people').query({ q: 'nguyen thi hang' }).expect(200);
    expect(head.text).toContain('AH0004');
    expect(head.text).not.toContain('AH0029');
    const hr = await as('hr').get('/people').query({ q: 'nguyen thi hang' }).expect(200);
    expect(hr.text).toContain('AH0004');
    expect(hr.text).toContain('AH0029');
  });

  it('escapes what people typed when showing it back', async () => {
    const page = await as('hr').get('/people').query({ q: '<script>alert(1)</script>' }).expect(200);
    expect(page.text).not.toContain('<script>alert(1)</script>');
    expect(page.text).toContain('&lt;script&gt;');
  });

  it('sends anyone not signed in to the sign-in page', async () => {
    for (const path of Object.keys(PAGES)) {
      await request(fixture.portal.server)
        .get(path)
        .expect(303)
        .expect('Location', `/login?next=${encodeURIComponent(path)}`);
    }
  });
});
