import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { vietnamDate } from '../common/vietnam-dates';
import { ComplianceRecord } from './compliance-record.entity';
import { ComplianceStatus } from './compliance-status';
import { CONDITION_SUMS, EFFECTIVE_STATUS, effectiveCounts, effectiveStatus, sqlDateTime } from './effective-status';
import { rawDate } from '../common/raw-date';

/**
 * The ledger's named reads: every report, reminder and dashboard asks here, so the ledger's
 * shape and the effective-status rule are known to this folder alone.
 */
export interface LedgerQueryFilters {
  /** Materialised path prefix of the department subtree. */
  pathPrefix: string;
  courseId?: number;
}

/** One person × assigned course, current cycle, with the status as of now. */
export interface LedgerPersonRow {
  id: number;
  employeeCode: string;
  fullName: string;
  departmentCode: string;
  departmentName: string;
  courseCode: string;
  courseTitle: string;
  status: ComplianceStatus;
  bestScore: number | null;
  completedAt: Date | null;
  certificateSerial: string | null;
  dueDate: string;
}

export interface PendingReminder {
  recordId: number;
  userId: number;
  email: string | null;
  courseTitle: string;
  dueDate: string;
}

export interface OverduePerson {
  fullName: string;
  departmentName: string;
  courseTitle: string;
  dueDate: string;
}

/** Counts per department and effective status: the one aggregate query behind every summary. */
export async function countsByDepartment(manager: EntityManager, filters: LedgerQueryFilters, now: Date): Promise<Map<number, Record<ComplianceStatus, number>>> {
  const builder = currentRecords(manager, filters, now).select('record.department_id', 'departmentId').addSelect('record.status', 'status').addSelect('COUNT(*)', 'count');
  for (const sum of CONDITION_SUMS) builder.addSelect(sum.sql, sum.alias);
  const rows = await builder
    .groupBy('record.department_id')
    .addGroupBy('record.status')
    .getRawMany<{ departmentId: number | string; status: ComplianceStatus; count: number | string; expired: number | string | null; pastDue: number | string | null }>();
  const counts = new Map<number, Record<ComplianceStatus, number>>();
  for (const row of rows) {
    const id = Number(row.departmentId);
    const entry = counts.get(id) ?? { completed: 0, expired: 0, overdue: 0, in_progress: 0, not_started: 0 };
    for (const [status, count] of effectiveCounts(row.status, Number(row.count), { expired: Number(row.expired ?? 0), pastDue: Number(row.pastDue ?? 0) })) entry[status] += count;
    counts.set(id, entry);
  }
  return counts;
}

/** People rows after a record id, in id order: exports page through the whole subtree with it. */
export async function pagePeople(manager: EntityManager, filters: LedgerQueryFilters, now: Date, after: number, limit: number): Promise<LedgerPersonRow[]> {
  const rows = await withPeople(currentRecords(manager, filters, now))
    .andWhere('record.id > :after', { after })
    .orderBy('record.id', 'ASC')
    .limit(limit)
    .getRawMany<Record<string, unknown>>();
  return rows.map(toPersonRow);
}

/** The first people rows in staff-list order (users.name_sort_key): the on-screen list sorts in the database before it limits. */
export async function firstPeopleByName(manager: EntityManager, filters: LedgerQueryFilters, now: Date, limit: number): Promise<LedgerPersonRow[]> {
  const rows = await withPeople(currentRecords(manager, filters, now))
    .orderBy('person.name_sort_key', 'ASC')
    .addOrderBy('record.id', 'ASC')
    .limit(limit)
    .getRawMany<Record<string, unknown>>();
  return rows.map(toPersonRow);
}

/** Current, assigned, not yet completed rows of active people after a record id, in id order. */
export async function pendingReminders(manager: EntityManager, now: Date, after: number, limit: number): Promise<PendingReminder[]> {
  const rows = await currentRecords(manager, { pathPrefix: '/' }, now)
    .innerJoin('users', 'person', 'person.id = record.user_id AND person.active = :yes')
    .innerJoin('courses', 'course', 'course.id = record.course_id')
    .leftJoin('course_versions', 'version', 'version.id = course.current_version_id')
    .andWhere(`${EFFECTIVE_STATUS} IN ('not_started', 'in_progress', 'overdue')`)
    .andWhere('record.id > :after', { after })
    .select(['record.id AS recordId', 'record.user_id AS userId', 'person.email AS email', 'version.title AS courseTitle', 'record.due_date AS dueDate'])
    .orderBy('record.id', 'ASC')
    .limit(limit)
    .getRawMany<{ recordId: number | string; userId: number | string; email: string | null; courseTitle: string; dueDate: string }>();
  return rows.map((row) => ({ ...row, recordId: Number(row.recordId), userId: Number(row.userId) }));
}

