import { EntityManager } from 'typeorm';
import { AuditAction } from './audit-actions';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: AuditAction;
  actor?: { id: number; username: string } | null;
  /** For events without a signed-in actor (a failed sign-in, a command-line import): the name given. */
  actorName?: string;
  target?: { type: string; id: string | number };
  ip?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Writes one audit row with the given manager, so that it commits or rolls back with the change it records.
 * Only the audit folder calls this (the layering test checks): features call AuditService.record.
 */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  // insert(), not save(): one statement and no transaction of its own, so no lock is held across
  // awaits (on SQLite that would stall the chain sealer of a second instance). The cast is for
  // insert's typing, which cannot express a JSON column holding an object.
  await manager.getRepository(AuditEvent).insert({
    occurredAt: new Date(),
    action: entry.action,
    actorId: entry.actor?.id ?? null,
    actorName: (entry.actor?.username ?? entry.actorName ?? null)?.slice(0, 255) ?? null,
    targetType: entry.target?.type ?? null,
    targetId: entry.target ? String(entry.target.id) : null,
    ip: entry.ip?.slice(0, 64) ?? null,
    details: (entry.details ?? null) as never,
  });
}
