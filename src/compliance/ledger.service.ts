import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, LessThan, LessThanOrEqual } from 'typeorm';
import { AttemptEvent, ComplianceSync } from '../common/compliance-sync';
import { vietnamDate } from '../common/vietnam-dates';
import { User } from '../users/user.entity';
import { Assignment } from './assignment.entity';
import { ComplianceRecord } from './compliance-record.entity';
import { assignedDueDate, BatchFacts, loadBatchFacts } from './ledger-facts';
import { lockedForWrite } from '../database/database-kind';
import { CountChanges } from './ledger-counts';
import { attemptShortcut, LedgerRowState, planLedger } from './ledger-rules';

const BATCH = 500;

/**
 * The compliance ledger: one row per person × assigned course × cycle, brought up to date by
 * every event that can change a status (assignment, attempt, certificate, move, expiry).
 */
@Injectable()
export class LedgerService implements ComplianceSync {
  public async syncPeople(manager: EntityManager, userIds: number[]): Promise<void> {
    if (userIds.length === 0) return;
    const assigned = await manager.find(Assignment, { where: { removedAt: IsNull() }, select: { courseId: true } });
    const recorded = await manager.find(ComplianceRecord, { where: { userId: In(userIds), current: true }, select: { courseId: true } });
    const courseIds = new Set([...assigned, ...recorded].map((row) => row.courseId));
    for (const courseId of courseIds) await this.syncLearners(manager, courseId, userIds);
  }

  public async syncCourse(manager: EntityManager, courseId: number): Promise<void> {
    const users = await manager.find(User, { select: { id: true } });
    await this.syncLearners(
      manager,
      courseId,
      users.map((user) => user.id),
    );
  }

  public async syncTimePassed(manager: EntityManager, now = new Date()): Promise<void> {
    const stale = await manager.find(ComplianceRecord, {
      where: [
        { current: true, status: In(['not_started', 'in_progress']), dueDate: LessThan(vietnamDate(now)) },
        { current: true, status: 'completed', expiresAt: LessThanOrEqual(now) },
      ],
      select: { userId: true, courseId: true },
    });
    const byCourse = new Map<number, number[]>();
    for (const row of stale) byCourse.set(row.courseId, [...(byCourse.get(row.courseId) ?? []), row.userId]);
    for (const [courseId, userIds] of byCourse) await this.syncLearners(manager, courseId, userIds, now);
  }

  /** Brings the rows of these people for this course in line with the rules, in batches. */
  public async syncLearners(manager: EntityManager, courseId: number, userIds: number[], now = new Date()): Promise<void> {
    for (let start = 0; start < userIds.length; start += BATCH) {
      const facts = await loadBatchFacts(manager, courseId, userIds.slice(start, start + BATCH));
      await this.apply(manager, courseId, facts, now);
    }
  }

  /**
   * An attempt started or submitted: the ledger row changed by one UPDATE where the shortcut of
   * the rules applies (attemptShortcut), by the full recount otherwise. The row is read locked,
   * so the counters move from the status it really had.
   */
  public async recordAttempt(manager: EntityManager, courseId: number, userId: number, attempt: AttemptEvent, now = new Date()): Promise<void> {
    const [row] = await manager.find(ComplianceRecord, { where: { userId, courseId, current: true }, ...lockedForWrite(manager) });
    const change = row ? attemptShortcut(row, attempt, vietnamDate(now)) : null;
    if (!row || !change) return this.syncLearners(manager, courseId, [userId], now);
    await manager.update(ComplianceRecord, { id: row.id }, { ...change, updatedAt: now });
    const counts = new CountChanges();
    counts.move(row, { ...row, ...change });
    await counts.write(manager);
  }

  private async apply(manager: EntityManager, courseId: number, facts: BatchFacts, now: Date): Promise<void> {
    const inserts: Array<Partial<ComplianceRecord>> = [];
    const counts = new CountChanges();
    for (const user of facts.users) {
      const row = facts.current.get(user.id) ?? null;
      const plan = planLedger({
        assignedDueDate: assignedDueDate(user, facts.assignments),
        current: row,
        certificates: facts.certificates.get(user.id) ?? [],
        attempts: facts.attempts.get(user.id) ?? [],
        lessonReads: facts.lessonReads.get(user.id) ?? [],
        now,
        today: vietnamDate(now),
      });
      if (!plan) continue;
      const place = { userId: user.id, courseId, departmentId: user.departmentId, departmentPath: user.department!.path, updatedAt: now };
      const next = { ...fields(plan.current), ...place, current: true };
      if (plan.closed && row) {
        await manager.update(ComplianceRecord, { id: row.id }, { ...fields(plan.closed), ...place, current: false });
        inserts.push(next);
      } else if (row) {
        if (changed(row, next)) await manager.update(ComplianceRecord, { id: row.id }, next);
      } else {
        inserts.push(next);
      }
      counts.move(row, next);
    }
    if (inserts.length) await manager.insert(ComplianceRecord, inserts);
    await counts.write(manager);
  }
}

type LedgerFields = Pick<ComplianceRecord, 'cycle' | 'assignedAt' | 'dueDate' | 'assigned' | 'status' | 'bestScore' | 'certificateId' | 'certificateSerial' | 'completedAt' | 'expiresAt'>;

function fields(state: LedgerRowState): LedgerFields {
  return {
    cycle: state.cycle,
    assignedAt: state.assignedAt,
    dueDate: state.dueDate,
    assigned: state.assigned,
    status: state.status,
    bestScore: state.bestScore,
    certificateId: state.certificate?.id ?? null,
    certificateSerial: state.certificate?.serial ?? null,
    completedAt: state.certificate?.issuedAt ?? null,
    expiresAt: state.certificate?.expiresAt ?? null,
  };
}

/** Skips writes that would change nothing but the update time. */
function changed(row: ComplianceRecord, next: Partial<ComplianceRecord>): boolean {
  return (Object.keys(next) as Array<keyof ComplianceRecord>)
    .filter((key) => key !== 'updatedAt')
    .some((key) => String(row[key] instanceof Date ? (row[key] as Date).getTime() : row[key]) !== String(next[key] instanceof Date ? (next[key] as Date).getTime() : next[key]));
}
