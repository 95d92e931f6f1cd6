import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { In } from 'typeorm';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { Certificate } from '../src/certificates/certificate.entity';
import { Assignment } from '../src/compliance/assignment.entity';
import { ComplianceRecord } from '../src/compliance/compliance-record.entity';
import { COMPLIANCE_SYNC, ComplianceSync } from '../src/common/compliance-sync';
import { Course } from '../src/courses/course.entity';
import { Department } from '../src/departments/department.entity';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { confirmImport, previewCsv } from './helpers/csv-import';
import { ledgerDisagreements } from './helpers/ledger-check';
import { pdfText } from './helpers/pdf-tools';
import { usePortal } from './helpers/portal-fixture';
import { answerForm, startAttempt, submitAttempt } from './helpers/quiz';
import { getBytes } from './helpers/export-streams';
import { csrfTokenFrom, signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

type CsvRow = Record<string, string>;

async function download(agent: request.Agent, path: string, status = 200): Promise<Buffer> {
  const response = await getBytes(agent, path).expect(status);
  return response.body as Buffer;
}

const csv = (buffer: Buffer): CsvRow[] => parse(buffer.toString('utf8').replace(/^\uFEFF/, ''), { columns: true }) as CsvRow[];
const rowOf = (rows: CsvRow[], code: string): CsvRow => rows.find((row) => row.department_code === code)!;

describeEachDatabase('Compliance ledger and reports', (kind) => {
  const fixture = usePortal(kind);
  const dataSource = () => fixture.portal.dataSource;
  const courseId = async (code: string) => (await dataSource().getRepository(Course).findOneByOrFail({ code })).id;

  // The demo organisation's numbers, counted by hand from src/demo/demo-history.ts and demo-organisation.ts.
  it('rolls the demo statuses up per department, as written by hand', async () => {
    const { agent: hr } = await signIn(fixture.portal.server, 'hr');
    const mxh = csv(await download(hr, '/reports/compliance.csv?course=MXH-CBCC&department=SKHCN'));
    expect(rowOf(mxh, 'SKHCN')).toEqual({
      department_code: 'SKHCN',
      department_name: 'Sở Khoa học và Công nghệ',
      assigned: '13',
      completed: '3',
      in_progress: '0',
      not_started: '0',
      overdue: '10',
      expired: '0',
      completion_rate: '23.1',
    });
    expect(rowOf(mxh, 'SKHCN-CDS')).toMatchObject({ assigned: '6', completed: '2', overdue: '4', completion_rate: '33.3' });
    expect(rowOf(mxh, 'SKHCN-BCVT')).toMatchObject({ assigned: '3', completed: '0', overdue: '3', completion_rate: '0.0' });

    const kgm = csv(await download(hr, '/reports/compliance.csv?course=KGM-4032'));
    expect(rowOf(kgm, 'UBND-TINH')).toMatchObject({ assigned: '30', completed: '3', expired: '1', in_progress: '2', not_started: '24', overdue: '0', completion_rate: '10.0' });

    const nts = csv(await download(hr, '/reports/compliance.csv?course=NTS-49'));
    // NTS-49 is assigned to the ward and the two communes directly under the province.
    expect(rowOf(nts, 'PHUONG-BT')).toMatchObject({ assigned: '3', completed: '0', not_started: '3', completion_rate: '0.0' });
    expect(rowOf(nts, 'XA-AP')).toMatchObject({ assigned: '3', completed: '1', in_progress: '1', not_started: '1', completion_rate: '33.3' });
    expect(rowOf(nts, 'XA-TL')).toMatchObject({ assigned: '3', expired: '1', not_started: '2', completion_rate: '0.0' });
    expect(rowOf(nts, 'UBND-TINH')).toMatchObject({ assigned: '9', completed: '1', in_progress: '1', expired: '1', not_started: '6', completion_rate: '11.1' });
    expect(rowOf(nts, 'VP-UBND')).toMatchObject({ assigned: '0', completion_rate: '' });
    expect(nts.map((row) => row.department_code)).toContain('SNV');
  });

  it('shows the same numbers in the page, the spreadsheet and the PDF', async () => {
    const { agent: hr } = await signIn(fixture.portal.server, 'hr');
    const page = await hr.get('/reports/compliance?course=MXH-CBCC&department=SKHCN').expect(200);
    const stttt = /<tr data-department="SKHCN">([\s\S]*?)<\/tr>/.exec(page.text)![1];
    expect([...stttt.matchAll(/<td class="num">([^<]*)/g)].map((match) => match[1])).toEqual(['13', '3', '0', '0', '10', '0', '23,1%']);

    const workbook = new ExcelJS.Workbook();
    const xlsx = await download(hr, '/reports/compliance.xlsx?course=MXH-CBCC&department=SKHCN');
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const values = sheet.getRow(2).values as unknown[];
    expect(values).toEqual(expect.arrayContaining(['SKHCN', 13, 3, 10]));

    const text = pdfText(await download(hr, '/reports/compliance.pdf?course=MXH-CBCC&department=SKHCN'));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Phòng Chuyển đổi số');
    expect(text).toMatch(/23[,.]1/);
    expect(await dataSource().getRepository(AuditEvent).countBy({ action: AuditAction.ReportExported })).toBeGreaterThanOrEqual(3);
  });

  it('lists people with status, best score, completion date, serial and due date', async () => {
    const { agent: hr } = await signIn(fixture.portal.server, 'hr');
    const people = csv(await download(hr, '/reports/people.csv?course=MXH-CBCC&department=SKHCN'));
    expect(Object.keys(people[0])).toEqual(['employee_code', 'full_name', 'department_code', 'course_code', 'status', 'best_score', 'completed_at', 'certificate_serial', 'due_date']);
    expect(people).toHaveLength(13);
    const completed = people.find((row) => row.employee_code === 'AH0011')!;
    expect(completed).toMatchObject({ status: 'completed', best_score: '100', course_code: 'MXH-CBCC' });
    expect(completed.completed_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(completed.certificate_serial).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(people.find((row) => row.employee_code === 'AH0014')).toMatchObject({ status: 'overdue', best_score: '0' });
  });

  it('never shows a head another unit, in the page or any export', async () => {
    const { agent: head } = await signIn(fixture.portal.server, 'head');
    const page = await head.get('/reports/compliance').expect(200);
    expect(page.text).toContain('Phòng Chuyển đổi số');
    expect(page.text).not.toContain('Sở Nội vụ');
    const summary = csv(await download(head, '/reports/compliance.csv'));
    expect(summary.map((row) => row.department_code).sort()).toEqual(['SKHCN', 'SKHCN-BCVT', 'SKHCN-CDS', 'SKHCN-VP']);
    const people = csv(await download(head, '/reports/people.csv'));
    const codes = new Set(people.map((row) => row.department_code));
    expect([...codes].every((code) => code.startsWith('SKHCN'))).toBe(true);
    for (const path of ['/reports/compliance?department=SNV', '/reports/compliance.csv?department=SNV', '/reports/people.csv?department=SNV', '/reports/compliance.pdf?department=UBND-TINH']) {
      await head.get(path).expect(404);
    }
    const dashboard = await head.get('/head').expect(200);
    expect(dashboard.text).toContain('<svg class="chart"');
    expect(dashboard.text).not.toContain('Sở Nội vụ');
  });

  it('shows learners their assigned courses first, with status and due date', async () => {
    const { agent: learner } = await signIn(fixture.portal.server, 'learner');
    const home = await learner.get('/my').expect(200);
    const cards = [...home.text.matchAll(/<li class="card course-card( course-assigned)?">[\s\S]*?<a href="\/courses\/([^"]+)">/g)].map((match) => [match[2], Boolean(match[1])]);
    expect(cards.slice(0, 2)).toEqual([
      ['MXH-CBCC', true],
      ['KGM-4032', true],
    ]);
    expect(cards.slice(2).every(([, assigned]) => !assigned)).toBe(true);
    expect(home.text).toContain('Quá hạn</span> Bắt buộc · hạn');
  });

  it('refuses reports to learners and assignments to heads', async () => {
    const { agent: learner } = await signIn(fixture.portal.server, 'learner');
    await learner.get('/reports/compliance').expect(403);
    await learner.get('/reports/people.csv').expect(403);
    const { agent: head } = await signIn(fixture.portal.server, 'head');
    await head.get('/assignments').expect(403);
  });

  it('keeps the ledger in step with every kind of event', async () => {
    const mxh = await courseId('MXH-CBCC');
    const kgm = await courseId('KGM-4032');
    expect(await ledgerDisagreements(dataSource(), mxh)).toEqual([]);

    // An attempt passes.
    const { agent: learner } = await signIn(fixture.portal.server, 'learner');
    const attemptId = await startAttempt(learner, 'MXH-CBCC');
    await submitAttempt(learner, attemptId, await answerForm(dataSource(), attemptId, true));
    const learnerUser = await dataSource().getRepository(User).findOneByOrFail({ username: 'learner' });
    expect(await dataSource().getRepository(ComplianceRecord).findOneBy({ userId: learnerUser.id, courseId: mxh, current: true })).toMatchObject({ status: 'completed' });
    expect(await ledgerDisagreements(dataSource(), mxh)).toEqual([]);

    // A certificate is revoked.
    const certificate = await dataSource().getRepository(Certificate).findOneByOrFail({ attemptId });
    const { agent: admin } = await signIn(fixture.portal.server, 'admin');
    const token = csrfTokenFrom((await admin.get(`/certificates/${certificate.serial}`)).text);
    await admin.post(`/certificates/${certificate.serial}/revoke`).type('form').send({ _csrf: token, reason: 'Kiểm thử thu hồi' }).expect(303);
    expect(await dataSource().getRepository(ComplianceRecord).findOneBy({ userId: learnerUser.id, courseId: mxh, current: true })).toMatchObject({ status: 'overdue' });
    expect(await ledgerDisagreements(dataSource(), mxh)).toEqual([]);

    // A person moves to another department, outside the assignment.
    const snv = await dataSource().getRepository(Department).findOneByOrFail({ code: 'SNV' });
    const mover = await dataSource().getRepository(User).findOneByOrFail({ employeeCode: 'AH0012' });
    await dataSource().getRepository(User).update({ id: mover.id }, { departmentId: snv.id });
    await dataSource().transaction((manager) => fixture.portal.app.get<ComplianceSync>(COMPLIANCE_SYNC).syncPeople(manager, [mover.id]));
    expect(await dataSource().getRepository(ComplianceRecord).findOneBy({ userId: mover.id, courseId: mxh, current: true })).toMatchObject({ assigned: false, departmentId: snv.id });
    expect(await ledgerDisagreements(dataSource(), mxh)).toEqual([]);
    expect(await ledgerDisagreements(dataSource(), kgm)).toEqual([]);

    // Time passes: a certificate expires and the daily refresh records it.
    const passed = await dataSource()
      .getRepository(Certificate)
      .findOneByOrFail({ user: { employeeCode: 'AH0009' }, courseId: kgm });
    const later = new Date(passed.expiresAt!.getTime() + 24 * 3600 * 1000);
    await dataSource().transaction((manager) => fixture.portal.app.get<ComplianceSync>(COMPLIANCE_SYNC).syncTimePassed(manager, later));
    expect(await dataSource().getRepository(ComplianceRecord).findOneBy({ certificateId: passed.id, current: true })).toMatchObject({ status: 'expired' });
    expect(await ledgerDisagreements(dataSource(), kgm, later)).toEqual([]);
    // Back to the present for the tests that follow: the refresh above touched every course.
    for (const course of await dataSource().getRepository(Course).find()) {
      await dataSource().transaction((manager) => fixture.portal.app.get<ComplianceSync>(COMPLIANCE_SYNC).syncCourse(manager, course.id));
    }
  });

  it('adds and removes assignments, keeping history and auditing both', async () => {
    const { agent: hr } = await signIn(fixture.portal.server, 'hr');
    const page = await hr.get('/assignments').expect(200);
    const token = csrfTokenFrom(page.text);
    await hr.post('/assignments').type('form').send({ _csrf: token, course: 'TTDT-72', department: 'SNV', includeSubdepartments: 'on', role: '', dueDate: '31/12/2026' }).expect(303);
    const ttdt = await courseId('TTDT-72');
    const rows = await dataSource().getRepository(ComplianceRecord).findBy({ courseId: ttdt, current: true, assigned: true });
    const snvPeople = await dataSource()
      .getRepository(User)
      .count({ where: { department: { code: In(['SNV', 'SNV-TCBC']) } } });
    expect(rows).toHaveLength(snvPeople);
    expect(rows.every((row) => row.dueDate === '2026-12-31' && row.status === 'not_started')).toBe(true);
    expect(await ledgerDisagreements(dataSource(), ttdt)).toEqual([]);

    const bad = await hr.post('/assignments').type('form').send({ _csrf: token, course: 'TTDT-72', dueDate: '31/02/2026' });
    expect(bad.status).toBe(400);

    const assignment = await dataSource().getRepository(Assignment).findOneByOrFail({ courseId: ttdt });
    await hr.post(`/assignments/${assignment.id}/remove`).type('form').send({ _csrf: token }).expect(303);
    const kept = await dataSource().getRepository(ComplianceRecord).findBy({ courseId: ttdt });
    expect(kept).toHaveLength(snvPeople);
    expect(kept.every((row) => !row.assigned)).toBe(true);
    const report = csv(await download(hr, '/reports/compliance.csv?course=TTDT-72'));
    expect(rowOf(report, 'SNV')).toMatchObject({ assigned: '0' });
    const audit = await dataSource()
      .getRepository(AuditEvent)
      .findBy({ action: In([AuditAction.AssignmentCreated, AuditAction.AssignmentRemoved]), targetId: String(assignment.id) });
    expect(audit.map((event) => event.action).sort()).toEqual([AuditAction.AssignmentCreated, AuditAction.AssignmentRemoved]);
  });

  it('opens a new cycle on recertification and keeps the expired one in the person’s history', async () => {
    const kgm = await courseId('KGM-4032');
    const person = await dataSource().getRepository(User).findOneByOrFail({ employeeCode: 'AH0015' });
    await fixture.portal.app.get(UsersService).setPassword(person.id, 'Tai-chung-nhan-2026');
    const { agent } = await signIn(fixture.portal.server, 'ah0015', 'Tai-chung-nhan-2026');
    const id = await startAttempt(agent, 'KGM-4032');
    await submitAttempt(agent, id, await answerForm(dataSource(), id, true));

    const cycles = await dataSource()
      .getRepository(ComplianceRecord)
      .find({ where: { userId: person.id, courseId: kgm }, order: { cycle: 'ASC' } });
    expect(cycles.map((row) => [row.cycle, row.current, row.status])).toEqual([
      [1, false, 'expired'],
      [2, true, 'completed'],
    ]);
    expect(await ledgerDisagreements(dataSource(), kgm)).toEqual([]);

    const { agent: head } = await signIn(fixture.portal.server, 'head');
    const history = await head.get('/people/AH0015/history').expect(200);
    expect(history.text).toContain('Chu kỳ trước');
    expect((history.text.match(/<code>[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}<\/code>/g) ?? []).length).toBeGreaterThanOrEqual(4);
    await head.get('/people/AH0017/history').expect(404);
    const { agent: learner } = await signIn(fixture.portal.server, 'learner');
    await learner.get('/people/AH0004/history').expect(200);
    await learner.get('/people/AH0015/history').expect(404);
  });

  it('enrols people who join later, and unassigns people who move out, when HR imports staff', async () => {
    const nts = await courseId('NTS-49');
    const { agent: hr } = await signIn(fixture.portal.server, 'hr');
    const join = 'employee_code,full_name,email,department_code,position,role\nLATE-01,Lê Văn Muộn,late01@anhoa.example,XA-TL,Công chức,\n';
    const preview = await previewCsv(hr, 'staff', join);
    await confirmImport(hr, preview.path, preview.page).expect(200);
    const newcomer = await dataSource().getRepository(User).findOneByOrFail({ employeeCode: 'LATE-01' });
    const assignment = await dataSource().getRepository(Assignment).findOneByOrFail({ courseId: nts });
    expect(await dataSource().getRepository(ComplianceRecord).findOneBy({ userId: newcomer.id, courseId: nts, current: true })).toMatchObject({
      assigned: true,
      status: 'not_started',
      dueDate: assignment.dueDate,
    });

    const move = join.replace('XA-TL', 'SNV');
    const second = await previewCsv(hr, 'staff', move);
    await confirmImport(hr, second.path, second.page).expect(200);
    expect(await dataSource().getRepository(ComplianceRecord).findOneBy({ userId: newcomer.id, courseId: nts, current: true })).toMatchObject({ assigned: false });
    expect(await ledgerDisagreements(dataSource(), nts)).toEqual([]);
  });
});
