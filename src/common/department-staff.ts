/**
 * What the department pages need to know about the people in a department. People belong to
 * users/, which sits above departments/ (a user row points at its department), so departments
 * reach them through this port instead of importing users/. UsersModule provides it globally.
 */
export interface DepartmentStaff {
  /** Number of people per department, in one grouped query. */
  countByDepartment(departmentIds: number[]): Promise<Map<number, number>>;
  /** The people of one department in staff-list order, as the shared people table shows them. */
  listForDepartment(departmentId: number): Promise<StaffListEntry[]>;
}

/** One row of the shared people table (views/partials/people-table.hbs). */
export interface StaffListEntry {
  fullName: string;
  employeeCode: string;
  position: string | null;
  role: string;
  active: boolean;
}

/** Nest injection token for DepartmentStaff. */
export const DEPARTMENT_STAFF = Symbol('DepartmentStaff');
