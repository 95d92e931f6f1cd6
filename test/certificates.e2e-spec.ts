import { createPublicKey } from 'node:crypto';
import request from 'supertest';
import { Like } from 'typeorm';
import { Attempt } from '../src/attempts/attempt.entity';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { Certificate } from '../src/certificates/certificate.entity';
import { verifyCertificateFile } from '../src/certificates/verify-certificate-file';
import { Department } from '../src/departments/department.entity';
import { Role } from '../src/access/role';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { pdfText, zipEntryCount } from './helpers/pdf-tools';
import { usePortal } from './helpers/portal-fixture';
import { answerForm, startAttempt, submitAttempt } from './helpers/quiz';
import { csrfTokenFrom, signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

const COURSE = 'QTUX-874';

describeEachDatabase('Certificates', (kind) => {
  const fixture = usePortal(kind);
  let serial: string;

  const certificates = () => fixture.portal.dataSource.getRepository(Certificate);

  beforeAll(async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const id = await startAttempt(agent, COURSE);
    await submitAttempt(agent, id, await answerForm(fixture.portal.dataSource, id, true));
    serial = (await certificates().findOneByOrFail({ attemptId: id })).serial;
  });

  it('issues a certificate with the passing attempt, with a readable serial', async () => {
    const certificate = await certificates().findOneByOrFail({ serial });
    const attempt = await fixture.portal.dataSource.getRepository(Attempt).findOneByOrFail({ id: certificate.attemptId });
    expect(attempt.passed).toBe(true);
    expect(certificate.serial).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(certificate.dataSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(certificate.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 700 * 24 * 3600 * 1000);
  });

  it('lets the learner download a PDF whose text carries the name, serial and dates', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const list = await agent.get('/certificates').expect(200);
    expect(list.text).toContain(serial);
    const pdf = await download(agent, `/certificates/${serial}/download`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(60 * 1024);
    const text = pdfText(pdf);
    expect(text).toContain('Nguyễn Thị Hằng');
    expect(text).toContain(serial);
    expect(text).toContain('GIẤY CHỨNG NHẬN');
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });

  it('keeps an issued certificate byte-identical and validly signed after the holder is renamed', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const before = await download(agent, `/certificates/${serial}/download`);
    await fixture.portal.dataSource.getRepository(User).update({ username: 'learner' }, { fullName: 'Nguyễn Thị Hằng Đổi Tên' });
    const after = await download(agent, `/certificates/${serial}/download`);
    expect(after.equals(before)).toBe(true);
    const publicKeyPem = (await request(fixture.portal.server).get('/verify/public-key.pem').expect(200)).text;
    const verdict = await verifyCertificateFile(after, createPublicKey(publicKeyPem));
    expect(verdict).toMatchObject({ valid: true, data: { serial, holder: { fullName: 'Nguyễn Thị Hằng' } } });
    await fixture.portal.dataSource.getRepository(User).update({ username: 'learner' }, { fullName: 'Nguyễn Thị Hằng' });
  });

  it('shows the public verification page as valid, with nothing more about the person', async () => {
    const page = await request(fixture.portal.server).get(`/verify/${serial}`).expect(200);
    expect(page.text).toContain('Còn hiệu lực');
    expect(page.text).toContain('Nguyễn Thị Hằng');
    expect(page.text).not.toContain('AH0004');
    expect(page.text).not.toContain('Phòng Chuyển đổi số');
    const typed = await request(fixture.portal.server)
      .get(`/verify/${serial.toLowerCase().replace(/-/g, '')}`)
      .expect(200);
    expect(typed.text).toContain('Còn hiệu lực');
  });

  it('says clearly when a serial is unknown', async () => {
    const page = await request(fixture.portal.server).get('/verify/ABCD-EFGH-JKMN').expect(200);
    expect(page.text).toContain('Không tìm thấy giấy chứng nhận');
  });

  it('lets HR and the head over the holder download, and answers 404 to a head elsewhere', async () => {
    const outside = await fixture.portal.dataSource.getRepository(Department).findOneByOrFail({ code: 'SNV' });
    await fixture.portal.app
      .get(UsersService)
      .create({ employeeCode: 'HEAD-SNV', username: 'head-snv', fullName: 'Mai Xuân Trường', departmentId: outside.id, role: Role.Head, password: 'Truong-phong-2026' });
    const { agent: otherHead } = await signIn(fixture.portal.server, 'head-snv', 'Truong-phong-2026');
    await otherHead.get(`/certificates/${serial}/download`).expect(404);
    await otherHead.get(`/certificates/${serial}`).expect(404);
    await otherHead.get('/departments/SKHCN-CDS/certificates/zip').expect(404);

    const { agent: head } = await signIn(fixture.portal.server, 'head');
    await download(head, `/certificates/${serial}/download`);
    const { agent: hr } = await signIn(fixture.portal.server, 'hr');
    const listing = await hr.get('/departments/SKHCN/certificates').expect(200);
    expect(listing.text).toContain(serial);
    const zip = await download(hr, '/departments/SKHCN/certificates/zip');
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    const inSubtree = await certificates().countBy({ user: { department: { path: Like(`${(await fixture.portal.dataSource.getRepository(Department).findOneByOrFail({ code: 'SKHCN' })).path}%`) } } });
    expect(inSubtree).toBeGreaterThan(1);
    expect(zipEntryCount(zip)).toBe(inSubtree);
    expect(await fixture.portal.dataSource.getRepository(AuditEvent).countBy({ action: AuditAction.CertificatesExported })).toBe(1);
  });

  it('reports an expired certificate as expired', async () => {
    const certificate = await certificates().findOneByOrFail({ serial });
    await certificates().update({ id: certificate.id }, { expiresAt: new Date(Date.now() - 1000) });
    const page = await request(fixture.portal.server).get(`/verify/${serial}`).expect(200);
    expect(page.text).toContain('Hết hiệu lực');
    await certificates().update({ id: certificate.id }, { expiresAt: certificate.expiresAt });
  });

  it('lets an admin revoke with a reason; the page shows it and the learner may take the quiz again', async () => {
    const { agent: admin } = await signIn(fixture.portal.server, 'admin');
    const page = await admin.get(`/certificates/${serial}`).expect(200);
    const token = csrfTokenFrom(page.text);
    await admin.post(`/certificates/${serial}/revoke`).type('form').send({ _csrf: token, reason: '' }).expect(400);
    await admin.post(`/certificates/${serial}/revoke`).type('form').send({ _csrf: token, reason: 'Cấp nhầm người' }).expect(303);
    const verification = await request(fixture.portal.server).get(`/verify/${serial}`).expect(200);
    expect(verification.text).toContain('Đã thu hồi');
    expect(verification.text).toMatch(/thu hồi ngày \d{2}\/\d{2}\/\d{4}/);
    expect(await fixture.portal.dataSource.getRepository(AuditEvent).countBy({ action: AuditAction.CertificateRevoked, targetId: serial })).toBe(1);

    const { agent: learner } = await signIn(fixture.portal.server, 'learner');
    const course = await learner.get(`/courses/${COURSE}`).expect(200);
    expect(course.text).toContain('Làm bài kiểm tra');
  });

  it('refuses revocation to anyone but an admin', async () => {
    const { agent: hr } = await signIn(fixture.portal.server, 'hr');
    const token = csrfTokenFrom((await hr.get('/hr')).text);
    await hr.post(`/certificates/${serial}/revoke`).type('form').send({ _csrf: token, reason: 'Không được phép' }).expect(403);
  });

  it('rate-limits the public verification page', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++) statuses.push((await request(fixture.portal.server).get('/verify/ABCD-EFGH-JKMN')).status);
    expect(statuses).toContain(429);
  });
});

