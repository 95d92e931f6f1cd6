import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { DEMO_PASSWORD } from '../src/demo/demo-organisation';
import { Department } from '../src/departments/department.entity';
import { ImportUploadChunk } from '../src/staff-import/import-upload-chunk.entity';
import { ImportUpload } from '../src/staff-import/import-upload.entity';
import { Role } from '../src/access/role';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { confirmImport, organisationState, passwordsIn, previewCsv, problemsIn, unescapeHtml, uploadCsv } from './helpers/csv-import';
import { counterDisagreements } from './helpers/ledger-check';
import { usePortal } from './helpers/portal-fixture';
import { csrfTokenFrom, signIn, startTestApp, TestApp } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

const FIXTURES = join(__dirname, 'fixtures', 'import');
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

describeEachDatabase('Staff import', (kind) => {
  const portal = usePortal(kind);
  const users = () => portal.portal.dataSource.getRepository(User);
  const person = (employeeCode: string) => users().findOneByOrFail({ employeeCode });
  // Files that grant roles need an administrator (issue 10): HR imports learners only.
  const importer = async () => (await signIn(portal.portal.server, 'admin')).agent;
  const hr = async () => (await signIn(portal.portal.server, 'hr')).agent;
  let second: TestApp | undefined;

  afterAll(async () => {
    await second?.close();
  });

  it('previews a new file without writing, then creates the people with one-time passwords', async () => {
    const agent = await importer();
    const before = await users().count();
    const { path, page } = await previewCsv(agent, 'staff', fixture('staff-utf8-bom.csv'), 'Danh sách mới.csv');
    expect(path).toMatch(/^\/people\/import\/[0-9a-f]{32}$/);
    expect(page.text).toContain('Danh sách mới.csv');
    expect(page.text).toContain('Xác nhận nhập');
    expect(page.text).toContain('<dt>Thêm mới</dt><dd>3</dd>');
    expect(page.text).toContain('<dt>Có trong hệ thống, không có trong tệp (giữ nguyên)</dt><dd>30</dd>');
    expect(await users().count()).toBe(before);

    const result = await confirmImport(agent, path, page).expect(200);
    expect(result.headers['cache-control']).toContain('no-store');
    const passwords = passwordsIn(result.text);
    expect([...passwords.keys()]).toEqual(['AH0101', 'AH0102', 'AH0103']);
    expect(await users().count()).toBe(before + 3);

    const an = await person('AH0101');
    expect(an).toMatchObject({ fullName: 'Nguyễn Văn An', username: 'ah0101', email: 'an.nv@anhoa.gov.vn', role: Role.Learner, mustChangePassword: true });
    expect(an.fullName).toBe(an.fullName.normalize('NFC'));
    expect(await person('AH0102')).toMatchObject({ fullName: 'Trần Thị Bích Ngọc', position: 'Trưởng phòng, Phòng Tổ chức', role: Role.Head });
    expect(await person('AH0103')).toMatchObject({ email: null, position: null });

    const firstSignIn = await signIn(portal.portal.server, 'ah0101', passwords.get('AH0101'));
    expect(firstSignIn.response.status).toBe(303);
    expect(firstSignIn.response.headers.location).toBe('/account/password');

    const audit = await portal.portal.dataSource.getRepository(AuditEvent).findOneByOrFail({ action: AuditAction.StaffImported });
    expect(audit).toMatchObject({ actorName: 'admin', targetType: 'import_upload', details: { file: 'Danh sách mới.csv', created: 3, updated: 0, unchanged: 0, notInFile: 30 } });
    expect(await portal.portal.dataSource.getRepository(ImportUploadChunk).countBy({ uploadId: path.split('/').pop() })).toBe(0);
  });

  it('changes nothing when the same file comes again', async () => {
    const agent = await importer();
    const before = await organisationState(portal.portal.dataSource);
    const { path, page } = await previewCsv(agent, 'staff', fixture('staff-utf8-bom.csv'));
    expect(page.text).toContain('<dt>Không thay đổi</dt><dd>3</dd>');
    const result = await confirmImport(agent, path, page).expect(200);
    expect(result.text).toContain('0 thêm mới, 0 cập nhật, 3 không thay đổi');
    expect(await organisationState(portal.portal.dataSource)).toBe(before);
  });

  it('updates a changed person, showing old and new values first', async () => {
    const agent = await importer();
    const csv = 'Mã cán bộ;Họ và tên;Email;Mã đơn vị;Chức vụ;Vai trò\nAH0101;Nguyễn Văn An;an.nv@anhoa.gov.vn;XA-TL;Phó Chủ tịch UBND xã;Trưởng đơn vị\n';
    const { path, page } = await previewCsv(agent, 'staff', csv);
    expect(unescapeHtml(page.text)).toContain('Chức vụ: Chuyên viên → <strong>Phó Chủ tịch UBND xã</strong>');
    expect(unescapeHtml(page.text)).toContain('Đơn vị: Phòng Chuyển đổi số (SKHCN-CDS) → <strong>UBND xã Tân Lập (XA-TL)</strong>');
    expect(page.text).toContain('Vai trò: Học viên → <strong>Trưởng đơn vị</strong>');
    await confirmImport(agent, path, page).expect(200);
    const tanLap = await portal.portal.dataSource.getRepository(Department).findOneByOrFail({ code: 'XA-TL' });
    expect(await person('AH0101')).toMatchObject({ position: 'Phó Chủ tịch UBND xã', departmentId: tanLap.id, role: Role.Head, fullName: 'Nguyễn Văn An' });
    // Moved with their ledger rows: the report's counters follow them to the new unit.
    expect(await counterDisagreements(portal.portal.dataSource)).toEqual([]);
  });

  it('reads a windows-1258 file, says so, and stores the names in NFC', async () => {
    const agent = await importer();
    const { path, page } = await previewCsv(agent, 'staff', fixture('staff-windows-1258.csv'));
    expect(page.text).toContain('Windows-1258');
    expect(page.text).toContain('Phạm Thị Hồng Nhung');
    await confirmImport(agent, path, page).expect(200);
    expect((await person('AH0201')).fullName).toBe('Phạm Thị Hồng Nhung'.normalize('NFC'));
    expect(await person('AH0202')).toMatchObject({ fullName: 'Nguyễn Đức Thắng', role: Role.Head, email: null });
  });

  it('refuses a file with bad rows, lists every problem, and writes nothing even when confirmed anyway', async () => {
    const agent = await importer();
    const before = await organisationState(portal.portal.dataSource);
    const csv = [
      'employee_code,full_name,email,department_code,position,role',
      'AH0301,Hà Thị Một,mot@anhoa.gov.vn,XA-AP,Chuyên viên,',
      'AH0302,Hà Thị Hai,hai@anhoa.gov.vn,XA-99,Chuyên viên,',
      'AH0303,,ba@anhoa.gov.vn,XA-98,Chuyên viên,',
      'AH0301,Hà Thị Bốn,bon@anhoa.gov.vn,XA-AP,Chuyên viên,',
      'AH0305,Hà Thị Năm,nam@,XA-AP,Chuyên viên,',
      'AH0306,Hà Thị Sáu,sau@anhoa.gov.vn,XA-AP,Chuyên viên,giám đốc',
      'AH0307,Hà Thị Bảy,bay@anhoa.gov.vn,XA-AP',
    ].join('\r\n');
    const { path, page } = await previewCsv(agent, 'staff', csv);
    expect(problemsIn(page.text)).toEqual([
      'line 3: unknown department code "XA-99" (mã đơn vị không tồn tại)',
      'line 4: empty full name (thiếu họ và tên)',
      'line 4: unknown department code "XA-98" (mã đơn vị không tồn tại)',
      'line 5: duplicate employee code "AH0301", already on line 2 (mã cán bộ trùng với dòng 2)',
      'line 6: invalid e-mail "nam@" (email không hợp lệ)',
      'line 7: unknown role "giám đốc": use learner, head, hr, admin or Học viên, Trưởng đơn vị, Tổ chức cán bộ, Quản trị (vai trò không hợp lệ)',
      'line 8: expected 6 columns, found 4 (số cột không đúng: cần 6, có 4)',
    ]);
    expect(page.text).not.toContain('Xác nhận nhập');
    await confirmImport(agent, path, page).expect(303).expect('Location', path);
    expect(await organisationState(portal.portal.dataSource)).toBe(before);
    expect(await portal.portal.dataSource.getRepository(ImportUpload).findOneByOrFail({ id: path.split('/').pop() })).toMatchObject({ appliedAt: null });
  });

  it('refuses a file without its required columns, and an empty file', async () => {
    const agent = await importer();
    expect(problemsIn((await previewCsv(agent, 'staff', 'employee_code,full_name\nAH0401,Lê An\n')).page.text)).toEqual([
      'line 1: missing column "email" (thiếu cột "Email")',
      'line 1: missing column "department_code" (thiếu cột "Mã đơn vị")',
      'line 1: missing column "position" (thiếu cột "Chức vụ")',
    ]);
    expect(problemsIn((await previewCsv(agent, 'staff', '\uFEFF\r\n')).page.text)).toEqual(['line 1: the file is empty (tệp rỗng, không có dữ liệu)']);
  });

  it('does not let HR create or change an administrator, and lets an administrator', async () => {
    const csv = 'employee_code,full_name,email,department_code,position,role\nAH0001,Trần Quốc Bảo,admin@anhoa.example,SKHCN-CDS,Trưởng phòng,admin\nAH0501,Lê Quản Trị,,SKHCN-CDS,,Quản trị\n';
    const refused = await previewCsv(await hr(), 'staff', csv);
    expect(problemsIn(refused.page.text)).toEqual([
      'line 2: "AH0001" is an administrator account: only an administrator may change it (tài khoản quản trị — chỉ quản trị hệ thống mới được thay đổi)',
      'line 3: only an administrator may create an administrator account (chỉ quản trị hệ thống mới được tạo tài khoản quản trị)',
    ]);
    const admin = (await signIn(portal.portal.server, 'admin')).agent;
    const allowed = await previewCsv(admin, 'staff', csv);
    expect(problemsIn(allowed.page.text)).toEqual([]);
    await confirmImport(admin, allowed.path, allowed.page).expect(200);
    expect(await person('AH0001')).toMatchObject({ position: 'Trưởng phòng', role: Role.Admin });
    expect(await person('AH0501')).toMatchObject({ role: Role.Admin });
  });

  it("does not let HR grant the head or HR role: roles are the administrator's", async () => {
    const csv = 'employee_code,full_name,email,department_code,position,role\nAH0601,Đỗ Văn Hùng,,XA-AP,,head\nAH0602,Phan Thị Lan,,XA-AP,,Tổ chức cán bộ\nAH0603,Vũ Minh,,XA-AP,,\n';
    const before = await organisationState(portal.portal.dataSource);
    const refused = await previewCsv(await hr(), 'staff', csv);
    expect(problemsIn(refused.page.text)).toEqual([
      'line 2: only an administrator may grant the role "head" (chỉ quản trị hệ thống mới được cấp vai trò Trưởng đơn vị)',
      'line 3: only an administrator may grant the role "hr" (chỉ quản trị hệ thống mới được cấp vai trò Tổ chức cán bộ)',
    ]);
    await confirmImport(await hr(), refused.path, refused.page);
    expect(await organisationState(portal.portal.dataSource)).toBe(before);
  });

  it('refuses a second confirmation of the same upload', async () => {
    const agent = await importer();
    const { path, page } = await previewCsv(agent, 'staff', 'employee_code,full_name,email,department_code,position\nAH0601,Lê Văn Sáu,,XA-AP,\n');
    await confirmImport(agent, path, page).expect(200);
    const again = await confirmImport(agent, path, page).expect(409);
    expect(again.text).toContain('Tệp này đã được nhập rồi');
    expect((await agent.get(path).expect(200)).text).toContain('Tệp này đã được nhập lúc');
  });

  it('keeps the upload between preview and confirmation across app instances, in chunks', async () => {
    // Closed with the suite: closing one SQLite instance early breaks the other's sign-in limiter.
    second = await startTestApp(portal.database.url);
    const rows = Array.from({ length: 1500 }, (_, index) => `AH${7000 + index},Nguyễn Thị Phương Thảo Số ${index},,XA-AP,Công chức Văn hóa – Xã hội,`);
    const csv = `employee_code,full_name,email,department_code,position\n${rows.join('\n')}\n`;
    const uploaded = await uploadCsv(await importer(), 'staff', csv);
    const id = uploaded.headers.location.split('/').pop();
    expect(await portal.portal.dataSource.getRepository(ImportUploadChunk).countBy({ uploadId: id })).toBeGreaterThan(1);
    const elsewhere = (await signIn(second.server, 'admin')).agent;
    const page = await elsewhere.get(`/people/import/${id}`).expect(200);
    expect(page.text).toContain('<dt>Thêm mới</dt><dd>1500</dd>');
    expect(page.text).toContain('… và 1000 dòng khác.');
  });

  it('answers 404 for another person’s upload, a made-up id and an expired upload', async () => {
    const units = portal.portal.dataSource.getRepository(Department);
    await portal.portal.app
      .get(UsersService)
      .create({ employeeCode: 'AH0900', username: 'hr2', fullName: 'Đỗ Thị Nhân', departmentId: (await units.findOneByOrFail({ code: 'SNV-TCBC' })).id, role: Role.Hr, password: DEMO_PASSWORD });
    const owner = await hr();
    const { path, page } = await previewCsv(owner, 'staff', 'employee_code,full_name,email,department_code,position\nAH0701,Lê Bảy,,XA-AP,\n');
    const other = (await signIn(portal.portal.server, 'hr2')).agent;
    const missing = await other.get('/people/import/0123456789abcdef0123456789abcdef').expect(404);
    expect((await other.get(path).expect(404)).text).toBe(missing.text);
    await confirmImport(other, path, await other.get('/people/import').expect(200)).expect(404);
    await (await signIn(portal.portal.server, 'admin')).agent.get(path).expect(404);
    await other.get('/people/import/not-an-id').expect(404);

    await portal.portal.dataSource.getRepository(ImportUpload).update({ id: path.split('/').pop() }, { createdAt: new Date(Date.now() - 25 * 3600 * 1000) });
    await owner.get(path).expect(404);
    await confirmImport(owner, path, page).expect(404);
  });

  it('refuses a form without the CSRF token, and a token in the URL, where logs would keep it', async () => {
    const agent = await importer();
    const form = (await agent.get('/people/import').expect(200)).text;
    const token = csrfTokenFrom(form);
    expect(form).toContain('action="/people/import"');
    expect(form).not.toMatch(/action="[^"]*_csrf/);
    await agent.post('/people/import').field('kind', 'staff').attach('file', Buffer.from('a,b\n'), 'a.csv').expect(403);
    await agent.post(`/people/import?_csrf=${token}`).field('kind', 'staff').attach('file', Buffer.from('a,b\n'), 'a.csv').expect(403);
    await agent.post('/people/import').field('kind', 'staff').field('_csrf', 'not-the-token').attach('file', Buffer.from('a,b\n'), 'a.csv').expect(403);
    const { path } = await previewCsv(agent, 'staff', 'employee_code,full_name,email,department_code,position\nAH0801,Lê Tám,,XA-AP,\n');
    await agent.post(`${path}/apply`).type('form').send({}).expect(403);
    await agent.post(`${path}/apply?_csrf=${token}`).type('form').send({}).expect(403);
    expect(await users().countBy({ employeeCode: 'AH0801' })).toBe(0);
  });

  it('lets only HR and administrators open the import pages', async () => {
    for (const account of ['learner', 'head']) {
      const agent = (await signIn(portal.portal.server, account)).agent;
      for (const path of ['/people/import', '/people/import/example-staff.csv', '/people/import/example-departments.csv']) await agent.get(path).expect(403);
      const token = csrfTokenFrom((await agent.get('/my').expect(200)).text);
      await agent.post(`/people/import?_csrf=${token}`).field('kind', 'staff').attach('file', Buffer.from('a,b\n'), 'a.csv').expect(403);
    }
    await request(portal.portal.server).get('/people/import').expect(303);
    expect((await (await hr()).get('/people').expect(200)).text).toContain('href="/people/import"');
    expect((await (await signIn(portal.portal.server, 'head')).agent.get('/people').expect(200)).text).not.toContain('href="/people/import"');
  });

  it('refuses oversized, Excel and missing files with a Vietnamese message above the form', async () => {
    const agent = await importer();
    const big = await uploadCsv(agent, 'staff', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    expect(big.status).toBe(413);
    expect(big.text).toContain('Tệp lớn hơn 5 MB');
    const workbook = await uploadCsv(agent, 'staff', Buffer.from('PK\x03\x04xlsx', 'latin1'), 'danh-sach.csv');
    expect(workbook.status).toBe(415);
    expect(workbook.text).toContain('Tệp này là bảng tính Excel, không phải CSV');
    const wrongName = await uploadCsv(agent, 'staff', 'a,b\n', 'danh-sach.pdf');
    expect(wrongName.status).toBe(415);
    const token = csrfTokenFrom((await agent.get('/people/import').expect(200)).text);
    const none = await agent.post('/people/import').field('_csrf', token).field('kind', 'staff').expect(400);
    expect(none.text).toContain('Hãy chọn tệp CSV để tải lên.');
    expect(csrfTokenFrom(none.text)).toBe(token);
  });

  it('offers example files in UTF-8 with BOM that import as they are', async () => {
    const agent = await importer();
    for (const [name, kindOfFile] of [
      ['example-staff.csv', 'staff'],
      ['example-departments.csv', 'departments'],
    ]) {
      const example = await agent
        .get(`/people/import/${name}`)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(example.status).toBe(200);
      expect(example.headers['content-type']).toBe('text/csv; charset=utf-8');
      const bytes = example.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(problemsIn((await previewCsv(agent, kindOfFile, bytes)).page.text)).toEqual([]);
    }
  });
});
