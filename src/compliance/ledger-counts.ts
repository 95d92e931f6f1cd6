import { EntityManager } from 'typeorm';
import { isMariaDb } from '../database/database-kind';
import { ComplianceStatus } from './compliance-status';

/**
 * Each counter is split in this many rows, by person: a transaction holds the counter rows it
 * changed until it commits, and on exam day a whole department submits at once. With one row per
 * department, course and status every submission of the department would wait for the one
 * before it to commit; with 16, one in 16 does.
 */
export const COUNTER_SLOTS = 16;

/** What decides whether a ledger row is counted, and under which counter. */
export interface CountedRow {
  userId: number;
  departmentId: number;
  courseId: number;
  status: ComplianceStatus;
  current: boolean;
  assigned: boolean;
}

export interface CountChange {
  departmentId: number;
  courseId: number;
  status: ComplianceStatus;
  slot: number;
  delta: number;
}

/**
 * The changes one transaction makes to compliance_counts, gathered row by row and written in one
 * statement at its end. Only current, assigned rows count (those the report shows).
 */
export class CountChanges {
  private readonly deltas = new Map<string, CountChange>();

  /** A ledger row went from `before` to `after` (null: it did not exist, or no longer counts). */
  public move(before: CountedRow | null, after: CountedRow | null): void {
    this.add(before, -1);
    this.add(after, 1);
  }

  /**
   * The non-zero changes in the unique key's order: two transactions then lock the counters they
   * share in the same order, and cannot deadlock on them.
   */
  public list(): CountChange[] {
    return [...this.deltas.values()]
      .filter((change) => change.delta !== 0)
      .sort((a, b) => a.departmentId - b.departmentId || a.courseId - b.courseId || (a.status < b.status ? -1 : a.status > b.status ? 1 : 0) || a.slot - b.slot);
  }

  /** Adds the changes to the counters, creating the ones that do not exist yet, in one statement. */
  public async write(manager: EntityManager): Promise<void> {
    const changes = this.list();
    if (changes.length === 0) return;
    const rows = changes.map(() => '(?, ?, ?, ?, ?)').join(', ');
    const upsert = isMariaDb(manager.connection)
      ? 'ON DUPLICATE KEY UPDATE people = people + VALUES(people)'
      : 'ON CONFLICT (department_id, course_id, status, slot) DO UPDATE SET people = people + excluded.people';
    await manager.query(
      `INSERT INTO compliance_counts (department_id, course_id, status, slot, people) VALUES ${rows} ${upsert}`,
      changes.flatMap((change) => [change.departmentId, change.courseId, change.status, change.slot, change.delta]),
    );
  }

  private add(row: CountedRow | null, sign: number): void {
    if (!row?.current || !row.assigned) return;
    const slot = row.userId % COUNTER_SLOTS;
    const key = `${row.departmentId}:${row.courseId}:${row.status}:${slot}`;
    const change = this.deltas.get(key) ?? { departmentId: row.departmentId, courseId: row.courseId, status: row.status, slot, delta: 0 };
    change.delta += sign;
    this.deltas.set(key, change);
  }
}

/** Counts every current, assigned ledger row again (bulk-loaded ledgers, repairs): the counters' definition in SQL. */
export async function recountComplianceCounts(manager: EntityManager): Promise<void> {
  await manager.query('DELETE FROM compliance_counts');
  await manager.query(
    `INSERT INTO compliance_counts (department_id, course_id, status, slot, people)
     SELECT department_id, course_id, status, user_id % ${COUNTER_SLOTS}, COUNT(*) FROM compliance_records WHERE current = 1 AND assigned = 1
     GROUP BY department_id, course_id, status, user_id % ${COUNTER_SLOTS}`,
  );
}
