import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditAction } from './audit-actions';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: AuditAction;
  actor?: { id: number; username: string } | null;
  /** For events without a signed-in actor, such as a failed sign-in: the name that was tried. */
  actorName?: string;
  target?: { type: string; id: string | number };
  ip?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  public constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Pass the transaction's manager when the event belongs to a change, so both commit or neither. */
  public async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEvent) : this.events;
    // save(), not insert(): insert's typing cannot express a JSON column holding an object.
    await repository.save(repository.create({
      occurredAt: new Date(),
      action: entry.action,
      actorId: entry.actor?.id ?? null,
      actorName: (entry.actor?.username ?? entry.actorName ?? null)?.slice(0, 255) ?? null,
      targetType: entry.target?.type ?? null,
      targetId: entry.target ? String(entry.target.id) : null,
      ip: entry.ip?.slice(0, 64) ?? null,
      details: entry.details ?? null,
    }));
  }

  public async latest(limit: number, offset = 0): Promise<AuditEvent[]> {
    return this.events.find({ order: { id: 'DESC' }, take: limit, skip: offset });
  }

  public async findByAction(action: AuditAction): Promise<AuditEvent[]> {
    return this.events.find({ where: { action }, order: { id: 'ASC' } });
  }
}