/** Overdue people of a subtree by full name, at most `limit` of them. */
export async function overdueInSubtree(manager: EntityManager, pathPrefix: string, now: Date, limit: number): Promise<OverduePerson[]> {
  return currentRecords(manager, { pathPrefix }, now)
    .innerJoin('users', 'person', 'person.id = record.user_id')
    .innerJoin('departments', 'department', 'department.id = record.department_id')
    .innerJoin('courses', 'course', 'course.id = record.course_id')
    .leftJoin('course_versions', 'version', 'version.id = course.current_version_id')
    .andWhere(`${EFFECTIVE_STATUS} = 'overdue'`)
    .select(['person.full_name AS fullName', 'department.name AS departmentName', 'version.title AS courseTitle', 'record.due_date AS dueDate'])
    .orderBy('person.name_sort_key', 'ASC')
    .addOrderBy('record.id', 'ASC')
    .limit(limit)
    .getRawMany<OverduePerson>();
}

/** A person's current assigned rows by course, each with its status as of now. */
export async function assignedCoursesOf(manager: EntityManager, userId: number, now: Date): Promise<Map<number, { status: ComplianceStatus; dueDate: string }>> {
  const rows = await manager.findBy(ComplianceRecord, { userId, current: true, assigned: true });
  return new Map(rows.map((row) => [row.courseId, { status: effectiveStatus(row, now), dueDate: row.dueDate }]));
}

/** Which of these people have completed the course in their current cycle, as of now (a drill's remedial training). */
export async function completedAmong(manager: EntityManager, courseId: number, userIds: number[], now: Date): Promise<number[]> {
  if (userIds.length === 0) return [];
  const rows = await currentRecords(manager, { pathPrefix: '/', courseId }, now)
    .andWhere('record.user_id IN (:...userIds)', { userIds })
    .andWhere(`${EFFECTIVE_STATUS} = 'completed'`)
    .select('record.user_id', 'userId')
    .getRawMany<{ userId: number | string }>();
  return rows.map((row) => Number(row.userId));
}

/** Current, assigned ledger rows under a department subtree, optionally for one course. */
function currentRecords(manager: EntityManager, filters: LedgerQueryFilters, now: Date): SelectQueryBuilder<ComplianceRecord> {
  const builder = manager
    .createQueryBuilder(ComplianceRecord, 'record')
    .where('record.current = :yes AND record.assigned = :yes', { yes: true })
    .setParameters({ now: sqlDateTime(now), today: vietnamDate(now) });
  // Every path starts with "/": the whole organisation needs no path filter (and can use the covering index).
  if (filters.pathPrefix !== '/') builder.andWhere('record.department_path LIKE :prefix', { prefix: `${filters.pathPrefix}%` });
  if (filters.courseId) builder.andWhere('record.course_id = :courseId', { courseId: filters.courseId });
  return builder;
}

function withPeople(builder: SelectQueryBuilder<ComplianceRecord>): SelectQueryBuilder<ComplianceRecord> {
  return builder
    .innerJoin('users', 'person', 'person.id = record.user_id')
    .innerJoin('departments', 'department', 'department.id = record.department_id')
    .innerJoin('courses', 'course', 'course.id = record.course_id')
    .leftJoin('course_versions', 'version', 'version.id = course.current_version_id')
    .select(['record.id AS id', 'person.employee_code AS employeeCode', 'person.full_name AS fullName', 'department.code AS departmentCode', 'department.name AS departmentName'])
    .addSelect(['course.code AS courseCode', 'version.title AS courseTitle', `${EFFECTIVE_STATUS} AS status`, 'record.best_score AS bestScore'])
    .addSelect(['record.completed_at AS completedAt', 'record.certificate_serial AS certificateSerial', 'record.due_date AS dueDate']);
}

function toPersonRow(row: Record<string, unknown>): LedgerPersonRow {
  return {
    id: Number(row.id),
    employeeCode: String(row.employeeCode),
    fullName: String(row.fullName),
    departmentCode: String(row.departmentCode),
    departmentName: String(row.departmentName),
    courseCode: String(row.courseCode),
    courseTitle: String(row.courseTitle ?? row.courseCode),
    status: row.status as ComplianceStatus,
    bestScore: row.bestScore === null || row.bestScore === undefined ? null : Number(row.bestScore),
    completedAt: rawDate(row.completedAt),
    certificateSerial: (row.certificateSerial as string | null) ?? null,
    dueDate: String(row.dueDate),
  };
}
