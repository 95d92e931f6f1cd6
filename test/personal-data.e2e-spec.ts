import request from 'supertest';
import { AttemptQuestion } from '../src/attempts/attempt-question.entity';
import { Attempt } from '../src/attempts/attempt.entity';
import { AuditAction } from '../src/audit/audit-actions';
import { Certificate } from '../src/certificates/certificate.entity';
import { ComplianceRecord } from '../src/compliance/compliance-record.entity';
import { LessonRead } from '../src/courses/lesson-read.entity';
import { PersonalData } from '../src/personal-data/personal-data';
import { Notice } from '../src/reminders/notice.entity';
import { User } from '../src/users/user.entity';
import { usePortal } from './helpers/portal-fixture';
import { answerForm, startAttempt, submitAttempt } from './helpers/quiz';
import { signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

describeEachDatabase('Personal data: what the portal holds about me', (kind) => {
  const fixture = usePortal(kind);
  let data: PersonalData;
  let learner: User;

  beforeAll(async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const passed = await startAttempt(agent, 'QTUX-874');
    await submitAttempt(agent, passed, await answerForm(fixture.portal.dataSource, passed, true));
    await startAttempt(agent, 'MXH-CBCC');
    learner = await fixture.portal.dataSource.getRepository(User).findOneByOrFail({ username: 'learner' });
    const response = await agent.get('/account/data.json').expect(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="du-lieu-ca-nhan-learner.json"');
    expect(response.headers['cache-control']).toContain('no-store');
    data = JSON.parse(response.text) as PersonalData;
  });

  const countOf = <T extends object>(entity: new () => T, where: object) => fixture.portal.dataSource.getRepository(entity).countBy(where);

  it('carries the whole profile, and says the password is kept only as a hash', () => {
    expect(data.profile).toMatchObject({
      employeeCode: learner.employeeCode,
      username: 'learner',
      fullName: 'Nguyễn Thị Hằng',
      email: learner.email,
      position: learner.position,
      role: 'learner',
      active: true,
    });
    expect(data.profile.department).toEqual({ code: expect.any(String), name: expect.any(String) });
    expect(data.profile.password).toContain('băm một chiều');
    expect(JSON.stringify(data)).not.toContain('scrypt$');
  });

  it('carries every training record, attempt with its answers, certificate, notice and lesson read', async () => {
    expect(data.trainingRecords).toHaveLength(await countOf(ComplianceRecord, { userId: learner.id }));
    expect(data.attempts).toHaveLength(await countOf(Attempt, { userId: learner.id }));
    expect(data.certificates).toHaveLength(await countOf(Certificate, { userId: learner.id }));
    expect(data.notices).toHaveLength(await countOf(Notice, { userId: learner.id }));
    expect(data.lessonsRead).toHaveLength(await countOf(LessonRead, { userId: learner.id }));
    expect(data.departmentHistory.length).toBeGreaterThan(0);
    const passed = data.attempts.find((attempt) => attempt.course === 'QTUX-874' && attempt.passed)!;
    const drawn = await fixture.portal.dataSource.getRepository(AttemptQuestion).find({ where: { attemptId: passed.id }, relations: { question: true }, order: { position: 'ASC' } });
    expect(passed.answers).toHaveLength(drawn.length);
    const first = drawn[0];
    expect(passed.answers[0]).toEqual({
      position: first.position,
      question: first.question!.text,
      chosen: first.answer!.map((id) => first.question!.options.find((option) => option.id === id)!.text),
      correct: true,
    });
    expect(data.certificates.some((certificate) => certificate.course === 'QTUX-874' && certificate.status === 'valid')).toBe(true);
  });

  it("carries the person's own audit events and nobody else's data", async () => {
    expect(data.auditEvents.map((event) => event.action)).toEqual(expect.arrayContaining([AuditAction.SignIn, AuditAction.AttemptSubmitted, AuditAction.CertificateIssued]));
    const others = await fixture.portal.dataSource.getRepository(User).find();
    for (const other of others.filter((person) => person.fullName !== learner.fullName)) expect(JSON.stringify(data)).not.toContain(other.fullName);
  });

  it('shows the same as a readable page, and records the download', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const page = await agent.get('/account/data').expect(200);
    expect(page.headers['cache-control']).toContain('no-store');
    for (const text of [
      'Dữ liệu của tôi',
      'Nguyễn Thị Hằng',
      'Khóa học được giao và kết quả',
      'Các lần làm bài và câu trả lời',
      'Giấy chứng nhận',
      'Nhật ký liên quan đến bạn',
      'href="/account/data.json"',
    ]) {
      expect(page.text).toContain(text);
    }
    expect(page.text).toContain(data.certificates[0].serial);
    expect(data.auditEvents.length).toBeGreaterThan(0);
    const exported = await fixture.portal.dataSource
      .getRepository(User)
      .manager.query('SELECT COUNT(*) AS count FROM audit_events WHERE action = ? AND actor_id = ?', [AuditAction.PersonalDataExported, learner.id]);
    expect(Number(exported[0].count)).toBe(1);
  });

  it("has a public privacy notice, linked from the sign-in page and every page's footer", async () => {
    const notice = await request(fixture.portal.server).get('/privacy').expect(200);
    for (const text of ['Dữ liệu được lưu', 'Mục đích', 'Thời gian lưu', 'Ai được xem', 'nơi liên hệ', '24 tháng']) expect(notice.text).toContain(text);
    expect((await request(fixture.portal.server).get('/login').expect(200)).text).toContain('href="/privacy"');
    const { agent } = await signIn(fixture.portal.server, 'hr');
    const home = await agent.get('/hr').expect(200);
    expect(home.text).toContain('href="/privacy"');
    expect(home.text).toContain('href="/account/data"');
  });
});
