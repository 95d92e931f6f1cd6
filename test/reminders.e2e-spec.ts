import { In } from 'typeorm';
import { ComplianceRecord } from '../src/compliance/compliance-record.entity';
import { LedgerService } from '../src/compliance/ledger.service';
import { Course } from '../src/courses/course.entity';
import { smtpMailer } from '../src/reminders/mailer';
import { Notice, NoticeKind } from '../src/reminders/notice.entity';
import { ReminderJob } from '../src/reminders/reminder-job';
import { User } from '../src/users/user.entity';
import { usePortal } from './helpers/portal-fixture';
import { signIn } from './helpers/test-app';
import { useSmtpServer } from './helpers/smtp-server';
import { describeEachDatabase } from './helpers/test-database';

describeEachDatabase('Reminders', (kind) => {
  const fixture = usePortal(kind);
  const smtp = useSmtpServer();
  const job = () => new ReminderJob(fixture.portal.dataSource, new LedgerService(), smtpMailer(smtp.url(), 'ATTT <no-reply@anhoa.example>'), 'http://portal.test');
  const notices = () => fixture.portal.dataSource.getRepository(Notice);

  it('sends each due reminder once, by e-mail and in the app, and nothing on a second run', async () => {
    // The demo loader already ran the job without SMTP; start this test from no reminders at all.
    await notices().createQueryBuilder().delete().execute();
    const first = await job().run();
    const overdue = await fixture.portal.dataSource.getRepository(ComplianceRecord).countBy({ current: true, assigned: true, status: 'overdue' });
    expect(overdue).toBe(10);
    // MXH-CBCC is overdue for 10 people; NTS-49 falls due in 7 days for the 7 people of the ward and the two communes who have not completed it.
    expect(await notices().countBy({ kind: NoticeKind.Overdue })).toBe(10);
    expect(await notices().countBy({ kind: NoticeKind.DueSoon })).toBe(7);
    expect(await notices().countBy({ kind: NoticeKind.HeadDigest })).toBeGreaterThanOrEqual(1);
    expect(smtp.mails.length).toBe(first.emailed);
    expect(first.emailed).toBe(first.created);
    const learnerMail = smtp.mails.find((mail) => mail.to.includes('learner@anhoa.example'));
    expect(learnerMail?.text).toContain('=?UTF-8?');

    const second = await job().run();
    expect(second).toEqual({ created: 0, emailed: 0 });
    expect(smtp.mails.length).toBe(first.emailed);
  });

  it('sends nothing about a completed course', async () => {
    const completed = await fixture.portal.dataSource.getRepository(ComplianceRecord).findBy({ status: 'completed', current: true });
    expect(completed.length).toBeGreaterThan(0);
    const keys = (await notices().find()).map((notice) => notice.dedupeKey);
    for (const row of completed) expect(keys.some((key) => key.includes(`:${row.id}:`))).toBe(false);
  });

  it('sends each reminder once when two instances run the job at the same moment', async () => {
    const course = await fixture.portal.dataSource.getRepository(Course).findOneByOrFail({ code: 'TTDT-72' });
    const staff = await fixture.portal.dataSource.getRepository(User).find({ where: { department: { code: In(['SNV', 'SNV-TCBC']) } } });
    const hr = await signIn(fixture.portal.server, 'hr');
    const page = await hr.agent.get('/assignments').expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
    await hr.agent.post('/assignments').type('form').send({ _csrf: token, course: 'TTDT-72', department: 'SNV', includeSubdepartments: 'on', role: '', dueDate: tomorrow }).expect(303);
    await fixture.portal.dataSource.transaction((manager) => new LedgerService().syncCourse(manager, course.id));
    const before = smtp.mails.length;
    const [a, b] = await Promise.all([job().run(), job().run()]);
    expect(a.created + b.created).toBe(staff.length);
    expect(smtp.mails.length - before).toBe(staff.length);
    const rows = await fixture.portal.dataSource.getRepository(ComplianceRecord).findBy({ courseId: course.id, current: true });
    const keys = rows.map((row) => `${NoticeKind.DueSoon}:${row.id}:${tomorrow}`);
    expect(await notices().countBy({ dedupeKey: In(keys) })).toBe(staff.length);
  });

  it('shows reminders on the learner’s page', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const page = await agent.get('/my').expect(200);
    expect(page.text).toContain('Nhắc việc');
    expect(page.text).toContain('Quá hạn:');
    await agent.get('/notices').expect(200);
  });
});
