import { EntityManager } from 'typeorm';

/**
 * Keeps the compliance ledger in step with people: enrols them in the assignments that match
 * their department and role, and moves their current rows when they change department.
 * Call it in the same transaction as the change to the people.
 */
export interface ComplianceSync {
  syncPeople(manager: EntityManager, userIds: number[]): Promise<void>;
}

/** Nest injection token for ComplianceSync. */
export const COMPLIANCE_SYNC = Symbol('ComplianceSync');
