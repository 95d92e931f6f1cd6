import { DataSource } from 'typeorm';
import { vietnamDate } from '../../src/common/vietnam-dates';
import { ComplianceCount } from '../../src/compliance/compliance-count.entity';
import { ComplianceRecord } from '../../src/compliance/compliance-record.entity';
import { assignedDueDate, loadBatchFacts } from '../../src/compliance/ledger-facts';
import { planLedger } from '../../src/compliance/ledger-rules';
import { User } from '../../src/users/user.entity';

/**
 * Recomputes every person's status for a course from attempts, lesson reads, certificates and
 * assignments alone, and lists the current ledger rows that disagree, and the counters that
 * disagree with a count of the ledger's rows (empty when all are in step).
 */
export async function ledgerDisagreements(dataSource: DataSource, courseId: number, now = new Date()): Promise<string[]> {
  const userIds = (await dataSource.getRepository(User).find({ select: { id: true } })).map((user) => user.id);
  const facts = await dataSource.transaction((manager) => loadBatchFacts(manager, courseId, userIds));
  const stored = await dataSource.getRepository(ComplianceRecord).findBy({ courseId, current: true });
  const problems: string[] = [];
  for (const user of facts.users) {
    const row = stored.find((record) => record.userId === user.id) ?? null;
    const plan = planLedger({
      assignedDueDate: assignedDueDate(user, facts.assignments),
      current: row ? { cycle: row.cycle, assignedAt: row.assignedAt, dueDate: row.dueDate } : null,
      certificates: facts.certificates.get(user.id) ?? [],
      attempts: facts.attempts.get(user.id) ?? [],
      lessonReads: facts.lessonReads.get(user.id) ?? [],
      now,
      today: vietnamDate(now),
    });
    const expected = plan && !plan.closed ? plan.current : null;
    const actual = row && { status: row.status, dueDate: row.dueDate, assigned: row.assigned, certificateId: row.certificateId, departmentId: row.departmentId, bestScore: row.bestScore };
    const wanted = expected && {
      status: expected.status,
      dueDate: expected.dueDate,
      assigned: expected.assigned,
      certificateId: expected.certificate?.id ?? null,
      departmentId: user.departmentId,
      bestScore: expected.bestScore,
    };
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) problems.push(`${user.employeeCode}: ledger ${JSON.stringify(actual)} ≠ recomputed ${JSON.stringify(wanted)}`);
  }
  return [...problems, ...(await counterDisagreements(dataSource))];
}

/** Counters (compliance_counts) that differ from a count of the current, assigned ledger rows, for every course. */
export async function counterDisagreements(dataSource: DataSource): Promise<string[]> {
  const key = (row: { departmentId: number | string; courseId: number | string; status: string }) => `department ${row.departmentId}, course ${row.courseId}, ${row.status}`;
  const counted = await dataSource.query<Array<{ departmentId: number; courseId: number; status: string; people: number | string }>>(
    'SELECT department_id AS departmentId, course_id AS courseId, status, COUNT(*) AS people FROM compliance_records WHERE current = 1 AND assigned = 1 GROUP BY department_id, course_id, status',
  );
  const expected = new Map(counted.map((row) => [key(row), Number(row.people)]));
  const actual = new Map<string, number>();
  for (const row of await dataSource.getRepository(ComplianceCount).find()) actual.set(key(row), (actual.get(key(row)) ?? 0) + row.people);
  for (const [name, people] of actual) if (people === 0) actual.delete(name);
  return [...new Set([...expected.keys(), ...actual.keys()])]
    .filter((name) => expected.get(name) !== actual.get(name))
    .map((name) => `${name}: counter ${actual.get(name) ?? 0} ≠ ${expected.get(name) ?? 0} rows`);
}
