import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { Certificate } from '../src/certificates/certificate.entity';
import { User } from '../src/users/user.entity';
import { usePortal } from './helpers/portal-fixture';
import { answerForm, startAttempt, submitAttempt } from './helpers/quiz';
import { csrfTokenOf, signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

describeEachDatabase('Anonymising a person who has left', (kind) => {
  const fixture = usePortal(kind, () => ({ PERSONAL_DATA_RETENTION_MONTHS: '60' }));
  const users = () => fixture.portal.dataSource.getRepository(User);
  let serial: string;
  let learnerId: number;

  beforeAll(async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const id = await startAttempt(agent, 'QTUX-874');
    await submitAttempt(agent, id, await answerForm(fixture.portal.dataSource, id, true));
    serial = (await fixture.portal.dataSource.getRepository(Certificate).findOneByOrFail({ attemptId: id })).serial;
    learnerId = (await users().findOneByOrFail({ username: 'learner' })).id;
  });

  async function post(agent: TestAgent, path: string): Promise<request.Response> {
    return agent
      .post(path)
      .type('form')
      .send({ _csrf: await csrfTokenOf(agent, '/my') })
      .set('Accept', 'text/html');
  }

  const reportNumbers = async (): Promise<string> => (await (await signIn(fixture.portal.server, 'hr')).agent.get('/reports/compliance.csv').expect(200)).text;

  it('refuses a person still working here, and anyone but an administrator', async () => {
    const { agent } = await signIn(fixture.portal.server, 'admin');
    const refused = await post(agent, '/people/AH0004/anonymise');
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Chỉ ẩn danh hóa được người đã nghỉ việc');
    const hr = (await signIn(fixture.portal.server, 'hr')).agent;
    expect((await post(hr, '/people/AH0004/leave')).status).toBe(403);
    expect((await users().findOneByOrFail({ id: learnerId })).active).toBe(true);
  });

  it('marks a person as left: they can no longer sign in; then refuses until the retention period is over', async () => {
    const { agent } = await signIn(fixture.portal.server, 'admin');
    const history = await agent.get('/people/AH0004/history').expect(200);
    expect(history.text).toContain('Đánh dấu đã nghỉ việc');
    await post(agent, '/people/AH0004/leave').then((response) => expect(response.status).toBe(303));
    expect((await signIn(fixture.portal.server, 'learner')).response.status).toBe(401);
    const early = await post(agent, '/people/AH0004/anonymise');
    expect(early.status).toBe(400);
    expect(early.text).toContain('Chưa hết thời hạn lưu trữ 60 tháng');
    expect((await users().findOneByOrFail({ id: learnerId })).fullName).toBe('Nguyễn Thị Hằng');
  });

  it('anonymises after the retention period: no name left, report numbers unchanged, certificate withdrawn', async () => {
    const before = await reportNumbers();
    await users().update({ id: learnerId }, { deactivatedAt: new Date(Date.now() - 61 * 31 * 24 * 3600 * 1000) });
    const { agent } = await signIn(fixture.portal.server, 'admin');
    const done = await post(agent, '/people/AH0004/anonymise');
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe(`/people/AN-${learnerId}/history`);

    const person = await users().findOneByOrFail({ id: learnerId });
    expect(person).toMatchObject({ fullName: `Người dùng đã ẩn danh #${learnerId}`, employeeCode: `AN-${learnerId}`, username: `an-${learnerId}`, email: null, position: null, passwordHash: null });
    expect(person.anonymisedAt).not.toBeNull();
    expect(await reportNumbers()).toBe(before);

    const verify = await request(fixture.portal.server).get(`/verify/${serial}`).expect(200);
    expect(verify.text).toContain('Đã thu hồi hoặc rút lại');
    expect(verify.text).not.toContain('Nguyễn Thị Hằng');
    const stored = await fixture.portal.dataSource.getRepository(Certificate).findOneByOrFail({ serial });
    expect(stored.data).not.toContain('Nguyễn Thị Hằng');
    expect(stored.data).not.toContain('AH0004');

    const audited = await fixture.portal.dataSource.getRepository(AuditEvent).findOneByOrFail({ action: AuditAction.UserAnonymised });
    expect(audited).toMatchObject({ actorName: 'admin', targetType: 'user', targetId: String(learnerId), details: { certificates: 1 } });
    expect((await post(agent, `/people/AN-${learnerId}/anonymise`)).text).toContain('đã được ẩn danh hóa');
  });
});
