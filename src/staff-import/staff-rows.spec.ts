import { Role } from '../access/role';
import { readCsvTable } from './csv-file';
import { formatProblem } from './import-problem';
import { parseRole, readStaffRows } from './staff-rows';

const HEADER = 'employee_code,full_name,email,department_code,position,role';

function read(text: string): { rows: ReturnType<typeof readStaffRows>['rows']; problems: string[]; ignoredColumns: string[] } {
  const reading = readStaffRows(readCsvTable(text).table!);
  return { ...reading, problems: reading.problems.map(formatProblem) };
}

describe('readStaffRows', () => {
  it('should read English headers and normalise the values', () => {
    const { rows, problems } = read(`${HEADER}\nah0101,  Nguyễn   Văn An ,An.NV@AnHoa.gov.vn,stttt-cntt,Chuyên viên,\n`.replace('Nguyễn', 'Nguyễn'.normalize('NFD')));
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ line: 2, employeeCode: 'AH0101', fullName: 'Nguyễn Văn An', email: 'an.nv@anhoa.gov.vn', departmentCode: 'STTTT-CNTT', position: 'Chuyên viên', role: null }]);
  });

  it('should read Vietnamese headers in any order, case and spelling of diacritics, and ignore unknown columns', () => {
    const { rows, problems, ignoredColumns } = read('STT;Họ và tên;MÃ CÁN BỘ;Email;Mã đơn vị;Chức vụ;vai tro\n1;Lê Thị Thu;AH0105;;XA-AP;;Tổ chức cán bộ\n');
    expect(problems).toEqual([]);
    expect(ignoredColumns).toEqual(['STT']);
    expect(rows[0]).toMatchObject({ employeeCode: 'AH0105', fullName: 'Lê Thị Thu', email: null, position: null, role: Role.Hr });
  });

  it('should accept a file without the optional role column', () => {
    const { rows, problems } = read('employee_code,full_name,email,department_code,position\nAH0106,Lê Văn Tám,,XA-AP,\n');
    expect(problems).toEqual([]);
    expect(rows[0].role).toBeNull();
  });

  it('should name every missing or repeated required column on line 1', () => {
    expect(read('employee_code,full_name,full_name,department_code\nA1,B,C,D\n').problems).toEqual([
      'line 1: column "full_name" appears more than once (cột "Họ và tên" bị lặp)',
      'line 1: missing column "email" (thiếu cột "Email")',
      'line 1: missing column "position" (thiếu cột "Chức vụ")',
    ]);
  });

  it('should refuse a header without data rows', () => {
    expect(read(`${HEADER}\n`).problems).toEqual(['line 2: no data rows below the header (không có dòng dữ liệu nào dưới dòng tiêu đề)']);
  });

  it('should report each bad row with its line and reason', () => {
    const text = [
      HEADER,
      'AH0101,Nguyễn Văn An,an@anhoa.gov.vn,XA-AP,Chuyên viên,learner',
      'AH0102,,b@anhoa.gov.vn,XA-AP,Chuyên viên,learner',
      'AH0103,Trần Văn Bình,not-an-email,XA-AP,Chuyên viên,learner',
      'AH0101,Nguyễn Văn An,an@anhoa.gov.vn,XA-AP,Chuyên viên,learner',
      'AH0104,Lê Văn Cường,c@anhoa.gov.vn,XA-AP,Chuyên viên,boss',
      'AH0105,Phạm Văn Dũng,d@anhoa.gov.vn,XA-AP',
      ',Hoàng Văn Em,e@anhoa.gov.vn,XA-AP,Chuyên viên,',
      'A B,Đỗ Văn Phú,f@anhoa.gov.vn,XA-AP,Chuyên viên,',
      'AH0108,Vũ Văn Giang,g@anhoa.gov.vn,,Chuyên viên,',
    ].join('\n');
    expect(read(text).problems).toEqual([
      'line 3: empty full name (thiếu họ và tên)',
      'line 4: invalid e-mail "not-an-email" (email không hợp lệ)',
      'line 5: duplicate employee code "AH0101", already on line 2 (mã cán bộ trùng với dòng 2)',
      'line 6: unknown role "boss": use learner, head, hr, admin or Học viên, Trưởng đơn vị, Tổ chức cán bộ, Quản trị (vai trò không hợp lệ)',
      'line 7: expected 6 columns, found 4 (số cột không đúng: cần 6, có 4)',
      'line 8: empty employee code (thiếu mã cán bộ)',
      'line 9: invalid employee code "A B": use 2 to 32 letters, digits, ".", "-" or "_" (mã cán bộ không hợp lệ)',
      'line 10: empty department code (thiếu mã đơn vị)',
    ]);
  });

  it('should keep the department of each refused row for the database check', () => {
    const reading = readStaffRows(readCsvTable(`${HEADER}\nAH0101,,x@y,xa-99,,\nAH0101,Bình,,XA-AP,,\nAH0103,Cường,,XA-AP,\n`).table!);
    expect(reading.refusedRowDepartments).toEqual([
      { line: 2, departmentCode: 'XA-99' },
      { line: 3, departmentCode: 'XA-AP' },
    ]);
  });

  it('should tolerate trailing empty cells but not extra values', () => {
    expect(read(`${HEADER}\nAH0101,An,,XA-AP,,,,\nAH0102,Bình,,XA-AP,,,x\n`).problems).toEqual(['line 3: expected 6 columns, found 7 (số cột không đúng: cần 6, có 7)']);
  });
});

describe('parseRole', () => {
  it('should accept the English values and the Vietnamese labels', () => {
    expect(['learner', 'Học viên', 'HEAD', 'Trưởng đơn vị', 'hr', 'Tổ chức cán bộ', 'admin', 'Quản trị', 'Quản trị hệ thống'].map(parseRole)).toEqual([
      Role.Learner,
      Role.Learner,
      Role.Head,
      Role.Head,
      Role.Hr,
      Role.Hr,
      Role.Admin,
      Role.Admin,
      Role.Admin,
    ]);
  });

  it('should leave an empty cell to the plan and flag anything else', () => {
    expect(parseRole('  ')).toBeNull();
    expect(parseRole('giám đốc')).toBe('unknown');
  });
});
