import { DataSource } from 'typeorm';
import { vietnamDate } from '../../src/common/vietnam-dates';
import { ComplianceRecord } from '../../src/compliance/compliance-record.entity';
import { assignedDueDate, loadBatchFacts } from '../../src/compliance/ledger-facts';
import { planLedger } from '../../src/compliance/ledger-rules';
import { User } from '../../src/users/user.entity';

/**
 * Recomputes every person's status for a course from attempts, lesson reads, certificates and
 * assignments alone, and lists the current ledger rows that disagree (empty when in step).
 */
export async function ledgerDisagreements(dataSource: DataSource, courseId: number, now = new Date()): Promise<string[]> {
  const userIds = (await dataSource.getRepository(User).find({ select: { id: true } })).map((user) => user.id);
  const facts = await loadBatchFacts(dataSource.manager, courseId, userIds);
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
  return problems;
}
