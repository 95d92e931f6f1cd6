import { EntityManager, In, IsNull } from 'typeorm';
import { Attempt } from '../attempts/attempt.entity';
import { Certificate } from '../certificates/certificate.entity';
import { LessonRead } from '../courses/lesson-read.entity';
import { Lesson } from '../courses/lesson.entity';
import { User } from '../users/user.entity';
import { Assignment } from './assignment.entity';
import { ComplianceRecord } from './compliance-record.entity';
import { lockedForWrite } from '../database/database-kind';

/** Everything the ledger rules need for one course and a batch of people, read in a handful of queries. */
export interface BatchFacts {
  users: User[];
  assignments: Assignment[];
  current: Map<number, ComplianceRecord>;
  certificates: Map<number, Certificate[]>;
  attempts: Map<number, Attempt[]>;
  lessonReads: Map<number, Date[]>;
}

export async function loadBatchFacts(manager: EntityManager, courseId: number, userIds: number[]): Promise<BatchFacts> {
  const [users, assignments, current, certificates, attempts, lessonReads] = await Promise.all([
    manager.find(User, { where: { id: In(userIds) }, relations: { department: true } }),
    manager.find(Assignment, { where: { courseId, removedAt: IsNull() }, relations: { department: true } }),
    // Locked on MariaDB: the counters move from the statuses read here (see ledger-counts).
    manager.find(ComplianceRecord, { where: { courseId, userId: In(userIds), current: true }, ...lockedForWrite(manager) }),
    manager.find(Certificate, { where: { courseId, userId: In(userIds) } }),
    manager.find(Attempt, { where: { courseId, userId: In(userIds) }, select: { userId: true, startedAt: true, scorePercent: true } }),
    lessonReadsOf(manager, courseId, userIds),
  ]);
  return {
    users,
    assignments,
    current: new Map(current.map((row) => [row.userId, row])),
    certificates: groupBy(certificates, (certificate) => certificate.userId),
    attempts: groupBy(attempts, (attempt) => attempt.userId),
    lessonReads,
  };
}

async function lessonReadsOf(manager: EntityManager, courseId: number, userIds: number[]): Promise<Map<number, Date[]>> {
  const rows = await manager
    .createQueryBuilder(LessonRead, 'lessonRead')
    .innerJoin(Lesson, 'lesson', 'lesson.id = lessonRead.lessonId')
    .innerJoin('course_versions', 'version', 'version.id = lesson.course_version_id')
    .where('version.course_id = :courseId', { courseId })
    .andWhere('lessonRead.userId IN (:...userIds)', { userIds })
    .getMany();
  const reads = new Map<number, Date[]>();
  for (const row of rows) reads.set(row.userId, [...(reads.get(row.userId) ?? []), row.readAt]);
  return reads;
}

/** The earliest due date among the assignments that cover this person now, or null. */
export function assignedDueDate(user: User, assignments: Assignment[]): string | null {
  if (!user.active || !user.department) return null;
  const dueDates = assignments.filter((assignment) => covers(assignment, user)).map((assignment) => assignment.dueDate);
  return dueDates.length ? dueDates.sort()[0] : null;
}

function covers(assignment: Assignment, user: User): boolean {
  if (assignment.userId !== null) return assignment.userId === user.id;
  if (assignment.role && assignment.role !== user.role) return false;
  if (!assignment.department) return true;
  return assignment.includeSubdepartments ? user.department!.path.startsWith(assignment.department.path) : user.departmentId === assignment.departmentId;
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
