import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { IsNull, Like, Not } from 'typeorm';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditService } from '../src/audit/audit.service';
import { Assignment } from '../src/compliance/assignment.entity';
import { Course } from '../src/courses/course.entity';
import { CampaignStatus } from '../src/drills/campaign-status';
import { DrillCampaign } from '../src/drills/drill-campaign.entity';
import { DrillRecipient } from '../src/drills/drill-recipient.entity';
import { DrillReport } from '../src/drills/drill-report.entity';
import { DrillRetention } from '../src/drills/drill-retention';
import { DrillSender } from '../src/drills/drill-sender';
import { MAIL_SENDER, MailSender } from '../src/reminders/mailer';
import { Notice, NoticeKind } from '../src/reminders/notice.entity';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { drillTokenOf, vietnamLocal } from './helpers/drill-mail';
import { usePortal } from './helpers/portal-fixture';
import { Mail, useSmtpServer } from './helpers/smtp-server';
import { csrfTokenOf, signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

const HOUR = 3_600_000;
const SECRET_TYPED = `typed-secret-${randomBytes(6).toString('hex')}`;

describeEachDatabase('Phishing drills', (kind) => {
  const smtp = useSmtpServer();
  const fixture = usePortal(kind, () => ({ SMTP_URL: smtp.url(), DRILL_MAILS_PER_MINUTE: '6000' }));
  const data = () => fixture.portal.dataSource;
  const startsAt = new Date(Date.now() + 10 * 60_000);
  let campaignId: number;
  let targets: User[];
  const drillMails: Mail[] = [];

  /** A sender as a freshly started instance would build it. */
  const newSender = (): DrillSender =>
    new DrillSender(data(), fixture.portal.app.get<MailSender>(MAIL_SENDER), fixture.portal.app.get(AuditService), fixture.portal.app.get(UsersService), {
      publicUrl: 'http://portal.test',
      mailsPerMinute: 6000,
    });

  const validForm = (changes: Record<string, string | string[]> = {}) => ({
    name: 'Diễn tập quý I – Sở KH&CN',
    templateKey: 'tax-notice',
    senderName: 'Thuế điện tử - Thông báo',
    senderAddress: 'thongbao@thuedientu-gov.vn-tracuu.com',
    subject: '[KHẨN] Thông báo chậm quyết toán thuế',
    body: 'Kính gửi {{name}},\nVui lòng đăng nhập tại {{link}} trong 24 giờ.',
    departments: 'SKHCN',
    includeSubdepartments: 'on',
    role: '',
    startsAt: vietnamLocal(startsAt),
    spreadHours: '2',
    remedialCourse: 'NTS-49',
    remedialDueDays: '14',
    ...changes,
  });

  beforeAll(async () => {
    targets = await data()
      .getRepository(User)
      .find({ where: { active: true, department: { path: Like(`${await departmentPath('SKHCN')}%`) } } });
    targets = targets.filter((person) => person.email);
  });

  async function departmentPath(code: string): Promise<string> {
    const rows = await data().query<Array<{ path: string }>>('SELECT path FROM departments WHERE code = ?', [code]);
    return rows[0].path;
  }

  it('refuses every bad campaign with a clear message and saves nothing', async () => {
    const { agent } = await signIn(fixture.portal.server, 'hr');
    const _csrf = await csrfTokenOf(agent, '/drills/new');
    const before = await data().getRepository(DrillCampaign).count();
    const cases: Array<[Record<string, string | string[]>, string]> = [
      [{ body: 'Không có liên kết' }, 'Nội dung thư phải có {{link}}'],
      [{ departments: 'SKHCN', role: 'admin', includeSubdepartments: '' }, 'Không có ai thuộc đối tượng'],
      [{ startsAt: vietnamLocal(new Date(Date.now() - HOUR)) }, 'Thời điểm bắt đầu gửi đã qua'],
      [{ remedialCourse: 'KHONG-CO' }, 'Không tìm thấy khóa học bồi dưỡng'],
      [{ senderAddress: 'thue@@gov' }, 'Địa chỉ người gửi không hợp lệ'],
      [{ departments: 'KHONG-CO' }, 'Không tìm thấy đơn vị: KHONG-CO.'],
    ];
    for (const [changes, message] of cases) {
      const response = await agent
        .post('/drills')
        .type('form')
        .send({ _csrf, ...validForm(changes) });
      expect(response.status).toBe(422);
      expect(response.text).toContain(message.replace('&', '&amp;'));
    }
    expect(await data().getRepository(DrillCampaign).count()).toBe(before);
  });

  it('creates a draft whose preview shows exactly the message, then schedules one row per target', async () => {
    const { agent } = await signIn(fixture.portal.server, 'hr');
    const _csrf = await csrfTokenOf(agent, '/drills/new');
    const created = await agent
      .post('/drills')
      .type('form')
      .send({ _csrf, ...validForm() })
      .expect(303);
    campaignId = Number(/\/drills\/(\d+)\/preview/.exec(created.headers.location)![1]);
    const preview = await agent.get(`/drills/${campaignId}/preview`).expect(200);
    expect(preview.text).toContain('Thuế điện tử - Thông báo &lt;thongbao@thuedientu-gov.vn-tracuu.com&gt;');
    expect(preview.text).toMatch(/Vui lòng đăng nhập tại http:\/\/localhost:\d+\/l\/[A-Za-z0-9_-]{43} trong 24 giờ/);
    expect(preview.text).toContain(`Lên lịch gửi cho ${targets.length} người`);
    await agent.post(`/drills/${campaignId}/schedule`).type('form').send({ _csrf }).expect(303);
    expect(await data().getRepository(DrillRecipient).countBy({ campaignId })).toBe(targets.length);
    expect((await data().getRepository(DrillCampaign).findOneByOrFail({ id: campaignId })).status).toBe(CampaignStatus.Scheduled);
  });

  it('sends exactly one message per target, across a restart and two instances sending at once', async () => {
    // The demo loader's reminders went out through the same server before.
    const before = smtp.mails.length;
    const first = await newSender().run(new Date(startsAt.getTime() + HOUR));
    expect(first.sent).toBeGreaterThan(0);
    expect(first.sent).toBeLessThan(targets.length);
    // A restart: the first instance is gone, two new ones send the rest at the same moment.
    const end = new Date(startsAt.getTime() + 3 * HOUR);
    const [a, b] = await Promise.all([newSender().run(end), newSender().run(end)]);
    expect(first.sent + a.sent + b.sent).toBe(targets.length);
    drillMails.push(...smtp.mails.slice(before));
    const addresses = drillMails.flatMap((mail) => mail.to);
    expect(addresses.sort()).toEqual(targets.map((person) => person.email!.toLowerCase()).sort());
    const campaign = await data().getRepository(DrillCampaign).findOneByOrFail({ id: campaignId });
    expect(campaign.status).toBe(CampaignStatus.Finished);
    const rows = await data().getRepository(DrillRecipient).findBy({ campaignId });
    const tokens = drillMails.map(drillTokenOf);
    expect(new Set(tokens).size).toBe(targets.length);
    // Only hashes are stored: no token appears in the table.
    for (const row of rows) expect(tokens).not.toContain(row.tokenHash);
    expect(await newSender().run(new Date(end.getTime() + HOUR))).toEqual({ sent: 0 });
  });

  it('answers 404 to an unknown or malformed token and records nothing', async () => {
    // Mail gateways check links with HEAD: answered, never counted.
    await request(fixture.portal.server)
      .head(`/l/${tokenOf('ah0009@anhoa.example')}`)
      .expect(200);
    await request(fixture.portal.server)
      .head(`/l/${randomBytes(32).toString('base64url')}`)
      .expect(404);
    await request(fixture.portal.server)
      .get(`/l/${randomBytes(32).toString('base64url')}`)
      .expect(404);
    await request(fixture.portal.server).get('/l/abc').expect(404);
    await request(fixture.portal.server)
      .post(`/l/${randomBytes(32).toString('base64url')}`)
      .type('form')
      .send({ password: 'x' })
      .expect(404);
    expect(
      await data()
        .getRepository(DrillRecipient)
        .countBy({ campaignId, clickedAt: Not(IsNull()) }),
    ).toBe(0);
  });

  const tokenOf = (address: string): string => drillTokenOf(drillMails.find((mail) => mail.to.includes(address))!);

  it('records one click however often the link is opened, and assigns the remedial course once with a notice', async () => {
    const learner = await data().getRepository(User).findOneByOrFail({ username: 'learner' });
    const token = tokenOf('learner@anhoa.example');
    const page = await request(fixture.portal.server).get(`/l/${token}`).expect(200);
    expect(page.text).toContain('Đăng nhập hệ thống thuế điện tử');
    expect(page.text).not.toContain(learner.fullName);
    expect(page.headers['set-cookie']).toBeUndefined();
    const clickedAt = (await data().getRepository(DrillRecipient).findOneByOrFail({ campaignId, userId: learner.id })).clickedAt;
    expect(clickedAt).not.toBeNull();
    for (let replay = 0; replay < 5; replay++) await request(fixture.portal.server).get(`/l/${token}`).expect(200);
    const row = await data().getRepository(DrillRecipient).findOneByOrFail({ campaignId, userId: learner.id });
    expect(row.clickedAt).toEqual(clickedAt);
    const course = await data().getRepository(Course).findOneByOrFail({ code: 'NTS-49' });
    expect(await data().getRepository(Assignment).countBy({ userId: learner.id, courseId: course.id })).toBe(1);
    expect(
      await data()
        .getRepository(Notice)
        .countBy({ userId: learner.id, kind: NoticeKind.DrillRemedial, dedupeKey: `drill:${campaignId}:${learner.id}` }),
    ).toBe(1);
    const admin = await data().getRepository(User).findOneByOrFail({ username: 'admin' });
    await request(fixture.portal.server)
      .get(`/l/${tokenOf('admin@anhoa.example')}`)
      .expect(200);
    expect(await data().getRepository(Assignment).countBy({ userId: admin.id, courseId: course.id })).toBe(1);
  });

  it('counts a submitted landing form as data entered, teaches, and keeps nothing that was typed', async () => {
    const learner = await data().getRepository(User).findOneByOrFail({ username: 'learner' });
    const token = tokenOf('learner@anhoa.example');
    const page = await request(fixture.portal.server).post(`/l/${token}`).type('form').send({ taxCode: SECRET_TYPED, password: SECRET_TYPED, extra: SECRET_TYPED }).expect(200);
    expect(page.text).toContain('Đây là một bài diễn tập');
    expect(page.text).toContain('Những dấu hiệu bạn đã bỏ qua');
    expect(page.text).toContain('tracuu.com');
    expect(page.text).not.toContain(SECRET_TYPED);
    const row = await data().getRepository(DrillRecipient).findOneByOrFail({ campaignId, userId: learner.id });
    expect(row.dataEnteredAt).not.toBeNull();
    const course = await data().getRepository(Course).findOneByOrFail({ code: 'NTS-49' });
    expect(await data().getRepository(Assignment).countBy({ userId: learner.id, courseId: course.id })).toBe(1);
    for (const table of await tableNames()) {
      const rows = await data().query<unknown[]>(`SELECT * FROM ${table}`);
      expect({ table, found: JSON.stringify(rows).includes(SECRET_TYPED) }).toEqual({ table, found: false });
    }
  });

  it('counts a pasted drill link as reported and sends anything else to the admins', async () => {
    const head = await signIn(fixture.portal.server, 'head');
    let _csrf = await csrfTokenOf(head.agent, '/report-phish');
    const thanked = await head.agent
      .post('/report-phish')
      .type('form')
      .send({ _csrf, text: `Thư lạ: http://portal.test/l/${tokenOf('head@anhoa.example')}` })
      .expect(200);
    expect(thanked.text).toContain('Đây là thư diễn tập của cơ quan');
    const headUser = await data().getRepository(User).findOneByOrFail({ username: 'head' });
    expect((await data().getRepository(DrillRecipient).findOneByOrFail({ campaignId, userId: headUser.id })).reportedAt).not.toBeNull();
    // Someone else's drill link counts as an ordinary report, and reveals nothing.
    const learner = await signIn(fixture.portal.server, 'learner');
    _csrf = await csrfTokenOf(learner.agent, '/report-phish');
    const ordinary = await learner.agent
      .post('/report-phish')
      .type('form')
      .send({ _csrf, text: `Ngân hàng báo khóa thẻ http://evil.example/x ${tokenOf('ah0008@anhoa.example')}` })
      .expect(200);
    expect(ordinary.text).toContain('Quản trị viên đã nhận được báo cáo');
    expect(await data().getRepository(DrillReport).count()).toBe(1);
    const stored = (await data().getRepository(DrillReport).find())[0].text;
    expect(stored).not.toContain(tokenOf('ah0008@anhoa.example'));
    expect(stored).toContain('[liên kết diễn tập]');
    const copy = (await learner.agent.get('/account/data.json').expect(200)).body as { drills: Array<{ campaign: string; dataEnteredAt: string | null }>; reportedMessages: Array<{ text: string }> };
    expect(copy.drills.find((drill) => drill.campaign === 'Diễn tập quý I – Sở KH&CN')?.dataEnteredAt).not.toBeNull();
    expect(copy.reportedMessages.map((message) => message.text)).toEqual([expect.stringContaining('Ngân hàng báo khóa thẻ')]);
    const admin = await signIn(fixture.portal.server, 'admin');
    expect((await admin.agent.get('/drills/reports').expect(200)).text).toContain('Ngân hàng báo khóa thẻ');
    await learner.agent.get('/drills/reports').expect(403);
  });

  it('blanks a drill link behind many link-like words, and refuses a paste too long to keep', async () => {
    const learner = await signIn(fixture.portal.server, 'learner');
    let _csrf = await csrfTokenOf(learner.agent, '/report-phish');
    const tracking = Array.from({ length: 25 }, (_, index) => `https://t.example/${String(index).padStart(43, 'x')}`).join(' ');
    await learner.agent
      .post('/report-phish')
      .type('form')
      .send({ _csrf, text: `${tracking} ${tokenOf('ah0008@anhoa.example')}` })
      .expect(200);
    const [latest] = await data()
      .getRepository(DrillReport)
      .find({ order: { id: 'DESC' }, take: 1 });
    expect(latest.text).toContain('https://t.example/');
    expect(latest.text).not.toContain(tokenOf('ah0008@anhoa.example'));
    const reports = await data().getRepository(DrillReport).count();
    _csrf = await csrfTokenOf(learner.agent, '/report-phish');
    // 16,500 four-byte characters: under the character limit, over what MariaDB's TEXT column holds.
    const refused = await learner.agent
      .post('/report-phish')
      .type('form')
      .send({ _csrf, text: '😀'.repeat(16_500) });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Nội dung dán vào quá dài');
    expect(await data().getRepository(DrillReport).count()).toBe(reports);
    // An unknown or expired link opened by someone signed in is no probing, and its path is a secret: not audited.
    await learner.agent.get(`/l/${'x'.repeat(43)}`).expect(404);
    const refusals = await data().getRepository(AuditEvent).findBy({ action: AuditAction.AccessRefused });
    expect(refusals.filter((event) => JSON.stringify(event.details).includes('/l/'))).toEqual([]);
  });

  it('reports results per department with roll-up, in the page and the CSV, matching the hand count', async () => {
    const { agent } = await signIn(fixture.portal.server, 'hr');
    const total = targets.length;
    const inCds = targets.filter((person) => person.departmentId === targets.find((p) => p.username === 'learner')!.departmentId).length;
    const csv = await agent.get(`/drills/${campaignId}.csv`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'department_code,department_name,sent,clicked,clicked_rate,data_entered,data_entered_rate,reported,reported_rate,remedial_assigned,remedial_completed,remedial_completed_rate',
    );
    const pct = (part: number, whole: number) => (Math.round((part * 1000) / whole) / 10).toFixed(1);
    expect(lines).toContain(`UBND-TINH,Ủy ban nhân dân tỉnh An Hòa,${total},2,${pct(2, total)},1,${pct(1, total)},1,${pct(1, total)},2,0,0.0`);
    expect(lines).toContain(`SKHCN,Sở Khoa học và Công nghệ,${total},2,${pct(2, total)},1,${pct(1, total)},1,${pct(1, total)},2,0,0.0`);
    expect(lines).toContain(`SKHCN-CDS,Phòng Chuyển đổi số,${inCds},2,${pct(2, inCds)},1,${pct(1, inCds)},0,0.0,2,0,0.0`);
    expect(lines.some((line) => line.startsWith('SNV,'))).toBe(false);
    const page = await agent.get(`/drills/${campaignId}?department=SKHCN-CDS`).expect(200);
    expect(page.text).toContain('click-chart-title');
    expect(page.text).toContain('Nguyễn Thị Hằng');
    const audited = await data()
      .getRepository(AuditEvent)
      .findBy({ targetType: 'drill_campaign', targetId: String(campaignId) });
    expect(audited.map((event) => event.action).sort()).toEqual(['drill.created', 'drill.exported', 'drill.finished', 'drill.scheduled', 'drill.started']);
  });

  it('shows a head only their subtree, and learners nothing', async () => {
    const head = await signIn(fixture.portal.server, 'head');
    const page = await head.agent.get(`/drills/${campaignId}`).expect(200);
    expect(page.text).toContain('Phòng Chuyển đổi số');
    expect(page.text).not.toContain('Ủy ban nhân dân tỉnh An Hòa');
    await head.agent.get(`/drills/${campaignId}?department=SNV`).expect(404);
    await head.agent.get(`/drills/${campaignId}?department=SKHCN-CDS`).expect(200);
    await head.agent.get('/drills/new').expect(403);
    const dashboard = await head.agent.get('/head').expect(200);
    expect(dashboard.text).toContain('trend-title');
    const learner = await signIn(fixture.portal.server, 'learner');
    await learner.agent.get('/drills').expect(403);
    await learner.agent.get(`/drills/${campaignId}.csv`).expect(403);
    const home = await learner.agent.get('/my').expect(200);
    expect(home.text).toContain('Bạn vừa mở một thư diễn tập lừa đảo');
  });

  it('stops a campaign: nothing more leaves', async () => {
    const { agent } = await signIn(fixture.portal.server, 'hr');
    const _csrf = await csrfTokenOf(agent, '/drills/new');
    const created = await agent
      .post('/drills')
      .type('form')
      .send({ _csrf, ...validForm({ name: 'Đợt dừng giữa chừng', departments: 'SNV' }) })
      .expect(303);
    const id = Number(/\/drills\/(\d+)\/preview/.exec(created.headers.location)![1]);
    await agent.post(`/drills/${id}/schedule`).type('form').send({ _csrf }).expect(303);
    await agent.post(`/drills/${id}/stop`).type('form').send({ _csrf }).expect(303);
    expect(await newSender().run(new Date(startsAt.getTime() + 5 * HOUR))).toEqual({ sent: 0 });
    expect((await data().getRepository(DrillCampaign).findOneByOrFail({ id })).status).toBe(CampaignStatus.Stopped);
    await agent.post(`/drills/${id}/stop`).type('form').send({ _csrf }).expect(400);
  });

  it('reduces results past retention to counts: totals stay, people and links are gone', async () => {
    const { agent } = await signIn(fixture.portal.server, 'hr');
    const before = (await agent.get(`/drills/${campaignId}.csv`).expect(200)).text;
    const retention = fixture.portal.app.get(DrillRetention);
    // This test's two campaigns and the demo's two.
    expect(await retention.reduce(new Date(startsAt.getTime() + 400 * 24 * HOUR))).toBe(4);
    expect(await data().getRepository(DrillRecipient).countBy({ campaignId })).toBe(0);
    expect((await agent.get(`/drills/${campaignId}.csv`).expect(200)).text).toBe(before);
    await request(fixture.portal.server)
      .get(`/l/${tokenOf('learner@anhoa.example')}`)
      .expect(404);
    expect(await retention.reduce(new Date(startsAt.getTime() + 400 * 24 * HOUR))).toBe(0);
  });

  async function tableNames(): Promise<string[]> {
    return data()
      .entityMetadatas.map((entity) => entity.tableName)
      .concat(['migrations']);
  }
});
