import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditChainService } from './audit-chain.service';
import { AuditEntry, recordAudit } from './record-audit';
import { AuditEvent } from './audit-event.entity';

export type { AuditEntry };

@Injectable()
export class AuditService {
  public constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly chain: AuditChainService,
  ) {}

  /** Pass the transaction's manager when the event belongs to a change, so both commit or neither. */
  public async record(entry: AuditEntry, manager: EntityManager = this.events.manager): Promise<void> {
    await recordAudit(manager, entry);
    this.chain.scheduleSeal();
  }

  public async latest(limit: number, offset = 0): Promise<AuditEvent[]> {
    return this.events.find({ order: { id: 'DESC' }, take: limit, skip: offset });
  }
}
