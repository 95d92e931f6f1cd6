import { Role } from '../access/role';
import { COMMAND_LINE_ACTOR, ImportActor } from './import-plan';
import { formatProblem } from './import-problem';
import { KnownDepartment, KnownPerson, planStaffImport, StaffSnapshot } from './staff-import-plan';
import { StaffRow } from './staff-rows';

const CNTT: KnownDepartment = { id: 5, code: 'STTTT-CNTT', name: 'Phòng Công nghệ thông tin' };
const XA_AP: KnownDepartment = { id: 11, code: 'XA-AP', name: 'UBND xã An Phú' };
const HR: ImportActor = { id: 2, role: Role.Hr };
const ADMIN: ImportActor = { id: 1, role: Role.Admin };

const person = (overrides: Partial<KnownPerson>): KnownPerson => ({
  id: 10,
  employeeCode: 'AH0010',
  fullName: 'Ngô Thị Mai',
  email: 'ah0010@anhoa.example',
  position: 'Kế toán',
  departmentId: CNTT.id,
  role: Role.Learner,
  ...overrides,
});

const row = (overrides: Partial<StaffRow>): StaffRow => ({
  line: 2,
  employeeCode: 'AH0010',
  fullName: 'Ngô Thị Mai',
  email: 'ah0010@anhoa.example',
  departmentCode: 'STTTT-CNTT',
  position: 'Kế toán',
  role: null,
  ...overrides,
});

function snapshot(people: KnownPerson[], usernameHolders: Array<[string, string]> = []): StaffSnapshot {
  return {
    departmentsByCode: new Map([CNTT, XA_AP].map((unit) => [unit.code, unit])),
    departmentsById: new Map([CNTT, XA_AP].map((unit) => [unit.id, unit])),
    people: new Map(people.map((known) => [known.employeeCode, known])),
    usernameHolders: new Map(usernameHolders),
    staffCount: 30,
  };
}

describe('planStaffImport', () => {
  it('should count an identical row as unchanged, whatever the role cell says when it is empty', () => {
    const plan = planStaffImport([row({ role: null })], snapshot([person({ role: Role.Head })]), HR);
    expect(plan).toEqual({ creates: [], updates: [], unchanged: 1, notInFile: 29, problems: [] });
  });

  it('should list the changed fields of a known person, old and new', () => {
    const plan = planStaffImport([row({ position: 'Chuyên viên', departmentCode: 'XA-AP', role: Role.Head })], snapshot([person({})]), ADMIN);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]).toMatchObject({ userId: 10, roleBefore: Role.Learner, role: Role.Head, department: XA_AP });
    expect(plan.updates[0].changes).toEqual([
      { field: 'Chức vụ', from: 'Kế toán', to: 'Chuyên viên' },
      { field: 'Đơn vị', from: 'Phòng Công nghệ thông tin (STTTT-CNTT)', to: 'UBND xã An Phú (XA-AP)' },
      { field: 'Vai trò', from: 'Học viên', to: 'Trưởng đơn vị' },
    ]);
  });

  it('should create someone new as a learner unless the file says otherwise', () => {
    const plan = planStaffImport([row({ employeeCode: 'AH0101' }), row({ line: 3, employeeCode: 'AH0102', role: Role.Hr })], snapshot([]), ADMIN);
    expect(plan.creates.map((planned) => [planned.employeeCode, planned.role])).toEqual([
      ['AH0101', Role.Learner],
      ['AH0102', Role.Hr],
    ]);
    expect(plan.notInFile).toBe(30);
  });

  it('should refuse an unknown department and a sign-in name someone else holds', () => {
    const plan = planStaffImport([row({ departmentCode: 'XA-99' }), row({ line: 3, employeeCode: 'ADMIN' })], snapshot([], [['admin', 'AH0001']]), HR);
    expect(plan.problems.map(formatProblem)).toEqual([
      'line 2: unknown department code "XA-99" (mã đơn vị không tồn tại)',
      'line 3: sign-in name "admin" already belongs to employee "AH0001" (tên đăng nhập đã được dùng cho người khác)',
    ]);
  });

  it('should also check the department of a row refused for other reasons', () => {
    const plan = planStaffImport([], snapshot([]), HR, [
      { line: 4, departmentCode: 'XA-99' },
      { line: 5, departmentCode: 'XA-AP' },
    ]);
    expect(plan.problems.map(formatProblem)).toEqual(['line 4: unknown department code "XA-99" (mã đơn vị không tồn tại)']);
  });

  it('should not let HR create, change or make an administrator', () => {
    const admin = person({ id: 1, employeeCode: 'AH0001', role: Role.Admin });
    const rows = [row({ employeeCode: 'AH0101', role: Role.Admin }), row({ line: 3, employeeCode: 'AH0001', position: 'Khác' }), row({ line: 4, role: Role.Admin })];
    const plan = planStaffImport(rows, snapshot([admin, person({})]), HR);
    expect(plan.problems.map(formatProblem)).toEqual([
      'line 2: only an administrator may create an administrator account (chỉ quản trị hệ thống mới được tạo tài khoản quản trị)',
      'line 3: "AH0001" is an administrator account: only an administrator may change it (tài khoản quản trị — chỉ quản trị hệ thống mới được thay đổi)',
      'line 4: only an administrator may grant the administrator role (chỉ quản trị hệ thống mới được cấp vai trò quản trị)',
    ]);
  });

  it("should not let HR grant or change any role: roles are the administrator's", () => {
    const rows = [
      row({ employeeCode: 'AH0101', role: Role.Head }),
      row({ line: 3, employeeCode: 'AH0102', role: Role.Hr }),
      row({ line: 4, role: Role.Head }),
      row({ line: 5, employeeCode: 'AH0011', role: Role.Learner }),
    ];
    const plan = planStaffImport(rows, snapshot([person({}), person({ id: 11, employeeCode: 'AH0011', role: Role.Head })]), HR);
    expect(plan.problems.map(formatProblem)).toEqual([
      'line 2: only an administrator may grant the role "head" (chỉ quản trị hệ thống mới được cấp vai trò Trưởng đơn vị)',
      'line 3: only an administrator may grant the role "hr" (chỉ quản trị hệ thống mới được cấp vai trò Tổ chức cán bộ)',
      'line 4: only an administrator may grant the role "head" (chỉ quản trị hệ thống mới được cấp vai trò Trưởng đơn vị)',
      'line 5: only an administrator may grant the role "learner" (chỉ quản trị hệ thống mới được cấp vai trò Học viên)',
    ]);
    expect(plan.creates).toEqual([]);
    expect(plan.updates).toEqual([]);
  });

  it('should let HR list an administrator unchanged, and an administrator change one', () => {
    const admin = person({ id: 1, employeeCode: 'AH0001', role: Role.Admin });
    expect(planStaffImport([row({ employeeCode: 'AH0001' })], snapshot([admin]), HR).unchanged).toBe(1);
    const plan = planStaffImport([row({ employeeCode: 'AH0001', role: Role.Learner })], snapshot([admin]), COMMAND_LINE_ACTOR);
    expect(plan.problems).toEqual([]);
    expect(plan.updates[0].role).toBe(Role.Learner);
  });

  it('should not let anyone change their own role by a file', () => {
    const self = person({ id: 2, employeeCode: 'AH0002', role: Role.Hr });
    const plan = planStaffImport([row({ employeeCode: 'AH0002', role: Role.Learner })], snapshot([self]), HR);
    expect(plan.problems.map(formatProblem)).toEqual(['line 2: you cannot change your own role by import (không thể tự thay đổi vai trò của mình qua tệp nhập)']);
  });
});
