import { EntityManager } from 'typeorm';

/**
 * The one door to the compliance ledger for every event that changes someone's status. Each
 * event calls it with the manager of its own transaction, so the facts and the ledger commit
 * together. It lives here, below the features, because the ledger reads their tables: attempts,
 * certificates and courses call up through it without importing compliance/.
 */
export interface ComplianceSync {
  /** People were created, moved or changed role: enrol them where assignments now cover them. */
  syncPeople(manager: EntityManager, userIds: number[]): Promise<void>;
  /** An assignment of this course was added or removed: everyone it may concern. */
  syncCourse(manager: EntityManager, courseId: number): Promise<void>;
  /** These people read a lesson, attempted, or earned or lost a certificate for this course. */
  syncLearners(manager: EntityManager, courseId: number, userIds: number[], now?: Date): Promise<void>;
  /**
   * This person started an attempt (scorePercent null) or submitted one, earning `certificate` or
   * not: the one event of exam day, kept to a single statement where the rules allow.
   */
  recordAttempt(manager: EntityManager, courseId: number, userId: number, attempt: AttemptEvent, now?: Date): Promise<void>;
  /** The daily run: due dates that passed and certificates that expired since the last event. */
  syncTimePassed(manager: EntityManager, now?: Date): Promise<void>;
}

export interface AttemptEvent {
  startedAt: Date;
  scorePercent: number | null;
  certificate: { id: number; serial: string; issuedAt: Date; expiresAt: Date | null } | null;
}

/** Nest injection token for ComplianceSync, provided globally by compliance's LedgerModule. */
export const COMPLIANCE_SYNC = Symbol('ComplianceSync');
