import { EntityManager } from 'typeorm';
import { AttemptStatus } from './attempt-status';
import { Attempt } from './attempt.entity';

/**
 * Records a started attempt as a full-marks pass submitted at `at`, for training completed before
 * the portal (the demo's expired certificates). Returns the attempt as stored; the caller issues
 * the certificate and syncs the ledger in the same transaction.
 */
export async function recordPastPass(manager: EntityManager, attempt: Attempt, at: Date): Promise<Attempt> {
  const passed = { status: AttemptStatus.Submitted, inProgressKey: null, startedAt: at, deadlineAt: null, submittedAt: at, correctCount: attempt.questionCount, scorePercent: 100, passed: true };
  await manager.update(Attempt, { id: attempt.id }, passed);
  return { ...attempt, ...passed };
}
