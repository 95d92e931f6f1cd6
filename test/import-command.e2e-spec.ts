import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { Department } from '../src/departments/department.entity';
import { ImportKind } from '../src/staff-import/import-kind';
import { runImportCommand } from '../src/staff-import/import-command';
import { User } from '../src/users/user.entity';
import { verifyPassword } from '../src/users/password-hasher';
import { organisationState } from './helpers/csv-import';
import { usePortal } from './helpers/portal-fixture';
import { describeEachDatabase } from './helpers/test-database';

const directory = mkdtempSync(join(tmpdir(), 'attt-import-'));

function csvFile(name: string, content: string | Buffer): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

describeEachDatabase('Import commands', (kind) => {
  const portal = usePortal(kind);

  async function run(importKind: ImportKind, path: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const output = { stdout: '', stderr: '' };
    const streams = { stdout: { write: (text: string) => (output.stdout += text) }, stderr: { write: (text: string) => (output.stderr += text) } };
    const code = await runImportCommand(portal.portal.app, importKind, path, streams, importKind === ImportKind.Staff ? 'users:import' : 'departments:import');
    return { code, ...output };
  }

  it('refuses a file with problems on stderr, exits 1 and writes nothing', async () => {
    const before = await organisationState(portal.portal.dataSource);
    const path = csvFile('bad.csv', 'employee_code;full_name;email;department_code;position\nAH0101;Lê An;;XA-99;\nAH0102;Lê Bình;binh@;XA-AP;\n');
    expect(await run(ImportKind.Staff, path)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'line 2: unknown department code "XA-99" (mã đơn vị không tồn tại)\n' + 'line 3: invalid e-mail "binh@" (email không hợp lệ)\n' + 'Nothing was imported: fix the 2 problem(s) above.\n',
    });
    expect(await organisationState(portal.portal.dataSource)).toBe(before);
  });

  it('imports departments, then staff, printing each one-time password once', async () => {
    const units = await run(ImportKind.Departments, csvFile('units.csv', 'code,name,parent_code\nXA-MT,UBND xã Mỹ Thạnh,PHUONG-BT\n'));
    expect(units).toEqual({ code: 0, stdout: 'Imported departments from units.csv: 1 created, 0 updated, 0 unchanged, 13 not in file (left alone).\n', stderr: '' });
    expect((await portal.portal.dataSource.getRepository(Department).findOneByOrFail({ code: 'XA-MT' })).path).toMatch(/^\/\d+\/\d+\/\d+\/$/);

    const path = csvFile(
      'staff.csv',
      'employee_code,full_name,email,department_code,position,role\nAH0101,Lê An,,XA-MT,,\nAH0004,Nguyễn Thị Hằng,learner@anhoa.example,SKHCN-CDS,Chuyên viên chính,learner\n',
    );
    const result = await run(ImportKind.Staff, path);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Imported staff from staff.csv: 1 created, 1 updated, 0 unchanged, 29 not in file (left alone).');
    expect(lines[2]).toMatch(/^AH0101\t[2-9a-hjkmnp-z]{12}$/);
    const created = await portal.portal.dataSource.getRepository(User).findOneByOrFail({ employeeCode: 'AH0101' });
    expect(created.mustChangePassword).toBe(true);
    expect(await verifyPassword(lines[2].split('\t')[1], created.passwordHash)).toBe(true);
    const audit = await portal.portal.dataSource.getRepository(AuditEvent).findOneByOrFail({ action: AuditAction.StaffImported });
    expect(audit).toMatchObject({ actorId: null, actorName: 'users:import', details: { file: 'staff.csv', created: 1, updated: 1 } });

    expect((await run(ImportKind.Staff, path)).stdout).toBe('Imported staff from staff.csv: 0 created, 0 updated, 2 unchanged, 29 not in file (left alone).\n');
  });

  it('says when it read a file as windows-1258', async () => {
    const result = await run(ImportKind.Staff, csvFile('cp1258.csv', readFileSync(join(__dirname, 'fixtures', 'import', 'staff-windows-1258.csv'))));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('windows-1258');
    expect((await portal.portal.dataSource.getRepository(User).findOneByOrFail({ employeeCode: 'AH0201' })).fullName).toBe('Phạm Thị Hồng Nhung');
  });
});
