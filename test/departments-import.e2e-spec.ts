import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { Department } from '../src/departments/department.entity';
import { confirmImport, organisationState, previewCsv, problemsIn, unescapeHtml } from './helpers/csv-import';
import { usePortal } from './helpers/portal-fixture';
import { signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

describeEachDatabase('Department import', (kind) => {
  const portal = usePortal(kind);
  const units = () => portal.portal.dataSource.getRepository(Department);
  const unit = (code: string) => units().findOneByOrFail({ code });
  const hr = async () => (await signIn(portal.portal.server, 'hr')).agent;

  /** Every stored path must be the chain of ancestor ids its parent links give. */
  async function expectPathsFollowParents(): Promise<void> {
    const all = await units().find();
    const byId = new Map(all.map((item) => [item.id, item]));
    const expected = (item: Department): string => `${item.parentId === null ? '/' : expected(byId.get(item.parentId)!)}${item.id}/`;
    expect(all.map((item) => [item.code, item.path])).toEqual(all.map((item) => [item.code, expected(item)]));
  }

  const NEW_UNITS = 'Mã đơn vị;Tên đơn vị;Mã đơn vị cấp trên\nxa-mt;Văn phòng HĐND và UBND phường Mỹ Tâm;UBND-HMT\nUBND-HMT;UBND phường  Mỹ Tâm;UBND-TINH\n';

  it('creates departments whose parent comes later in the file', async () => {
    const agent = await hr();
    const { path, page } = await previewCsv(agent, 'departments', NEW_UNITS);
    expect(page.text).toContain('<dt>Thêm mới</dt><dd>2</dd>');
    await confirmImport(agent, path, page).expect(200);
    const district = await unit('UBND-HMT');
    expect(district.name).toBe('UBND phường Mỹ Tâm');
    expect((await unit('XA-MT')).path).toBe(`${district.path}${(await unit('XA-MT')).id}/`);
    await expectPathsFollowParents();
    const audit = await portal.portal.dataSource.getRepository(AuditEvent).findOneByOrFail({ action: AuditAction.DepartmentsImported });
    expect(audit.details).toMatchObject({ created: 2, updated: 0, unchanged: 0, notInFile: 13 });
  });

  it('changes nothing when the same file comes again', async () => {
    const agent = await hr();
    const before = await organisationState(portal.portal.dataSource);
    const { path, page } = await previewCsv(agent, 'departments', NEW_UNITS);
    expect(page.text).toContain('<dt>Không thay đổi</dt><dd>2</dd>');
    await confirmImport(agent, path, page).expect(200);
    expect(await organisationState(portal.portal.dataSource)).toBe(before);
  });

  it('moves a department with its whole subtree and renames in the same file', async () => {
    const agent = await hr();
    const csv = 'code,name,parent_code\nSKHCN,Sở Khoa học và Công nghệ,PHUONG-BT\nSKHCN-CDS,Phòng Công nghệ số,SKHCN\n';
    const { path, page } = await previewCsv(agent, 'departments', csv);
    expect(unescapeHtml(page.text)).toContain('Đơn vị cấp trên: UBND-TINH → <strong>PHUONG-BT</strong>');
    expect(unescapeHtml(page.text)).toContain('Tên đơn vị: Phòng Chuyển đổi số → <strong>Phòng Công nghệ số</strong>');
    await confirmImport(agent, path, page).expect(200);
    const district = await unit('PHUONG-BT');
    const department = await unit('SKHCN');
    expect(department.path).toBe(`${district.path}${department.id}/`);
    expect((await unit('SKHCN-CDS')).path).toBe(`${department.path}${(await unit('SKHCN-CDS')).id}/`);
    expect((await unit('SKHCN-BCVT')).path.startsWith(department.path)).toBe(true);
    await expectPathsFollowParents();
    // The head of the moved department still sees exactly their subtree.
    const head = (await signIn(portal.portal.server, 'head')).agent;
    const page2 = await head.get('/departments').expect(200);
    expect(page2.text).toContain('Phòng Công nghệ số');
    expect(page2.text).not.toContain('UBND xã An Phú');
  });

  it('refuses bad rows, cycles and unknown parents, and writes nothing', async () => {
    const agent = await hr();
    const before = await organisationState(portal.portal.dataSource);
    const csv = [
      'code,name,parent_code',
      'AA,Đơn vị A,BB',
      'BB,Đơn vị B,AA',
      'UBND-TINH,Ủy ban nhân dân tỉnh An Hòa,SKHCN-CDS',
      'XA-99,UBND xã Chín,UBND-XX',
      'XA 10,UBND xã Mười,PHUONG-BT',
      'XA-11,,PHUONG-BT',
      'aa,Trùng mã,',
    ].join('\n');
    const { path, page } = await previewCsv(agent, 'departments', csv);
    expect(problemsIn(page.text)).toEqual([
      'line 2: department "AA" would be its own ancestor: AA → BB → AA (vòng lặp đơn vị cấp trên)',
      'line 3: department "BB" would be its own ancestor: BB → AA → BB (vòng lặp đơn vị cấp trên)',
      'line 4: department "UBND-TINH" would be its own ancestor: UBND-TINH → SKHCN-CDS → SKHCN → PHUONG-BT → UBND-TINH (vòng lặp đơn vị cấp trên)',
      'line 5: unknown parent department code "UBND-XX" (mã đơn vị cấp trên không tồn tại)',
      'line 6: invalid department code "XA 10": use 2 to 32 letters A-Z, digits or "-" (mã đơn vị không hợp lệ)',
      'line 7: empty department name (thiếu tên đơn vị)',
      'line 8: duplicate department code "AA", already on line 2 (mã đơn vị trùng với dòng 2)',
    ]);
    expect(page.text).not.toContain('Xác nhận nhập');
    await confirmImport(agent, path, page).expect(303);
    expect(await organisationState(portal.portal.dataSource)).toBe(before);
  });
});
