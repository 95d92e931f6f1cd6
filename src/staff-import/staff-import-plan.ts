import { Role, ROLE_LABELS } from '../access/role';
import { ImportProblem, importProblem } from './import-problem';
import { FieldChange, ImportActor, ImportPlan, shown } from './import-plan';
import { DepartmentReference, StaffRow } from './staff-rows';

export interface KnownDepartment {
  id: number;
  code: string;
  name: string;
}

export interface KnownPerson {
  id: number;
  employeeCode: string;
  fullName: string;
  email: string | null;
  position: string | null;
  departmentId: number;
  role: Role;
}

/** What the plan needs from the database: every department, and the people and sign-in names the file mentions. */
export interface StaffSnapshot {
  departmentsByCode: Map<string, KnownDepartment>;
  departmentsById: Map<number, KnownDepartment>;
  /** By employee code in upper case. */
  people: Map<string, KnownPerson>;
  /** Sign-in name → employee code of its holder, for the names new people would get. */
  usernameHolders: Map<string, string>;
  staffCount: number;
}

export interface PlannedPerson {
  line: number;
  employeeCode: string;
  fullName: string;
  email: string | null;
  position: string | null;
  department: KnownDepartment;
  role: Role;
}

export interface PlannedPersonUpdate extends PlannedPerson {
  userId: number;
  roleBefore: Role;
  changes: FieldChange[];
}

export type StaffPlan = ImportPlan<PlannedPerson, PlannedPersonUpdate>;

/**
 * Compares valid rows with the database: who is new, who changes (and how), who stays as they
 * are. Rows refused already are checked for their department too, so that one pass finds all.
 */
export function planStaffImport(rows: StaffRow[], snapshot: StaffSnapshot, actor: ImportActor, refusedRowDepartments: DepartmentReference[] = []): StaffPlan {
  const plan: StaffPlan = { creates: [], updates: [], unchanged: 0, notInFile: snapshot.staffCount - snapshot.people.size, problems: [] };
  for (const reference of refusedRowDepartments) {
    if (!snapshot.departmentsByCode.has(reference.departmentCode)) plan.problems.push(unknownDepartment(reference));
  }
  for (const row of rows) {
    const department = snapshot.departmentsByCode.get(row.departmentCode);
    if (!department) {
      plan.problems.push(unknownDepartment(row));
      continue;
    }
    const known = snapshot.people.get(row.employeeCode);
    if (known) planKnownPerson(plan, row, department, known, snapshot, actor);
    else planNewPerson(plan, row, department, snapshot, actor);
  }
  return plan;
}

function unknownDepartment(reference: DepartmentReference): ImportProblem {
  return importProblem(reference.line, `unknown department code "${reference.departmentCode}"`, 'mã đơn vị không tồn tại');
}

function planNewPerson(plan: StaffPlan, row: StaffRow, department: KnownDepartment, snapshot: StaffSnapshot, actor: ImportActor): void {
  const role = row.role ?? Role.Learner;
  const holder = snapshot.usernameHolders.get(row.employeeCode.toLowerCase());
  if (holder !== undefined) {
    const english = `sign-in name "${row.employeeCode.toLowerCase()}" already belongs to employee "${holder}"`;
    plan.problems.push(importProblem(row.line, english, 'tên đăng nhập đã được dùng cho người khác'));
  } else if (role === Role.Admin && actor.role !== Role.Admin) {
    plan.problems.push(importProblem(row.line, 'only an administrator may create an administrator account', 'chỉ quản trị hệ thống mới được tạo tài khoản quản trị'));
  } else if (role !== Role.Learner && actor.role !== Role.Admin) {
    plan.problems.push(roleGrantRefused(row.line, role));
  } else {
    plan.creates.push({ line: row.line, employeeCode: row.employeeCode, fullName: row.fullName, email: row.email, position: row.position, department, role });
  }
}

function planKnownPerson(plan: StaffPlan, row: StaffRow, department: KnownDepartment, known: KnownPerson, snapshot: StaffSnapshot, actor: ImportActor): void {
  const role = row.role ?? known.role;
  const changes = personChanges(known, { ...row, role }, department, snapshot);
  if (changes.length === 0) {
    plan.unchanged++;
    return;
  }
  const problem = changeRefusal(row, known, role, actor);
  if (problem) {
    plan.problems.push(problem);
    return;
  }
  const planned = { line: row.line, employeeCode: row.employeeCode, fullName: row.fullName, email: row.email, position: row.position, department, role };
  plan.updates.push({ ...planned, userId: known.id, roleBefore: known.role, changes });
}

/**
 * HR may not touch an administrator nor make one, nor grant or change any role: roles are the
 * administrator's (product.md §1, issue 10). Nobody changes their own role by a file.
 */
function changeRefusal(row: StaffRow, known: KnownPerson, role: Role, actor: ImportActor): ImportProblem | null {
  if (actor.role !== Role.Admin && known.role === Role.Admin) {
    return importProblem(row.line, `"${row.employeeCode}" is an administrator account: only an administrator may change it`, 'tài khoản quản trị — chỉ quản trị hệ thống mới được thay đổi');
  }
  if (actor.role !== Role.Admin && role === Role.Admin) {
    return importProblem(row.line, 'only an administrator may grant the administrator role', 'chỉ quản trị hệ thống mới được cấp vai trò quản trị');
  }
  if (actor.id === known.id && role !== known.role) {
    return importProblem(row.line, 'you cannot change your own role by import', 'không thể tự thay đổi vai trò của mình qua tệp nhập');
  }
  if (actor.role !== Role.Admin && role !== known.role) return roleGrantRefused(row.line, role);
  return null;
}

function roleGrantRefused(line: number, role: Role): ImportProblem {
  return importProblem(line, `only an administrator may grant the role "${role}"`, `chỉ quản trị hệ thống mới được cấp vai trò ${ROLE_LABELS[role]}`);
}

function personChanges(known: KnownPerson, row: StaffRow & { role: Role }, department: KnownDepartment, snapshot: StaffSnapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  const compare = (field: string, from: string | null, to: string | null): void => {
    if ((from ?? '') !== (to ?? '')) changes.push({ field, from: shown(from), to: shown(to) });
  };
  compare('Họ và tên', known.fullName, row.fullName);
  compare('Email', known.email, row.email);
  compare('Chức vụ', known.position, row.position);
  if (known.departmentId !== department.id) {
    const before = snapshot.departmentsById.get(known.departmentId);
    changes.push({ field: 'Đơn vị', from: before ? `${before.name} (${before.code})` : '—', to: `${department.name} (${department.code})` });
  }
  compare('Vai trò', ROLE_LABELS[known.role], ROLE_LABELS[row.role]);
  return changes;
}
