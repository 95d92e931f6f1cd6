import { createPublicKey } from 'node:crypto';
import request from 'supertest';
import { Attempt } from '../src/attempts/attempt.entity';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { Certificate } from '../src/certificates/certificate.entity';
import { verifyCertificateFile } from '../src/certificates/verify-certificate-file';
import { Department } from '../src/departments/department.entity';
import { Role } from '../src/users/role';
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

  const binary = (response: request.Response, callback: (error: Error | null, body: Buffer) => void): void => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  };
  const download = async (agent: request.Agent, path: string, status = 200): Promise<Buffer> =>
    (await agent.get(path).buffer(true).parse(binary).expect(status)).body as Buffer;
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
    expect(page.text).not.toContain('Phòng Công nghệ thông tin');
    const typed = await request(fixture.portal.server).get(`/verify/${serial.toLowerCase().replace(/-/g, '')}`).expect(200);
    expect(typed.text).toContain('Còn hiệu lực');
  });

  it('says clearly when a serial is unknown', async () => {
    const page = await request(fixture.portal.server).get('/verify/ABCD-EFGH-JKMN').expect(200);
    expect(page.text).toContain('Không tìm thấy giấy chứng nhận');
  });

  it('lets HR and the head over the holder download, and answers 404 to a head elsewhere', async () => {
    const outside = await fixture.portal.dataSource.getRepository(Department).findOneByOrFail({ code: 'SNV' });
    await fixture.portal.app.get(UsersService).create({ employeeCode: 'HEAD-SNV', username: 'head-snv', fullName: 'Mai Xuân Trường', departmentId: outside.id, role: Role.Head, password: 'Truong-phong-2026' });
    const { agent: otherHead } = await signIn(fixture.portal.server, 'head-snv', 'Truong-phong-2026');
    await otherHead.get(`/certificates/${serial}/download`).expect(404);
    await otherHead.get(`/certificates/${serial}`).expect(404);
    await otherHead.get('/departments/STTTT-CNTT/certificates/zip').expect(404);

    const { agent: head } = await signIn(fixture.portal.server, 'head');
    await download(head, `/certificates/${serial}/download`);
    const { agent: hr } = await signIn(fixture.portal.server, 'hr');
    const listing = await hr.get('/departments/STTTT/certificates').expect(200);
    expect(listing.text).toContain(serial);
    const zip = await download(hr, '/departments/STTTT/certificates/zip');
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    expect(zipEntryCount(zip)).toBe(1);
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
