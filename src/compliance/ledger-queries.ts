import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { vietnamDate } from '../common/vietnam-dates';
import { ComplianceRecord } from './compliance-record.entity';
import { ComplianceStatus } from './compliance-status';
import { ComplianceCount } from './compliance-count.entity';
import { EFFECTIVE_STATUS, effectiveStatus, sqlDateTime, STALE_CLAUSES } from './effective-status';
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

/**
 * Counts per department and effective status behind every summary: the stored statuses from the
 * counters the ledger keeps (compliance_counts, a few rows per department and course), then the
 * rows whose due date or expiry passed since the daily job wrote their status, moved to the status
 * the rule gives now. Those are found through their own indexes and are few: the daily job
 * writes them every night.
 */
export async function countsByDepartment(manager: EntityManager, filters: LedgerQueryFilters, now: Date): Promise<Map<number, Record<ComplianceStatus, number>>> {
  const counts = new Map<number, Record<ComplianceStatus, number>>();
  const entry = (departmentId: number): Record<ComplianceStatus, number> => {
    const found = counts.get(departmentId) ?? { completed: 0, expired: 0, overdue: 0, in_progress: 0, not_started: 0 };
    counts.set(departmentId, found);
    return found;
  };
  const stored = manager
    .createQueryBuilder(ComplianceCount, 'counter')
    .select('counter.department_id', 'departmentId')
    .addSelect('counter.status', 'status')
    .addSelect('SUM(counter.people)', 'people');
  if (filters.pathPrefix !== '/') stored.innerJoin('departments', 'department', 'department.id = counter.department_id').andWhere('department.path LIKE :prefix', { prefix: `${filters.pathPrefix}%` });
  if (filters.courseId) stored.andWhere('counter.course_id = :courseId', { courseId: filters.courseId });
  const rows = await stored.groupBy('counter.department_id').addGroupBy('counter.status').getRawMany<{ departmentId: number | string; status: ComplianceStatus; people: number | string }>();
  for (const row of rows) entry(Number(row.departmentId))[row.status] += Number(row.people);
  for (const stale of await staleRows(manager, filters, now)) {
    const counted = entry(stale.departmentId);
    counted[stale.from] -= stale.count;
    counted[stale.becomes] += stale.count;
  }
  return counts;
}

/** Rows whose stored status the rule reads otherwise as of now, per department: one query per clause, each on its index. */
async function staleRows(manager: EntityManager, filters: LedgerQueryFilters, now: Date): Promise<Array<{ departmentId: number; from: ComplianceStatus; becomes: ComplianceStatus; count: number }>> {
  const found = [];
  for (const clause of STALE_CLAUSES) {
    const rows = await currentRecords(manager, filters, now)
      .andWhere(clause.sql)
      .select('record.department_id', 'departmentId')
      .addSelect('record.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('record.department_id')
      .addGroupBy('record.status')
      .getRawMany<{ departmentId: number | string; status: ComplianceStatus; count: number | string }>();
    found.push(...rows.map((row) => ({ departmentId: Number(row.departmentId), from: row.status, becomes: clause.becomes, count: Number(row.count) })));
  }
  return found;
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
