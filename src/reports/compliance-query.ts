import { Brackets, EntityManager, SelectQueryBuilder } from 'typeorm';
import { vietnamDate } from '../certificates/certificate-dates';
import { ComplianceRecord } from '../compliance/compliance-record.entity';
import { ComplianceStatus } from './report-rows';

/**
 * The status as of now, computed in SQL: a due date or an expiry passed since the last event
 * must show in reports even before the daily job has written it to the ledger.
 */
export const EFFECTIVE_STATUS = `CASE
  WHEN record.status = 'completed' AND record.expires_at IS NOT NULL AND record.expires_at <= :now THEN 'expired'
  WHEN record.status IN ('not_started', 'in_progress') AND record.due_date < :today THEN 'overdue'
  ELSE record.status END`;

export interface LedgerQueryFilters {
  /** Materialised path prefix of the department subtree. */
  pathPrefix: string;
  courseId?: number;
}

/** Current, assigned ledger rows under a department subtree, optionally for one course. */
export function currentRecords(manager: EntityManager, filters: LedgerQueryFilters, now: Date): SelectQueryBuilder<ComplianceRecord> {
  const builder = manager
    .createQueryBuilder(ComplianceRecord, 'record')
    .where('record.current = :yes AND record.assigned = :yes', { yes: true })
    .setParameters({ now: sqlDateTime(now), today: vietnamDate(now) });
  // Every path starts with "/": the whole organisation needs no path filter (and can use the covering index).
  if (filters.pathPrefix !== '/') builder.andWhere('record.department_path LIKE :prefix', { prefix: `${filters.pathPrefix}%` });
  if (filters.courseId) builder.andWhere(new Brackets((where) => where.where('record.course_id = :courseId', { courseId: filters.courseId })));
  return builder;
}

/** Counts per department and effective status: the one aggregate query behind every summary. */
export async function countsByDepartment(manager: EntityManager, filters: LedgerQueryFilters, now: Date): Promise<Map<number, Record<ComplianceStatus, number>>> {
  const rows = await currentRecords(manager, filters, now)
    .select('record.department_id', 'departmentId')
    .addSelect(EFFECTIVE_STATUS, 'status')
    .addSelect('COUNT(*)', 'count')
    .groupBy('record.department_id')
    .addGroupBy(EFFECTIVE_STATUS)
    .getRawMany<{ departmentId: number | string; status: ComplianceStatus; count: number | string }>();
  const counts = new Map<number, Record<ComplianceStatus, number>>();
  for (const row of rows) {
    const id = Number(row.departmentId);
    const entry = counts.get(id) ?? { completed: 0, expired: 0, overdue: 0, in_progress: 0, not_started: 0 };
    entry[row.status] += Number(row.count);
    counts.set(id, entry);
  }
  return counts;
}

/** Datetime literal in the form both databases store (UTC, milliseconds). */
export function sqlDateTime(instant: Date): string {
  return instant.toISOString().replace('T', ' ').replace('Z', '');
}
