import request from 'supertest';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { usePortal } from './helpers/portal-fixture';
import { answerForm, startAttempt, submitAttempt } from './helpers/quiz';
import { signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

describeEachDatabase('Security baseline (issue 10, finding 7)', (kind) => {
  const fixture = usePortal(kind);
  const events = (action: AuditAction) => fixture.portal.dataSource.getRepository(AuditEvent).find({ where: { action }, order: { id: 'ASC' } });

  it('sends every page with personal data with Cache-Control: no-store', async () => {
    const { agent } = await signIn(fixture.portal.server, 'hr');
    for (const path of ['/my', '/certificates', '/people', '/people?q=nguyen', '/reports/compliance', '/reports/compliance/people', '/departments', '/account/password']) {
      const response = await agent.get(path);
      expect([path, response.status]).toEqual([path, 200]);
      expect([path, response.headers['cache-control']]).toEqual([path, expect.stringContaining('no-store')]);
    }
    expect((await request(fixture.portal.server).get('/static/css/site.css')).headers['cache-control']).not.toContain('no-store');
  });

  it('records the address a certificate was earned from', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const id = await startAttempt(agent, 'QTUX-874');
    await submitAttempt(agent, id, await answerForm(fixture.portal.dataSource, id, true));
    const issued = await events(AuditAction.CertificateIssued);
    expect(issued.at(-1)).toMatchObject({ actorName: 'learner', ip: expect.stringMatching(/127\.0\.0\.1|::1/) });
  });

  it('audits a signed-in person refused a page or an out-of-scope record, not a mistyped address', async () => {
    const { agent } = await signIn(fixture.portal.server, 'head');
    await agent.get('/admin/audit').expect(403);
    await agent.get('/departments/VP-UBND').expect(404);
    await agent.get('/khong-co-trang-nay').expect(404);
    const refused = (await events(AuditAction.AccessRefused)).filter((event) => event.actorName === 'head');
    expect(refused.map((event) => event.details)).toEqual([
      { method: 'GET', path: '/admin/audit', status: 403 },
      { method: 'GET', path: '/departments/VP-UBND', status: 404 },
    ]);
  });

  it("shows each event's details on the audit page: export filters, refusals", async () => {
    const hr = (await signIn(fixture.portal.server, 'hr')).agent;
    await hr.get('/reports/compliance.csv?department=VP-UBND').expect(200);
    const page = await (await signIn(fixture.portal.server, 'admin')).agent.get('/admin/audit').expect(200);
    expect(page.text).toContain('<span class="audit-detail-label">Đơn vị:</span> VP-UBND');
    expect(page.text).toContain('<span class="audit-detail-label">Đường dẫn:</span> /departments/VP-UBND');
  });
});
