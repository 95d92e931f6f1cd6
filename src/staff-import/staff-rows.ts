import { isEmail } from 'class-validator';
import { Role } from '../access/role';
import { normaliseName, searchName } from '../users/search-name';
import { CsvTable } from './csv-file';
import { ColumnSpec } from './import-columns';
import { ImportProblem, importProblem } from './import-problem';
import { CheckedRow, readRows, RowReader } from './read-rows';

/** A valid row of a staff file, normalised: codes in upper case, names in NFC with single spaces. */
export interface StaffRow {
  line: number;
  employeeCode: string;
  fullName: string;
  email: string | null;
  departmentCode: string;
  position: string | null;
  /** null when the file gives none: someone new becomes a learner, someone known keeps their role. */
  role: Role | null;
}

type StaffColumn = 'employeeCode' | 'fullName' | 'email' | 'departmentCode' | 'position' | 'role';

export const STAFF_COLUMNS: readonly ColumnSpec<StaffColumn>[] = [
  { key: 'employeeCode', english: 'employee_code', vietnamese: 'Mã cán bộ', required: true },
  { key: 'fullName', english: 'full_name', vietnamese: 'Họ và tên', required: true },
  { key: 'email', english: 'email', vietnamese: 'Email', required: true },
  { key: 'departmentCode', english: 'department_code', vietnamese: 'Mã đơn vị', required: true },
  { key: 'position', english: 'position', vietnamese: 'Chức vụ', required: true },
  { key: 'role', english: 'role', vietnamese: 'Vai trò', required: false },
];

const EMPLOYEE_CODE = /^[A-Z0-9][A-Z0-9._-]{1,31}$/;
const MAX_TEXT = 255;

/** Role names as HR writes them, folded: the English values and the Vietnamese labels. */
const ROLE_NAMES = new Map<string, Role>([
  ['learner', Role.Learner],
  ['hoc vien', Role.Learner],
  ['head', Role.Head],
  ['truong don vi', Role.Head],
  ['hr', Role.Hr],
  ['to chuc can bo', Role.Hr],
  ['admin', Role.Admin],
  ['quan tri', Role.Admin],
  ['quan tri he thong', Role.Admin],
]);

/** null for an empty cell, 'unknown' when the text names no role. */
export function parseRole(text: string): Role | null | 'unknown' {
  return text.trim() === '' ? null : (ROLE_NAMES.get(searchName(text)) ?? 'unknown');
}

/** The department a refused row names, so that an unknown code is reported along with the row's other problems. */
export interface DepartmentReference {
  line: number;
  departmentCode: string;
}

export interface StaffReading {
  rows: StaffRow[];
  refusedRowDepartments: DepartmentReference[];
  problems: ImportProblem[];
  ignoredColumns: string[];
}

const STAFF_READER: RowReader<StaffColumn, StaffRow> = {
  columns: STAFF_COLUMNS,
  check: checkStaffRow,
  duplicate: (line, code, first) => importProblem(line, `duplicate employee code "${code}", already on line ${first}`, `mã cán bộ trùng với dòng ${first}`),
};

/** Checks every row on its own and against the other rows of the file; the database is not consulted. */
export function readStaffRows(table: CsvTable): StaffReading {
  const { rows, refused, problems, ignoredColumns } = readRows(table, STAFF_READER);
  const refusedRowDepartments = refused.filter((row) => row.values.departmentCode !== '').map((row) => ({ line: row.line, departmentCode: row.values.departmentCode.toUpperCase() }));
  return { rows, refusedRowDepartments, problems, ignoredColumns };
}

/** The row when it is valid, and its employee code when that alone is valid (to find duplicates). */
function checkStaffRow(line: number, values: Record<StaffColumn, string>): CheckedRow<StaffRow> {
  const problems: ImportProblem[] = [];
  const employeeCode = values.employeeCode.toUpperCase();
  if (employeeCode === '') problems.push(importProblem(line, 'empty employee code', 'thiếu mã cán bộ'));
  else if (!EMPLOYEE_CODE.test(employeeCode)) {
    problems.push(importProblem(line, `invalid employee code "${values.employeeCode}": use 2 to 32 letters, digits, ".", "-" or "_"`, 'mã cán bộ không hợp lệ'));
  }
  const fullName = normaliseName(values.fullName);
  if (fullName === '') problems.push(importProblem(line, 'empty full name', 'thiếu họ và tên'));
  else if (fullName.length > MAX_TEXT) problems.push(importProblem(line, `full name longer than ${MAX_TEXT} characters`, 'họ và tên quá dài'));
  const email = values.email.toLowerCase();
  if (email !== '' && (email.length > MAX_TEXT || !isEmail(email))) problems.push(importProblem(line, `invalid e-mail "${values.email}"`, 'email không hợp lệ'));
  const departmentCode = values.departmentCode.toUpperCase();
  if (departmentCode === '') problems.push(importProblem(line, 'empty department code', 'thiếu mã đơn vị'));
  const position = normaliseName(values.position);
  if (position.length > MAX_TEXT) problems.push(importProblem(line, `position longer than ${MAX_TEXT} characters`, 'chức vụ quá dài'));
  const role = parseRole(values.role);
  if (role === 'unknown') {
    problems.push(importProblem(line, `unknown role "${values.role}": use learner, head, hr, admin or Học viên, Trưởng đơn vị, Tổ chức cán bộ, Quản trị`, 'vai trò không hợp lệ'));
  }
  const code = EMPLOYEE_CODE.test(employeeCode) ? employeeCode : null;
  const row = problems.length === 0 && code && role !== 'unknown' ? { line, employeeCode: code, fullName, email: email || null, departmentCode, position: position || null, role } : null;
  return { code, row, problems };
}