describeEachDatabase('Certificate issuer settings and re-issue', (kind) => {
  const fixture = usePortal(kind);

  const passQuiz = async (username: string, course: string): Promise<Certificate> => {
    const { agent } = await signIn(fixture.portal.server, username);
    const id = await startAttempt(agent, course);
    await submitAttempt(agent, id, await answerForm(fixture.portal.dataSource, id, true));
    return fixture.portal.dataSource.getRepository(Certificate).findOneByOrFail({ attemptId: id });
  };
  const issuerOf = (certificate: Certificate) => (JSON.parse(certificate.data) as { issuer: { signerName: string; agency: string } }).issuer;

  it('lets an admin change the signer; new certificates carry it, issued ones keep theirs', async () => {
    const before = await passQuiz('learner', 'NTS-49');
    expect(issuerOf(before).signerName).toBe('Phạm Văn Đức');

    const { agent: admin } = await signIn(fixture.portal.server, 'admin');
    const form = await admin.get('/admin/settings/certificates').expect(200);
    const token = csrfTokenFrom(form.text);
    const values = { parentAgency: 'ỦY BAN NHÂN DÂN TỈNH AN HÒA', agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Lê Văn Tám', place: 'An Hòa' };
    const refused = await admin
      .post('/admin/settings/certificates')
      .type('form')
      .send({ ...values, signerName: '', _csrf: token })
      .expect(422);
    expect(refused.text).toContain('Nhập họ tên người ký.');
    await admin
      .post('/admin/settings/certificates')
      .type('form')
      .send({ ...values, _csrf: token })
      .expect(303);
    expect(await fixture.portal.dataSource.getRepository(AuditEvent).countBy({ action: AuditAction.SettingsChanged, actorName: 'admin' })).toBe(1);

    const after = await passQuiz('head', 'NTS-49');
    expect(issuerOf(after).signerName).toBe('Lê Văn Tám');
    const reloaded = await fixture.portal.dataSource.getRepository(Certificate).findOneByOrFail({ id: before.id });
    expect(issuerOf(reloaded).signerName).toBe('Phạm Văn Đức');
    const { agent: learner } = await signIn(fixture.portal.server, 'learner');
    expect(pdfText(await download(learner, `/certificates/${before.serial}/download`))).toContain('Phạm Văn Đức');
  });

  it('refuses the settings page to anyone but an admin', async () => {
    const { agent: hr } = await signIn(fixture.portal.server, 'hr');
    await hr.get('/admin/settings/certificates').expect(403);
  });

  it('re-issues with today’s data as an audited admin action and revokes the old certificate', async () => {
    const original = await passQuiz('hr', 'TTDT-72');
    await fixture.portal.dataSource.getRepository(User).update({ username: 'hr' }, { fullName: 'Lê Thị Thu Hà (đã sửa)' });
    const { agent: admin } = await signIn(fixture.portal.server, 'admin');
    const token = csrfTokenFrom((await admin.get(`/certificates/${original.serial}`).expect(200)).text);
    const response = await admin.post(`/certificates/${original.serial}/reissue`).type('form').send({ _csrf: token }).expect(303);
    const newSerial = response.headers.location.split('/').pop()!;
    expect(newSerial).not.toBe(original.serial);

    const replacement = await fixture.portal.dataSource.getRepository(Certificate).findOneByOrFail({ serial: newSerial });
    expect(JSON.parse(replacement.data).holder.fullName).toBe('Lê Thị Thu Hà (đã sửa)');
    const old = await fixture.portal.dataSource.getRepository(Certificate).findOneByOrFail({ id: original.id });
    expect(old.revokedReason).toBe(`Đã cấp lại: ${newSerial}`);
    expect(JSON.parse(old.data).holder.fullName).toBe('Lê Thị Thu Hà');
    expect(await fixture.portal.dataSource.getRepository(AuditEvent).countBy({ action: AuditAction.CertificateReissued, targetId: original.serial })).toBe(1);
  });
});

async function download(agent: request.Agent, path: string): Promise<Buffer> {
  return (await agent.get(path).buffer(true).parse(collect).expect(200)).body as Buffer;
}

function collect(response: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}
